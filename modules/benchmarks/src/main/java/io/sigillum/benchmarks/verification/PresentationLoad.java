package io.sigillum.benchmarks.verification;

import io.sigillum.benchmarks.measure.ClientTally;
import io.sigillum.benchmarks.measure.MeasuredWindow;
import io.sigillum.benchmarks.measure.WindowCpu;
import io.sigillum.wallet.Wallet;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
        MeasuredWindow window = MeasuredWindow.after(unmeasured, measured);
        List<Client> clients = wallets.stream().map(wallet -> new Client(wallet, window)).toList();
        WindowCpu cpu = window.run(clients, "client", processes);
        ClientTally.Totals totals = ClientTally.sum(clients.stream().map(client -> client.tally).toList());
        return new PresentationLoadResult(totals.counted(), measured, totals.errors(), totals.firstError(), totals.latencies(), cpu);
    }

    /** One relying party with its wallet: its own counts and latencies, read once it has ended. */
    private final class Client implements Runnable {

        private final Wallet wallet;
        private final MeasuredWindow window;
        private final ClientTally tally = new ClientTally(400);

        Client(Wallet wallet, MeasuredWindow window) {
            this.wallet = wallet;
            this.window = window;
        }

        @Override
        public void run() {
            while (window.notOver()) {
                try {
                    long sent = System.nanoTime();
                    RelyingParty.Opened transaction = relyingParty.open();
                    wallet.present(transaction.authorizationRequest());
                    relyingParty.verified(transaction);
                    long answered = System.nanoTime();
                    if (window.contains(answered)) {
                        tally.counted(answered - sent);
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
