package io.sigillum.benchmarks.trust;

import io.sigillum.benchmarks.measure.HttpLoad;
import io.sigillum.benchmarks.measure.JmhScores;
import io.sigillum.benchmarks.measure.ErrorBanner;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run's table: evaluations per second in process (JMH, one thread and all cores) and through
 * {@code POST /evaluations}, per workload; latency and CPU for the HTTP rows; the ratio HTTP ÷ in
 * process (all cores) of the same workload; then, loudly, anything that went wrong.
 */
final class TrustEvaluationReport {

    /** What is evaluated. */
    enum Workload {
        SAME("same chain"), DISTINCT("distinct leaves");

        final String label;

        Workload(String label) {
            this.label = label;
        }
    }

    private static final String FORMAT = "%-40s %10s %9s %8s %8s %7s %8s %8s %9s %9s %9s%n";

    private record Row(String label, Workload workload, Double perSecond, Double error, Double cpuMicros,
                       HttpLoad.Result load, AnswerCheck check, String skipped) {
    }

    private final List<String> facts = new ArrayList<>();
    /** In-process rows, printed first; the HTTP rows are measured first (the snapshot comes from the service). */
    private final List<Row> inProcessRows = new ArrayList<>();
    private final List<Row> httpRows = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<Workload, Double> inProcessAllCores = new EnumMap<>(Workload.class);
    private final Map<Workload, Double> inProcessCpuMicros = new EnumMap<>(Workload.class);

    /** Adds a line above the table. */
    void fact(String line) {
        facts.add(line);
    }

    /** Something that went wrong outside the rows, e.g. in the service's warm-up. */
    void problem(String what) {
        problems.add(what);
    }

    /** The four in-process rows. */
    void inProcess(InProcessScores scores) {
        inProcess(Workload.SAME, 1, scores.sameOne());
        inProcess(Workload.SAME, scores.threads(), scores.sameAll());
        inProcess(Workload.DISTINCT, 1, scores.distinctOne());
        inProcess(Workload.DISTINCT, scores.threads(), scores.distinctAll());
        inProcessAllCores.put(Workload.SAME, perSecond(scores.sameAll()));
        inProcessAllCores.put(Workload.DISTINCT, perSecond(scores.distinctAll()));
    }

    /** The in-process rows were not measured, and why. */
    void inProcessSkipped(int threads, String reason) {
        for (Workload workload : Workload.values()) {
            for (int count : new int[] {1, threads}) {
                inProcessRows.add(new Row(inProcessLabel(workload, count), workload, null, null, null, null, null, reason));
            }
        }
    }

    /** An HTTP row. */
    void http(Workload workload, int clients, HttpLoad.Result result, AnswerCheck check) {
        double cpuMicros = result.calls() == 0 ? Double.NaN : result.serverCpu().toNanos() / 1e3 / result.calls();
        httpRows.add(new Row("HTTP, " + workload.label + ", " + clients + " clients", workload, result.callsPerSecond(),
                null, cpuMicros, result, check, null));
    }

    private void inProcess(Workload workload, int threads, JmhScores.Score score) {
        Double perSecond = perSecond(score);
        // Every JMH thread is busy all the time: threads / throughput is the wall time each evaluation
        // holds a thread, at least its CPU time (equal on an otherwise idle machine).
        Double cpuMicros = perSecond == null ? null : threads * 1e6 / perSecond;
        if (threads == 1 && cpuMicros != null) {
            inProcessCpuMicros.put(workload, cpuMicros);
        }
        inProcessRows.add(new Row(inProcessLabel(workload, threads), workload, perSecond, score == null ? null : score.error(),
                cpuMicros, null, null, score == null ? "not measured" : null));
    }

    private static String inProcessLabel(Workload workload, int threads) {
        return "in-process, " + workload.label + ", " + threads + (threads == 1 ? " thread" : " threads");
    }

