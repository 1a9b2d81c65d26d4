package io.sigillum.benchmarks.issuance;

import io.sigillum.benchmarks.measure.CryptoBounds;
import io.sigillum.benchmarks.measure.JmhScores;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The issuance run's table: the four crypto bounds and the end-to-end load in issuances per
 * second, the end-to-end figure's ratio to each bound, its latency, the cores each process kept
 * busy; then the target and, loudly, anything that went wrong.
 */
final class IssuanceReport {

    /** End to end should reach the JDK provider's bound on all cores. */
    static final double TARGET = 1.0;

    private static final String FORMAT = "%-36s %12s %10s %9s %9s %7s%n";

    private final List<String> facts = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private CryptoBounds bounds;
    private String fastName = "fast";
    private IssuanceResult load;
    private int wallets;
    private CredentialCheck check;

    /** Adds a line above the table. */
    void fact(String line) {
        facts.add(line);
    }

    /** Something that went wrong outside the load, e.g. in the warm-up. */
    void problem(String what) {
        problems.add(what);
    }

    void bounds(CryptoBounds bounds, String fastName) {
        this.bounds = bounds;
        this.fastName = fastName;
    }

    void load(IssuanceResult load, int wallets, CredentialCheck check) {
        this.load = load;
        this.wallets = wallets;
        this.check = check;
    }

    /**
     * Prints the facts, the table, the ratios, the target and the problems.
     *
     * @return whether the run was clean: no failed issuance, offers enough, every credential verified
     */
    boolean print(PrintStream out) {
        out.println();
        out.println("=== Issuance run: full issuances per second (offer -> token -> nonce -> credential) against the crypto bounds ===");
        facts.forEach(out::println);
        out.println("public-key operations the services make per issuance (counted from their code; the crypto bound makes these):");
        ServerCrypto.OPERATIONS.forEach(operation -> out.println("  " + operation));
        out.println();
        out.printf(Locale.ROOT, FORMAT, "row", "issuances/s", "e2e/row", "p50 ms", "p99 ms", "errors");
        if (bounds != null) {
            bound(out, "crypto bound, JDK (SunEC), 1 thread", bounds.jdkOne());
            bound(out, "crypto bound, JDK (SunEC), " + bounds.threads() + " threads", bounds.jdkAll());
            bound(out, "crypto bound, " + fastName + ", 1 thread", bounds.fastOne());
            bound(out, "crypto bound, " + fastName + ", " + bounds.threads() + " threads", bounds.fastAll());
        } else {
            out.printf(Locale.ROOT, FORMAT, "crypto bounds", "skipped", "-", "-", "-", "-");
        }
        if (load != null) {
            out.printf(Locale.ROOT, FORMAT, "end to end, " + wallets + " wallets", count(load.perSecond()), "1.00",
                    millis(load.latencies().percentile(50)), millis(load.latencies().percentile(99)), load.errors());
        }
        out.println();
        out.println("issuances/s: crypto rows are JMH ops/s of one issuance's six operations (all threads together);"
                + " the end-to-end row counts full issuances completed in the window.");
        out.println("e2e/row: the end-to-end figure divided by the row's; p50/p99: one full issuance, token request sent"
                + " to credential read, with all wallets in flight.");
        if (load != null) {
            out.printf(Locale.ROOT, "cores busy in the window: %s%n", cores());
            out.printf(Locale.ROOT, "DPoP nonce refusals (use_dpop_nonce, request sent again): %d in the timed load%n",
                    load.nonceRefusals());
        }
        if (bounds != null && bounds.jdkAll() != null && load != null) {
            JmhScores.Score jdk = bounds.jdkAll();
            double ratio = load.perSecond() / jdk.opsPerSecond();
            out.printf(Locale.ROOT, "ratios: end to end / JDK bound (%d threads) = %.2f; end to end / %s bound (%d threads) = %s%n",
                    bounds.threads(), ratio, fastName, bounds.threads(),
                    bounds.fastAll() == null ? "-" : String.format(Locale.ROOT, "%.3f", load.perSecond() / bounds.fastAll().opsPerSecond()));
            if (!Double.isNaN(jdk.error())) {
                out.printf(Locale.ROOT, "JDK bound (%d threads): %,.0f +- %,.0f issuances/s (JMH, 99.9%% confidence)%n",
                        bounds.threads(), jdk.opsPerSecond(), jdk.error());
            }
            out.printf(Locale.ROOT, "target: end to end >= %.2f x JDK bound (%d threads): %.2f, %s%n", TARGET, bounds.threads(),
                    ratio, ratio >= TARGET ? "met" : "NOT MET");
        }
        return problems(out);
    }

    private void bound(PrintStream out, String label, JmhScores.Score score) {
        String ratio = score == null || load == null ? "-" : String.format(Locale.ROOT, "%.3f", load.perSecond() / score.opsPerSecond());
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

    private boolean problems(PrintStream out) {
        List<String> all = new ArrayList<>(problems);
        if (load != null) {
            if (load.errors() > 0) {
                all.add(load.errors() + " issuances failed; first: " + load.firstError());
            }
            if (load.ranOut()) {
                all.add("the wallets ran out of offers before the window ended: raise --offer-margin");
            }
        }
        if (check != null) {
            all.addAll(check.failures());
            if (check.checked() == 0) {
                all.add("no credential was checked");
            }
        }
        if (all.isEmpty()) {
            out.println("every issuance succeeded, and " + (check == null ? 0 : check.checked())
                    + " credentials (one per wallet) verified with the key the KMS publishes.");
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
