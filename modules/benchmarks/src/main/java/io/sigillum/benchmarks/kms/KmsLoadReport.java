package io.sigillum.benchmarks.kms;

import io.sigillum.benchmarks.measure.JmhScores;
import io.sigillum.benchmarks.measure.ErrorBanner;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The load run's table: one row per raw baseline and per load, signatures per second and their
 * ratio to the fast provider's raw one-thread signing, per-call latency, errors, CPU use and the
 * signature check; then the target and, loudly, anything that went wrong.
 */
final class KmsLoadReport {

    /** Batched signing over HTTP should reach this share of the fast provider's raw signing. */
    static final double TARGET = 0.80;

    private static final String FORMAT = "%-28s %10s %8s %8s %8s %7s %8s %8s %10s%n";

    /** Whether a row is held against the target, shown against it for reference, or neither. */
    enum Target { HELD, REFERENCE, NONE }

    private record Row(String label, Double perSecond, LoadResult load, SignatureCheck check, String skipped,
                       Target target) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> facts = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private String baselineLabel;
    private Double baseline;
    private double baselineError = Double.NaN;

    /** Adds a line above the table. */
    void fact(String line) {
        facts.add(line);
    }

    /** A raw JMH score; the one marked as baseline is what every ratio divides by. */
    void raw(String label, JmhScores.Score score, boolean isBaseline) {
        Double perSecond = score == null ? null : score.opsPerSecond();
        rows.add(new Row(label, perSecond, null, null, null, Target.NONE));
        if (isBaseline) {
            baselineLabel = label;
            baseline = perSecond;
            baselineError = score == null ? Double.NaN : score.error();
        }
    }

    /** A measured load, and whether it is held against {@link #TARGET}. */
    void load(String label, LoadResult result, SignatureCheck check, Target target) {
        rows.add(new Row(label, result.signaturesPerSecond(), result, check, null, target));
    }

    /** Something that went wrong outside the rows, e.g. in the service's warm-up. */
    void problem(String what) {
        problems.add(what);
    }

    /** A row that could not be measured, and why. */
    void skipped(String label, String reason) {
        rows.add(new Row(label, null, null, null, reason, Target.NONE));
    }

    /**
     * Prints the facts, the table, the target and the problems.
     *
     * @return whether the run was clean: no errors and every signature check passed
     */
    boolean print(PrintStream out) {
        out.println();
        out.println("=== KMS load run: ES256 signatures per second ===");
        facts.forEach(out::println);
        out.println();
        out.printf(Locale.ROOT, FORMAT, "row", "sig/s", "x" + shortName(baselineLabel), "p50 ms", "p99 ms", "errors",
                "srv cpu", "cli cpu", "verified");
        for (Row row : rows) {
            if (row.skipped() != null) {
                out.printf(Locale.ROOT, FORMAT, row.label(), "skipped", "-", "-", "-", "-", "-", "-", "-");
                continue;
            }
            LoadResult load = row.load();
            out.printf(Locale.ROOT, FORMAT, row.label(), count(row.perSecond()), ratio(row.perSecond()),
                    load == null ? "-" : millis(load.latencies().percentile(50)),
                    load == null ? "-" : millis(load.latencies().percentile(99)),
                    load == null ? "-" : Long.toString(load.errors()),
                    load == null ? "-" : String.format(Locale.ROOT, "%.2f", load.serverCores()),
                    load == null ? "-" : String.format(Locale.ROOT, "%.2f", load.clientCores()),
                    row.check() == null ? "-" : row.check().summary());
        }
        out.println();
        out.println("sig/s: signatures per second (raw rows: JMH ops/s, one thread); x" + shortName(baselineLabel)
                + ": ratio to " + (baselineLabel == null ? "the fast provider's raw signing (not measured)" : baselineLabel)
                + "; p50/p99: latency of one HTTP call (a batch call carries all its signatures);");
        out.println("srv cpu / cli cpu: cores the service / the load generator kept busy on average while measured;"
                + " verified: signatures from the measured period checked against the published JWK.");
        rows.stream().filter(row -> row.skipped() != null)
                .forEach(row -> out.println(row.label() + " skipped: " + row.skipped()));
        if (baseline != null && !Double.isNaN(baselineError)) {
            out.printf(Locale.ROOT, "%s: %,.0f +- %,.0f ops/s (JMH, 99.9%% confidence): the ratios carry that uncertainty too%n",
                    baselineLabel, baseline, baselineError);
        }
        for (Row row : rows) {
            if (baseline == null || row.target() == Target.NONE) {
                continue;
            }
            double ratio = row.perSecond() / baseline;
            if (row.target() == Target.HELD) {
                out.printf(Locale.ROOT, "target: %s >= %.2f x %s: %.2f, %s%n", row.label(), TARGET, baselineLabel, ratio,
                        ratio >= TARGET ? "met" : "NOT MET");
            } else {
                out.printf(Locale.ROOT, "for reference: %s = %.2f x %s (SoftHSM2 signs in software behind PKCS#11;"
                        + " not held to the target)%n", row.label(), ratio, baselineLabel);
            }
        }
        return problems(out);
    }

    private boolean problems(PrintStream out) {
        List<String> problems = new ArrayList<>(this.problems);
        for (Row row : rows) {
            if (row.load() != null && row.load().errors() > 0) {
                problems.add(row.label() + ": " + row.load().errors() + " calls failed; first: " + row.load().firstError());
            }
            if (row.check() != null) {
                row.check().failures().forEach(problems::add);
                if (row.check().checked() == 0 && row.check().failures().isEmpty()) {
                    problems.add(row.label() + ": no signature was checked");
                }
            }
        }
        if (problems.isEmpty()) {
            out.println("every call answered 200 and every checked signature verified.");
            return true;
        }
        ErrorBanner.print(out, problems);
        return false;
    }

    private String ratio(Double perSecond) {
        return perSecond == null || baseline == null ? "-" : String.format(Locale.ROOT, "%.2f", perSecond / baseline);
    }

    private static String shortName(String label) {
        return label == null ? "fast" : label.split(" ")[0];
    }

    private static String count(Double perSecond) {
        return perSecond == null ? "-" : String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    private static String millis(long nanos) {
        return nanos < 0 ? "-" : String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }
}
