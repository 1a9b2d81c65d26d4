package io.sigillum.devstack.demo;

import io.sigillum.devstack.stack.StackLayout;
import io.sigillum.devstack.StackException;
import io.sigillum.wallet.Wallet;
import io.sigillum.wallet.WalletException;

import java.io.PrintStream;

/** The demo's story against a running stack: issue a PID, present it, revoke it, present it again. */
public final class Demo {

    private final StackLayout layout;
    private final PrintStream out;

    public Demo(StackLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    /** @throws io.sigillum.devstack.StackException when a step does not go as the story says */
    public void run() {
        DemoSession session = DemoSession.open(layout);
        try {
            Wallet wallet = new IssuanceDemo(session, out).run();
            new PresentationDemo(session, out).run(wallet);
        } catch (WalletException e) {
            // One line, as every launcher error: the services' logs (./sigillum logs <name>) hold the rest.
            throw new StackException("the wallet stopped at " + e.step().name().toLowerCase(java.util.Locale.ROOT)
                    + ": " + e.getMessage(), e);
        }
    }
}
