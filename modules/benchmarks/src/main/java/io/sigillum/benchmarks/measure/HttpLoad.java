package io.sigillum.benchmarks.measure;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Closed-loop HTTP load: a fixed number of client threads, each sending calls one after the other
 * over a kept-alive HTTP/1.1 connection, for a warm-up and then a measured period. The calls are
 * built once and sent round-robin, each thread starting at its own index, so the threads together
 * go through the whole list. A call counts when it is answered 200 within the measured period; its
 * latency is from send to the whole answer read. Any other status, or no answer, is an error.
 */
public final class HttpLoad {

    private static final String SERVER = "server";
    private static final String CLIENT = "client";

    private final HttpClient client;
    private final int threads;
    private final Duration warmup;
    private final Duration duration;

    /**
     * @param threads  client threads, each with one call in flight
     * @param warmup   unmeasured calls first
     * @param duration the measured period
     */
    public HttpLoad(HttpClient client, int threads, Duration warmup, Duration duration) {
        this.client = client;
        this.threads = threads;
        this.warmup = warmup;
        this.duration = duration;
    }

    /** @return an HTTP/1.1 client whose connections stay open between calls */
    public static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Sends the calls until the measured period ends.
     *
     * @param requests the calls, sent round-robin
     * @param server   the service's process, whose CPU time is read at both ends of the measured period
     */
    public Result run(List<HttpRequest> requests, ProcessHandle server) throws InterruptedException {
        MeasuredWindow window = MeasuredWindow.after(warmup, duration);
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(new Worker(requests, i, threads, window));
        }
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        processes.put(SERVER, server);
        processes.put(CLIENT, ProcessHandle.current());
        WindowCpu cpu = window.run(workers, "http-load", processes);
        ClientTally.Totals totals = ClientTally.sum(workers.stream().map(worker -> worker.tally).toList());
        List<Sample> samples = new ArrayList<>();
        for (Worker worker : workers) {
            if (worker.sample != null) {
                samples.add(worker.sample);
            }
        }
        return new Result(totals.counted(), duration, totals.errors(), totals.firstError(), totals.latencies(),
                cpu.cpu().get(SERVER), cpu.cpu().get(CLIENT), List.copyOf(samples));
    }

    /** One client thread: its own counts, latencies and last answer, read once it has ended. */
    private final class Worker implements Runnable {

        private final List<HttpRequest> requests;
        private final int first;
        private final int step;
        private final MeasuredWindow window;
        private final ClientTally tally = new ClientTally(300);
        private Sample sample;

        Worker(List<HttpRequest> requests, int first, int step, MeasuredWindow window) {
            this.requests = requests;
            this.first = first;
            this.step = step;
            this.window = window;
        }

        @Override
        public void run() {
            for (long n = first; window.notOver(); n += step) {
                int call = (int) (n % requests.size());
                long sent = System.nanoTime();
                try {
                    HttpResponse<byte[]> response = client.send(requests.get(call), HttpResponse.BodyHandlers.ofByteArray());
                    long answered = System.nanoTime();
                    if (response.statusCode() != 200) {
                        tally.error("status " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
                    } else if (window.contains(answered)) {
                        tally.counted(answered - sent);
                        sample = new Sample(call, response.body());
                    }
                } catch (IOException e) {
                    tally.error(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * What one load measured.
     *
     * @param calls      calls answered 200 within the measured period
     * @param measured   the measured period
     * @param errors     calls not answered 200 (or not answered), warm-up included
     * @param firstError what the first error was, or null
     * @param latencies  the measured calls' latencies
     * @param serverCpu  CPU time the service used in the measured period
     * @param clientCpu  CPU time this JVM (the load generator) used in it
     * @param samples    one answer per client thread from the measured period, to check
     */
    public record Result(long calls, Duration measured, long errors, String firstError, Latencies.Sorted latencies,
                         Duration serverCpu, Duration clientCpu, List<Sample> samples) {

        /** @return calls per second in the measured period */
        public double callsPerSecond() {
            return calls / seconds(measured);
        }

        /** @return cores the service kept busy on average */
        public double serverCores() {
            return seconds(serverCpu) / seconds(measured);
        }

        /** @return cores the load generator kept busy on average */
        public double clientCores() {
            return seconds(clientCpu) / seconds(measured);
        }

        private static double seconds(Duration duration) {
            return duration.toNanos() / 1e9;
        }
    }

    /**
     * An answer to check.
     *
     * @param call which of the requests it answers (its index)
     * @param body the answer's body
     */
    public record Sample(int call, byte[] body) {
    }
}
