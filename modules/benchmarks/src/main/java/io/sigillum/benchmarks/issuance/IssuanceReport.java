package io.sigillum.benchmarks.issuance;

import io.sigillum.benchmarks.measure.BoundsReport;
import io.sigillum.benchmarks.measure.BoundsTable;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The issuance run's table: the four crypto bounds and the end-to-end load in issuances per
 * second, the end-to-end figure's ratio to each bound, its latency, the cores each process kept
 * busy; then the target and, loudly, anything that went wrong.
 */
final class IssuanceReport extends BoundsReport {

    /** End to end should reach the JDK provider's bound on all cores. */
    static final double TARGET = 1.0;

    private static final BoundsTable TABLE = new BoundsTable("%-36s %12s %10s %9s %9s %7s%n", "issuance", 2);

    private IssuanceResult load;
    private int wallets;
    private CredentialCheck check;

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
        printFacts(out);
        TABLE.header(out, ServerCrypto.OPERATIONS);
        TABLE.rows(out, bounds(), fastName(), load == null ? null
                : new BoundsTable.EndToEnd("end to end, " + wallets + " wallets", load.perSecond(), load.latencies(), load.errors()));
        out.println();
        out.println("issuances/s: crypto rows are JMH ops/s of one issuance's six operations (all threads together);"
                + " the end-to-end row counts full issuances completed in the window.");
        out.println("e2e/row: the end-to-end figure divided by the row's; p50/p99: one full issuance, token request sent"
                + " to credential read, with all wallets in flight.");
        if (load != null) {
            out.printf(Locale.ROOT, "cores busy in the window: %s%n", load.cpu().coresLine());
            out.printf(Locale.ROOT, "DPoP nonce refusals (use_dpop_nonce, request sent again): %d in the timed load%n",
                    load.nonceRefusals());
        }
        TABLE.ratios(out, bounds(), fastName(), load == null ? null : load.perSecond(), TARGET);
        return problems(out);
    }

    private boolean problems(PrintStream out) {
        List<String> all = problems();
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
        return end(out, all, "every issuance succeeded, and " + (check == null ? 0 : check.checked())
                + " credentials (one per wallet) verified with the key the KMS publishes.");
    }
}
