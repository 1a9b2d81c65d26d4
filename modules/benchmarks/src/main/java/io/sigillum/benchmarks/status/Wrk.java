package io.sigillum.benchmarks.status;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code wrk} (closed loop, keep-alive) against one URL and reads its summary. */
final class Wrk {

    /** One run's figures; errors are non-2xx/3xx answers and socket errors. */
    record Result(double requestsPerSecond, double p50Millis, double p99Millis, long errors) {
    }

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("\\s+(50|99)%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private final int threads;
    private final int connections;
    /** The cores wrk runs on ({@code taskset -c}), or null for any. */
    private final String cpus;

    Wrk(int threads, int connections) {
        this(threads, connections, null);
    }

    private Wrk(int threads, int connections, String cpus) {
        this.threads = threads;
        this.connections = connections;
        this.cpus = cpus;
    }

    /** The same load from a wrk confined to {@code cpus}. */
    Wrk on(String cpus) {
        return new Wrk(threads, connections, cpus);
    }

    Result run(URI uri, int seconds) throws IOException, InterruptedException {
        return run(uri, seconds, List.of());
    }

    /** As {@link #run(URI, int)}, each request also carrying these header lines ({@code Name: value}). */
    Result run(URI uri, int seconds, List<String> headers) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(cpus == null ? List.of() : List.of("taskset", "-c", cpus));
        command.addAll(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--latency", "-H", "Accept: application/statuslist+jwt"));
        headers.forEach(header -> {
            command.add("-H");
            command.add(header);
        });
        command.add(uri.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        return parse(output);
    }

    static Result parse(String output) {
        Matcher rate = RATE.matcher(output);
        if (!rate.find()) {
            throw new IllegalStateException("no Requests/sec in wrk's output: " + output);
        }
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            double millis = Double.parseDouble(percentile.group(2)) * switch (percentile.group(3)) {
                case "us" -> 0.001;
                case "ms" -> 1.0;
                default -> 1000.0;
            };
            if (percentile.group(1).equals("50")) {
                p50 = millis;
            } else {
                p99 = millis;
            }
        }
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET.matcher(output);
        if (socket.find()) {
            for (int group = 1; group <= 4; group++) {
                errors += Long.parseLong(socket.group(group));
            }
        }
        return new Result(Double.parseDouble(rate.group(1)), p50, p99, errors);
    }
}
