package io.sigillum.benchmarks.issuance;

import io.sigillum.benchmarks.measure.CpuTime;
import io.sigillum.benchmarks.measure.Latencies;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Closed-loop load of full issuances: a fixed number of wallets, each running one issuance after
 * the other, for an unmeasured start and then a measured window. An issuance counts when it
 * completes within the window; its latency runs from the token request to the credential read.
 * Taking the next offer's code is outside that time.
 */
final class IssuanceLoad {

    /** Where the wallets' Pre-Authorized Codes come from. */
    @FunctionalInterface
    interface Codes {
        /** @return the next code, or null when there is none left */
        String next() throws IOException, InterruptedException;
    }

    private final LoadWallet wallet;
    private final int wallets;
    private final ServerNonce nonce;

    IssuanceLoad(LoadWallet wallet, int wallets, ServerNonce nonce) {
        this.wallet = wallet;
        this.wallets = wallets;
        this.nonce = nonce;
    }

    /**
     * @param processes whose CPU time to read at both ends of the window, by name
     */
    IssuanceResult run(Codes codes, Duration unmeasured, Duration measured, Map<String, ProcessHandle> processes)
            throws InterruptedException {
        long refusedBefore = nonce.refusals();
        long start = System.nanoTime();
        long measureFrom = start + unmeasured.toNanos();
        long measureUntil = measureFrom + measured.toNanos();
        List<Worker> workers = new ArrayList<>();
        List<Thread> running = new ArrayList<>();
        for (int i = 0; i < wallets; i++) {
            Worker worker = new Worker(codes, measureFrom, measureUntil);
            workers.add(worker);
            running.add(Thread.ofPlatform().name("wallet-" + i).start(worker));
        }
        sleepUntil(measureFrom);
        Map<String, Duration> before = cpu(processes);
        sleepUntil(measureUntil);
        Map<String, Duration> used = cpu(processes);
        used.replaceAll((name, after) -> after.minus(before.get(name)));
        for (Thread thread : running) {
            thread.join();
        }
        long issuances = 0;
        long errors = 0;
        String firstError = null;
        boolean ranOut = false;
        List<Latencies> recorders = new ArrayList<>();
        List<String> samples = new ArrayList<>();
        for (Worker worker : workers) {
            issuances += worker.issuances;
            errors += worker.errors;
            firstError = firstError == null ? worker.firstError : firstError;
            ranOut |= worker.ranOut;
            recorders.add(worker.latencies);
            if (worker.sample != null) {
                samples.add(worker.sample);
            }
        }
        return new IssuanceResult(issuances, measured, errors, firstError, ranOut, Latencies.merge(recorders), used,
                nonce.refusals() - refusedBefore, List.copyOf(samples));
    }

    private static Map<String, Duration> cpu(Map<String, ProcessHandle> processes) {
        Map<String, Duration> cpu = new LinkedHashMap<>();
        processes.forEach((name, process) -> cpu.put(name, CpuTime.of(process)));
        return cpu;
    }

    private static void sleepUntil(long deadline) throws InterruptedException {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    /** One wallet: its own counts, latencies and last credential, read once it has ended. */
    private final class Worker implements Runnable {

        private final Codes codes;
        private final long measureFrom;
        private final long measureUntil;
        private final Latencies latencies = new Latencies();
        private long issuances;
        private long errors;
        private String firstError;
        private boolean ranOut;
        private String sample;

        Worker(Codes codes, long measureFrom, long measureUntil) {
            this.codes = codes;
            this.measureFrom = measureFrom;
            this.measureUntil = measureUntil;
        }

        @Override
        public void run() {
            while (System.nanoTime() < measureUntil) {
                try {
                    String code = codes.next();
                    if (code == null) {
                        ranOut = true;
                        return;
                    }
                    long sent = System.nanoTime();
                    String credential = wallet.issue(code);
                    long answered = System.nanoTime();
                    if (answered >= measureFrom && answered < measureUntil) {
                        issuances++;
                        latencies.add(answered - sent);
                        sample = credential;
                    }
                } catch (IOException | RuntimeException e) {
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
                firstError = what;
            }
        }
    }
}