    /**
     * Prints the facts, the table, the ratios and the problems.
     *
     * @return whether the run was clean: every call answered 200 and every checked answer was trusted
     */
    boolean print(PrintStream out) {
        out.println();
        out.println("=== Trust evaluation run: a 3-certificate chain, in process from the snapshot and through POST /evaluations ===");
        facts.forEach(out::println);
        out.println();
        out.printf(Locale.ROOT, FORMAT, "row", "eval/s", "+-", "p50 ms", "p99 ms", "errors", "srv cpu", "cli cpu",
                "us/ev", "HTTP/inp", "checked");
        for (Row row : rows()) {
            if (row.skipped() != null) {
                out.printf(Locale.ROOT, FORMAT, row.label(), "skipped", "-", "-", "-", "-", "-", "-", "-", "-", "-");
                continue;
            }
            HttpLoad.Result load = row.load();
            out.printf(Locale.ROOT, FORMAT, row.label(), number(row.perSecond(), "%,.0f"), number(row.error(), "%,.0f"),
                    load == null ? "-" : millis(load.latencies().percentile(50)),
                    load == null ? "-" : millis(load.latencies().percentile(99)),
                    load == null ? "-" : Long.toString(load.errors()),
                    load == null ? "-" : number(load.serverCores(), "%.2f"),
                    load == null ? "-" : number(load.clientCores(), "%.2f"),
                    number(row.cpuMicros(), "%,.1f"),
                    load == null ? "-" : number(ratio(row.perSecond(), inProcessAllCores.get(row.workload())), "%.3f"),
                    row.check() == null ? "-" : row.check().summary());
        }
        out.println();
        out.println("eval/s: evaluations per second (in process: JMH's mean, +- its 99.9% error; HTTP: answers 200 in the"
                + " measured period); p50/p99: one POST /evaluations, send to answer read;");
        out.println("srv cpu / cli cpu: cores the service / the HTTP clients (this JVM) kept busy; us/ev: per evaluation,"
                + " in process the time it holds a thread (threads / throughput: at least its CPU), over HTTP the"
                + " service's CPU;");
        out.println("HTTP/inp: HTTP eval/s divided by in-process eval/s on all cores, same workload; checked: sampled"
                + " answers that said trusted, by the measured issuer, through its root.");
        out.println();
        for (Row row : httpRows) {
            Double all = inProcessAllCores.get(row.workload());
            Double cpu = inProcessCpuMicros.get(row.workload());
            if (all != null && cpu != null) {
                out.printf(Locale.ROOT, "%s: HTTP / in process = %.3f (in process evaluates %.1fx as many per second);"
                                + " the service's CPU per evaluation %.1f us against %.1f us of one in-process thread"
                                + " (at least %.1fx)%n",
                        row.workload().label, row.perSecond() / all, all / row.perSecond(), row.cpuMicros(), cpu,
                        row.cpuMicros() / cpu);
            }
        }
        return problems(out);
    }

    private boolean problems(PrintStream out) {
        List<String> all = new ArrayList<>(problems);
        for (Row row : httpRows) {
            if (row.load().errors() > 0) {
                all.add(row.label() + ": " + row.load().errors() + " calls failed; first: " + row.load().firstError());
            }
            if (row.check() != null) {
                all.addAll(row.check().failures());
            }
        }
        if (all.isEmpty()) {
            out.println("every call answered 200 and every checked answer was trusted by the measured issuer.");
            return true;
        }
        ErrorBanner.print(out, all);
        return false;
    }

    private List<Row> rows() {
        List<Row> all = new ArrayList<>(inProcessRows);
        all.addAll(httpRows);
        return all;
    }

    private static Double perSecond(JmhScores.Score score) {
        return score == null ? null : score.opsPerSecond();
    }

    private static Double ratio(Double value, Double baseline) {
        return value == null || baseline == null ? null : value / baseline;
    }

    private static String number(Double value, String format) {
        return value == null || value.isNaN() ? "-" : String.format(Locale.ROOT, format, value);
    }

    private static String millis(long nanos) {
        return nanos < 0 ? "-" : String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }
}
