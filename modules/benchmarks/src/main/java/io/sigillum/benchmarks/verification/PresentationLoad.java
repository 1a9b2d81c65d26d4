package io.sigillum.benchmarks.verification;

import io.sigillum.benchmarks.measure.CpuTime;
import io.sigillum.benchmarks.measure.Latencies;
import io.sigillum.wallet.Wallet;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Closed-loop load of full presentations: one client per wallet, each running one presentation
 * after the other, for an unmeasured start and then a measured window. A presentation is the
 * relying party's {@code POST /transactions}, the wallet's {@code present} of the authorization
 * request (it fetches the signed request object by POST, verifies it, builds the SD-JWT with a
 * Key Binding JWT and posts the encrypted response) and the relying party's
 * {@code GET /transactions/{id}?wait=10}. It counts only when that read says {@code verified}
 * (with the two claims) within the window; its latency runs from the first call to that read.
 */
final class PresentationLoad {

    private final RelyingParty relyingParty;
    private final List<Wallet> wallets;

    /** @param wallets one per client, each holding a PID */
    PresentationLoad(RelyingParty relyingParty, List<Wallet> wallets) {
        this.relyingParty = relyingParty;
        this.wallets = List.copyOf(wallets);
    }

    /** @param processes whose CPU time to read at both ends of the window, by name */
    PresentationLoadResult run(Duration unmeasured, Duration measured, Map<String, ProcessHandle> processes)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + unmeasured.toNanos();
        long measureUntil = measureFrom + measured.toNanos();
        List<Client> clients = new ArrayList<>();
        List<Thread> running = new ArrayList<>();
        for (int i = 0; i < wallets.size(); i++) {
            Client client = new Client(wallets.get(i), measureFrom, measureUntil);
            clients.add(client);
            running.add(Thread.ofPlatform().name("client-" + i).start(client));
        }
        sleepUntil(measureFrom);
        Map<String, Duration> before = cpu(processes);
        sleepUntil(measureUntil);
        Map<String, Duration> used = cpu(processes);
        used.replaceAll((name, after) -> after.minus(before.get(name)));
        for (Thread thread : running) {
            thread.join();
        }
        long presentations = 0;
        long errors = 0;
        String firstError = null;
        List<Latencies> recorders = new ArrayList<>();
        for (Client client : clients) {
            presentations += client.presentations;
            errors += client.errors;
            firstError = firstError == null ? client.firstError : firstError;
            recorders.add(client.latencies);
        }
        return new PresentationLoadResult(presentations, measured, errors, firstError, Latencies.merge(recorders), used);
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

    /** One relying party with its wallet: its own counts and latencies, read once it has ended. */
    private final class Client implements Runnable {

        private final Wallet wallet;
        private final long measureFrom;
        private final long measureUntil;
        private final Latencies latencies = new Latencies();
        private long presentations;
        private long errors;
        private String firstError;

        Client(Wallet wallet, long measureFrom, long measureUntil) {
            this.wallet = wallet;
            this.measureFrom = measureFrom;
            this.measureUntil = measureUntil;
        }

        @Override
        public void run() {
            while (System.nanoTime() < measureUntil) {
                try {
                    long sent = System.nanoTime();
                    RelyingParty.Opened transaction = relyingParty.open();
                    wallet.present(transaction.authorizationRequest());
                    relyingParty.verified(transaction);
                    long answered = System.nanoTime();
                    if (answered >= measureFrom && answered < measureUntil) {
                        presentations++;
                        latencies.add(answered - sent);
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
                firstError = what.length() > 400 ? what.substring(0, 400) + "…" : what;
            }
        }
    }
}
