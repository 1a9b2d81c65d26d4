package io.sigillum.benchmarks.verification;

import io.sigillum.benchmarks.measure.BoundsReport;
import io.sigillum.benchmarks.measure.BoundsTable;
import io.sigillum.benchmarks.measure.CryptoBounds;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The verification run's table: the four crypto bounds and the end-to-end load in presentations
 * per second, the end-to-end figure's ratio to each bound, its latency, the cores and CPU per
 * presentation each process took; then the target and, loudly, anything that went wrong.
 */
final class VerificationReport extends BoundsReport {

    /** End to end should reach the JDK provider's bound on all cores. */
    static final double TARGET = 1.0;

    private static final BoundsTable TABLE = new BoundsTable("%-40s %14s %10s %9s %9s %7s%n", "presentation", 3);

    private PresentationLoadResult load;
    private int clients;

    void load(PresentationLoadResult load, int clients) {
        this.load = load;
        this.clients = clients;
    }

    /**
     * Prints the facts, the table, the ratios, the target and the problems.
     *
     * @return whether the run was clean: every presentation verified
     */
    boolean print(PrintStream out) {
        out.println();
        out.println("=== Verification run: verified presentations per second (transaction -> wallet response -> result)"
                + " against the crypto bounds ===");
        printFacts(out);
        TABLE.header(out, PresentationCrypto.OPERATIONS);
        TABLE.rows(out, bounds(), fastName(), load == null ? null
                : new BoundsTable.EndToEnd("end to end, " + clients + " clients", load.perSecond(), load.latencies(), load.errors()));
        out.println();
        out.println("presentations/s: crypto rows are JMH ops/s of one presentation's eight operations (all threads together);"
                + " the end-to-end row counts presentations the relying party read as verified in the window.");
        out.println("e2e/row: the end-to-end figure divided by the row's; p50/p99: one full presentation, POST /transactions sent"
                + " to the verified outcome read, with all clients in flight.");
        if (load != null) {
            out.printf(Locale.ROOT, "cores busy in the window: %s%n", load.cpu().coresLine());
            out.printf(Locale.ROOT, "CPU per presentation: %s%n", load.cpu().millisPerLine(load.presentations()));
        }
        CryptoBounds bounds = bounds();
        if (bounds != null && bounds.jdkOne() != null && bounds.fastOne() != null && load != null) {
            // Less exposed to other work on the machine than the rates: CPU time per presentation.
            double services = load.cpu().cpu().keySet().stream().filter(process -> !process.startsWith("clients"))
                    .mapToDouble(process -> load.cpu().millisPer(process, load.presentations())).sum();
            double jdkMillis = 1000 / bounds.jdkOne().opsPerSecond();
            double fastMillis = 1000 / bounds.fastOne().opsPerSecond();
            out.printf(Locale.ROOT, "CPU per presentation, services together: %.1f ms; its public-key operations take %.2f ms on"
                    + " one thread with the JDK (%.0f%% of it) and %.2f ms with %s (%.0f%%)%n", services, jdkMillis,
                    100 * jdkMillis / services, fastMillis, fastName(), 100 * fastMillis / services);
        }
        TABLE.ratios(out, bounds(), fastName(), load == null ? null : load.perSecond(), TARGET);
        return problems(out);
    }

    private boolean problems(PrintStream out) {
        List<String> all = problems();
        if (load != null) {
            if (load.errors() > 0) {
                all.add(load.errors() + " presentations failed; first: " + load.firstError());
            }
            if (load.presentations() == 0) {
                all.add("no presentation was verified in the window");
            }
        }
        return end(out, all, "every presentation was read as verified by its relying party, with the two claims it asked for.");
    }
}
