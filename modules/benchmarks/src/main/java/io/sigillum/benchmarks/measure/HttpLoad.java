package io.sigillum.benchmarks.measure;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Closed-loop HTTP load: a fixed number of client threads, each sending calls one after the other
 * over a kept-alive HTTP/1.1 connection, for a warm-up and then a measured period. The calls are
 * built once and sent round-robin, each thread starting at its own index, so the threads together
 * go through the whole list. A call counts when it is answered 200 within the measured period; its
 * latency is from send to the whole answer read. Any other status, or no answer, is an error.
 */
public final class HttpLoad {

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
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long measureUntil = measureFrom + duration.toNanos();
        List<Worker> workers = new ArrayList<>();
        List<Thread> running = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Worker worker = new Worker(requests, i, threads, measureFrom, measureUntil);
            workers.add(worker);
            running.add(Thread.ofPlatform().name("http-load-" + i).start(worker));
        }
        sleepUntil(measureFrom);
        Duration serverBefore = cpu(server);
        Duration clientBefore = cpu(ProcessHandle.current());
        sleepUntil(measureUntil);
        Duration serverCpu = cpu(server).minus(serverBefore);
        Duration clientCpu = cpu(ProcessHandle.current()).minus(clientBefore);
        for (Thread thread : running) {
            thread.join();
        }
        long calls = 0;
        long errors = 0;
        String firstError = null;
        List<Latencies> recorders = new ArrayList<>();
        List<Sample> samples = new ArrayList<>();
        for (Worker worker : workers) {
            calls += worker.calls;
            errors += worker.errors;
            firstError = firstError == null ? worker.firstError : firstError;
            recorders.add(worker.latencies);
            if (worker.sample != null) {
                samples.add(worker.sample);
            }
        }
        return new Result(calls, duration, errors, firstError, Latencies.merge(recorders), serverCpu, clientCpu,
                List.copyOf(samples));
    }

    private static Duration cpu(ProcessHandle process) {
        return CpuTime.of(process);
    }

    private static void sleepUntil(long deadline) throws InterruptedException {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    /** One client thread: its own counts, latencies and last answer, read once it has ended. */
    private final class Worker implements Runnable {

        private final List<HttpRequest> requests;
        private final int first;
        private final int step;
        private final long measureFrom;
        private final long measureUntil;
        private final Latencies latencies = new Latencies();
        private long calls;
        private long errors;
        private String firstError;
        private Sample sample;

        Worker(List<HttpRequest> requests, int first, int step, long measureFrom, long measureUntil) {
            this.requests = requests;
            this.first = first;
            this.step = step;
            this.measureFrom = measureFrom;
            this.measureUntil = measureUntil;
        }

        @Override
        public void run() {
            for (long n = first; System.nanoTime() < measureUntil; n += step) {
                int call = (int) (n % requests.size());
                long sent = System.nanoTime();
                try {
                    HttpResponse<byte[]> response = client.send(requests.get(call), HttpResponse.BodyHandlers.ofByteArray());
                    long answered = System.nanoTime();
                    if (response.statusCode() != 200) {
                        error("status " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
                    } else if (answered >= measureFrom && answered < measureUntil) {
                        calls++;
                        latencies.add(answered - sent);
                        sample = new Sample(call, response.body());
                    }
                } catch (IOException e) {
                    error(Objects.toString(e.getMessage(), e.getClass().getName()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private void error(String what) {
            errors++;
            if (firstError == null) {
                firstError = what.length() > 300 ? what.substring(0, 300) + "…" : what;
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
