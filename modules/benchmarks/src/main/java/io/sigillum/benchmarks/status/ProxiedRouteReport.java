package io.sigillum.benchmarks.status;

import java.util.Locale;

/** Prints a {@link ProxiedRoute.Result}: each pair's figures, the CPU per request, and the target. */
final class ProxiedRouteReport {

    private ProxiedRouteReport() {
    }

    static void print(int connections, int duration, ProxiedRoute.Result result) {
        System.out.println();
        System.out.printf("Proxied route (gateway: bearer token, role, rate-limit bucket, access log) against its service"
                + " direct, %d s each%n", duration);
        System.out.printf("%-44s %12s %9s %9s %7s %12s %12s%n", "target", "requests/s", "p50 ms", "p99 ms", "ratio",
                "service CPU", "gateway CPU");
        pair("wrk 2 x " + connections + ", shared cores", result.shared());
        pair("one request at a time", result.alone());
        if (result.pinned() != null) {
            pair("wrk 2 x " + connections + ", gateway on a core of its own", result.pinned());
        }
        System.out.println("(CPU: milliseconds per request; one at a time, the ratio is the latency's, not the cores')");
        System.out.println(verdict("shared cores", result.shared()));
        System.out.println(verdict("one at a time", result.alone()));
        if (result.pinned() != null) {
            System.out.println(verdict("gateway on its own core", result.pinned()));
        }
        long errors = result.shared().errors() + result.alone().errors()
                + (result.pinned() == null ? 0 : result.pinned().errors());
        if (errors > 0) {
            System.out.println("errors (non-2xx answers and socket errors): " + errors);
        }
    }

    private static void pair(String label, ProxiedRoute.Pair pair) {
        row(label + ": direct", pair.direct(), "1.00");
        row(label + ": gateway", pair.proxied(), String.format(Locale.ROOT, "%.2f", pair.throughputRatio()));
    }

    private static void row(String label, ProxiedRoute.Measured measured, String ratio) {
        System.out.printf(Locale.ROOT, "%-44s %,12.0f %9.2f %9.2f %7s %9.3f ms %9.3f ms%n", label,
                measured.load().requestsPerSecond(), measured.load().p50Millis(), measured.load().p99Millis(), ratio,
                measured.serviceCpuMillis(), measured.gatewayCpuMillis());
    }

    private static String verdict(String label, ProxiedRoute.Pair pair) {
        return String.format(Locale.ROOT, "target, %s: >= 0.80 of direct throughput: %.2f, %s; < 1 ms added at p50: %.2f ms, %s",
                label, pair.throughputRatio(), pair.throughputRatio() >= 0.8 ? "met" : "NOT MET",
                pair.addedP50Millis(), pair.addedP50Millis() < 1.0 ? "met" : "NOT MET");
    }
}
