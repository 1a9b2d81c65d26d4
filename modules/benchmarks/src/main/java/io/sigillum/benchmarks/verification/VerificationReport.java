package io.sigillum.benchmarks.verification;

import io.sigillum.benchmarks.measure.CryptoBounds;
import io.sigillum.benchmarks.measure.JmhScores;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The verification run's table: the four crypto bounds and the end-to-end load in presentations
 * per second, the end-to-end figure's ratio to each bound, its latency, the cores and CPU per
 * presentation each process took; then the target and, loudly, anything that went wrong.
 */
final class VerificationReport {

    /** End to end should reach the JDK provider's bound on all cores. */
    static final double TARGET = 1.0;

    private static final String FORMAT = "%-40s %14s %10s %9s %9s %7s%n";

    private final List<String> facts = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private CryptoBounds bounds;
    private String fastName = "fast";
    private PresentationLoadResult load;
    private int clients;

    /** Adds a line above the table. */
    void fact(String line) {
        facts.add(line);
    }

    /** Something that went wrong outside the timed load, e.g. in the warm-up. */
    void problem(String what) {
        problems.add(what);
    }

    void bounds(CryptoBounds bounds, String fastName) {
        this.bounds = bounds;
        this.fastName = fastName;
    }

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
        facts.forEach(out::println);
        out.println("public-key operations the services make per presentation (counted from their code; the crypto bound makes these):");
        PresentationCrypto.OPERATIONS.forEach(operation -> out.println("  " + operation));
        out.println();
        out.printf(Locale.ROOT, FORMAT, "row", "presentations/s", "e2e/row", "p50 ms", "p99 ms", "errors");
        if (bounds != null) {
            bound(out, "crypto bound, JDK (SunEC), 1 thread", bounds.jdkOne());
            bound(out, "crypto bound, JDK (SunEC), " + bounds.threads() + " threads", bounds.jdkAll());
            bound(out, "crypto bound, " + fastName + ", 1 thread", bounds.fastOne());
            bound(out, "crypto bound, " + fastName + ", " + bounds.threads() + " threads", bounds.fastAll());
        } else {
            out.printf(Locale.ROOT, FORMAT, "crypto bounds", "skipped", "-", "-", "-", "-");
        }
        if (load != null) {
            out.printf(Locale.ROOT, FORMAT, "end to end, " + clients + " clients", count(load.perSecond()), "1.00",
                    millis(load.latencies().percentile(50)), millis(load.latencies().percentile(99)), load.errors());
        }
        out.println();
        out.println("presentations/s: crypto rows are JMH ops/s of one presentation's eight operations (all threads together);"
                + " the end-to-end row counts presentations the relying party read as verified in the window.");
        out.println("e2e/row: the end-to-end figure divided by the row's; p50/p99: one full presentation, POST /transactions sent"
                + " to the verified outcome read, with all clients in flight.");
        if (load != null) {
            out.printf(Locale.ROOT, "cores busy in the window: %s%n", cores());
            out.printf(Locale.ROOT, "CPU per presentation: %s%n", cpuPerPresentation());
        }
        if (bounds != null && bounds.jdkOne() != null && bounds.fastOne() != null && load != null) {
            // Less exposed to other work on the machine than the rates: CPU time per presentation.
            double services = load.cpu().keySet().stream().filter(process -> !process.startsWith("clients"))
                    .mapToDouble(load::cpuMillisPerPresentation).sum();
            double jdkMillis = 1000 / bounds.jdkOne().opsPerSecond();
            double fastMillis = 1000 / bounds.fastOne().opsPerSecond();
            out.printf(Locale.ROOT, "CPU per presentation, services together: %.1f ms; its public-key operations take %.2f ms on"
                    + " one thread with the JDK (%.0f%% of it) and %.2f ms with %s (%.0f%%)%n", services, jdkMillis,
                    100 * jdkMillis / services, fastMillis, fastName, 100 * fastMillis / services);
        }
        if (bounds != null && bounds.jdkAll() != null && load != null) {
            JmhScores.Score jdk = bounds.jdkAll();
            double ratio = load.perSecond() / jdk.opsPerSecond();
            out.printf(Locale.ROOT, "ratios: end to end / JDK bound (%d threads) = %.3f; end to end / %s bound (%d threads) = %s%n",
                    bounds.threads(), ratio, fastName, bounds.threads(),
                    bounds.fastAll() == null ? "-" : String.format(Locale.ROOT, "%.4f", load.perSecond() / bounds.fastAll().opsPerSecond()));
            if (!Double.isNaN(jdk.error())) {
                out.printf(Locale.ROOT, "JDK bound (%d threads): %,.0f +- %,.0f presentations/s (JMH, 99.9%% confidence)%n",
                        bounds.threads(), jdk.opsPerSecond(), jdk.error());
            }
            out.printf(Locale.ROOT, "target: end to end >= %.2f x JDK bound (%d threads): %.3f, %s%n", TARGET, bounds.threads(),
                    ratio, ratio >= TARGET ? "met" : "NOT MET");
        }
        return problems(out);
    }

    private void bound(PrintStream out, String label, JmhScores.Score score) {
        String ratio = score == null || load == null ? "-" : String.format(Locale.ROOT, "%.4f", load.perSecond() / score.opsPerSecond());
        out.printf(Locale.ROOT, FORMAT, label, score == null ? "-" : count(score.opsPerSecond()), ratio, "-", "-", "-");
    }

    private String cores() {
        StringBuilder line = new StringBuilder();
        double total = 0;
        for (String process : load.cpu().keySet()) {
            double cores = load.cores(process);
            total += cores;
            line.append(line.isEmpty() ? "" : ", ").append(process).append(' ').append(String.format(Locale.ROOT, "%.2f", cores));
        }
        return line + String.format(Locale.ROOT, " (together %.2f of %d)", total, Runtime.getRuntime().availableProcessors());
    }

    private String cpuPerPresentation() {
        StringBuilder line = new StringBuilder();
        double total = 0;
        for (String process : load.cpu().keySet()) {
            double millis = load.cpuMillisPerPresentation(process);
            total += millis;
            line.append(line.isEmpty() ? "" : ", ").append(process).append(' ').append(String.format(Locale.ROOT, "%.1f ms", millis));
        }
        return line + String.format(Locale.ROOT, " (together %.1f ms)", total);
    }

    private boolean problems(PrintStream out) {
        List<String> all = new ArrayList<>(problems);
        if (load != null) {
            if (load.errors() > 0) {
                all.add(load.errors() + " presentations failed; first: " + load.firstError());
            }
            if (load.presentations() == 0) {
                all.add("no presentation was verified in the window");
            }
        }
        if (all.isEmpty()) {
            out.println("every presentation was read as verified by its relying party, with the two claims it asked for.");
            return true;
        }
        out.println();
        out.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
        out.println("!!! THIS RUN HAD ERRORS: its numbers do not stand for a working service");
        all.forEach(problem -> out.println("!!! " + problem));
        out.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
        return false;
    }

    private static String count(double perSecond) {
        return String.format(Locale.ROOT, "%,.1f", perSecond);
    }

    private static String millis(long nanos) {
        return nanos < 0 ? "-" : String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
