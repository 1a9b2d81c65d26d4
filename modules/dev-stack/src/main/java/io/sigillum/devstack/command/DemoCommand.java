package io.sigillum.devstack.command;

import io.sigillum.devstack.demo.IssuanceDemo;
import io.sigillum.devstack.stack.StackLayout;

import java.io.PrintStream;

/**
 * {@code demo}: starts the stack unless it runs, shows it, then issues a PID to the test wallet
 * through it and narrates each step. Presentation and revocation come with the verification
 * service.
 */
public final class DemoCommand {

    private final StackLayout layout;
    private final PrintStream out;
    private final PrintStream err;

    public DemoCommand(StackLayout layout, PrintStream out, PrintStream err) {
        this.layout = layout;
        this.out = out;
        this.err = err;
    }

    /** @return the exit code */
    public int run() {
        boolean allRunning = new RunningProcesses(layout).read().stream().allMatch(ProcessState::running);
        if (!allRunning) {
            int up = new UpCommand(layout, out, err).run();
            if (up != 0) {
                return up;
            }
        }
        out.println();
        int status = new StatusCommand(layout, out).run();
        if (status != 0) {
            return status;
        }
        new IssuanceDemo(layout, out).run();
        out.println();
        out.println("Presenting the PID to a relying party, revoking it and presenting it again arrive with the");
        out.println("verification service.");
        return 0;
    }
}
