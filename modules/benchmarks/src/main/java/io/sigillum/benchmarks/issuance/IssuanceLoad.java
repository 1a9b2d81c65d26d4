package io.sigillum.benchmarks.issuance;

import io.sigillum.benchmarks.measure.ClientTally;
import io.sigillum.benchmarks.measure.MeasuredWindow;
import io.sigillum.benchmarks.measure.WindowCpu;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        MeasuredWindow window = MeasuredWindow.after(unmeasured, measured);
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < wallets; i++) {
            workers.add(new Worker(codes, window));
        }
        WindowCpu cpu = window.run(workers, "wallet", processes);
        ClientTally.Totals totals = ClientTally.sum(workers.stream().map(worker -> worker.tally).toList());
        boolean ranOut = false;
        List<String> samples = new ArrayList<>();
        for (Worker worker : workers) {
            ranOut |= worker.ranOut;
            if (worker.sample != null) {
                samples.add(worker.sample);
            }
        }
        return new IssuanceResult(totals.counted(), measured, totals.errors(), totals.firstError(), ranOut, totals.latencies(),
                cpu, nonce.refusals() - refusedBefore, List.copyOf(samples));
    }

    /** One wallet: its own counts, latencies and last credential, read once it has ended. */
    private final class Worker implements Runnable {

        private final Codes codes;
        private final MeasuredWindow window;
        private final ClientTally tally = new ClientTally(Integer.MAX_VALUE);
        private boolean ranOut;
        private String sample;

        Worker(Codes codes, MeasuredWindow window) {
            this.codes = codes;
            this.window = window;
        }

        @Override
        public void run() {
            while (window.notOver()) {
                try {
                    String code = codes.next();
                    if (code == null) {
                        ranOut = true;
                        return;
                    }
                    long sent = System.nanoTime();
                    String credential = wallet.issue(code);
                    long answered = System.nanoTime();
                    if (window.contains(answered)) {
                        tally.counted(answered - sent);
                        sample = credential;
                    }
                } catch (IOException | RuntimeException e) {
                    tally.error(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
