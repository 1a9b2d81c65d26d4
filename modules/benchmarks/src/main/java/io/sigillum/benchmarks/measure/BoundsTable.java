package io.sigillum.benchmarks.measure;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The part of a load run's table that holds an end-to-end figure against its {@link CryptoBounds}:
 * a row per bound with the end-to-end figure's ratio to it, the end-to-end row with its latency,
 * and the lines of ratios and target under the table. The runs differ only in their unit of work
 * and in how many digits their ratios need.
 */
public final class BoundsTable {

    /**
     * The end-to-end row.
     *
     * @param label     e.g. {@code end to end, 16 wallets}
     * @param perSecond units of work per second in the measured window
     * @param latencies one unit's latencies
     * @param errors    units that failed
     */
    public record EndToEnd(String label, double perSecond, Latencies.Sorted latencies, long errors) {
    }

    private final String format;
    private final String unit;
    private final String units;
    private final String ratio;
    private final String fineRatio;

    /**
     * @param format the table's row format: label, rate, ratio, p50, p99, errors
     * @param unit   what the run counts, one of it (e.g. {@code issuance})
     * @param digits decimals of the ratios to the JDK bound; the rows and the fast bound get one more
     */
    public BoundsTable(String format, String unit, int digits) {
        this.format = format;
        this.unit = unit;
        this.units = unit + "s";
        this.ratio = "%." + digits + "f";
        this.fineRatio = "%." + (digits + 1) + "f";
    }

    /**
     * Prints what one unit of work costs in public-key operations, then the column heads.
     *
     * @param operations each operation, in the order the services make them, and where
     */
    public void header(PrintStream out, List<String> operations) {
        out.println("public-key operations the services make per " + unit
                + " (counted from their code; the crypto bound makes these):");
        operations.forEach(operation -> out.println("  " + operation));
        out.println();
        out.printf(Locale.ROOT, format, "row", units + "/s", "e2e/row", "p50 ms", "p99 ms", "errors");
    }

    /**
     * Prints the four bound rows (or one {@code skipped} row) and the end-to-end row.
     *
     * @param endToEnd the end-to-end row, or null when the load did not run
     */
    public void rows(PrintStream out, CryptoBounds bounds, String fastName, EndToEnd endToEnd) {
        if (bounds != null) {
            bound(out, "crypto bound, JDK (SunEC), 1 thread", bounds.jdkOne(), endToEnd);
            bound(out, "crypto bound, JDK (SunEC), " + bounds.threads() + " threads", bounds.jdkAll(), endToEnd);
            bound(out, "crypto bound, " + fastName + ", 1 thread", bounds.fastOne(), endToEnd);
            bound(out, "crypto bound, " + fastName + ", " + bounds.threads() + " threads", bounds.fastAll(), endToEnd);
        } else {
            out.printf(Locale.ROOT, format, "crypto bounds", "skipped", "-", "-", "-", "-");
        }
        if (endToEnd != null) {
            out.printf(Locale.ROOT, format, endToEnd.label(), count(endToEnd.perSecond()), "1.00",
                    millis(endToEnd.latencies().percentile(50)), millis(endToEnd.latencies().percentile(99)), endToEnd.errors());
        }
    }

    /**
     * Prints the ratios to the all-cores bounds, the JDK bound's error margin and whether the
     * target was met; nothing when the JDK bound or the load is missing.
     *
     * @param perSecond the end-to-end figure, or null when the load did not run
     * @param target    the least ratio to the JDK bound on all cores that meets the target
     */
    public void ratios(PrintStream out, CryptoBounds bounds, String fastName, Double perSecond, double target) {
        if (bounds == null || bounds.jdkAll() == null || perSecond == null) {
            return;
        }
        JmhScores.Score jdk = bounds.jdkAll();
        double toJdk = perSecond / jdk.opsPerSecond();
        out.printf(Locale.ROOT, "ratios: end to end / JDK bound (%d threads) = " + ratio + "; end to end / %s bound (%d threads) = %s%n",
                bounds.threads(), toJdk, fastName, bounds.threads(),
                bounds.fastAll() == null ? "-" : String.format(Locale.ROOT, fineRatio, perSecond / bounds.fastAll().opsPerSecond()));
        if (!Double.isNaN(jdk.error())) {
            out.printf(Locale.ROOT, "JDK bound (%d threads): %,.0f +- %,.0f " + units + "/s (JMH, 99.9%% confidence)%n",
                    bounds.threads(), jdk.opsPerSecond(), jdk.error());
        }
        out.printf(Locale.ROOT, "target: end to end >= %.2f x JDK bound (%d threads): " + ratio + ", %s%n", target, bounds.threads(),
                toJdk, toJdk >= target ? "met" : "NOT MET");
    }

    private void bound(PrintStream out, String label, JmhScores.Score score, EndToEnd endToEnd) {
        String toBound = score == null || endToEnd == null ? "-"
                : String.format(Locale.ROOT, fineRatio, endToEnd.perSecond() / score.opsPerSecond());
        out.printf(Locale.ROOT, format, label, score == null ? "-" : count(score.opsPerSecond()), toBound, "-", "-", "-");
    }

    private static String count(double perSecond) {
        return String.format(Locale.ROOT, "%,.1f", perSecond);
    }

    private static String millis(long nanos) {
        return nanos < 0 ? "-" : String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
