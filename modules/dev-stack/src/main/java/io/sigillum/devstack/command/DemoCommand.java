package io.sigillum.devstack.command;

import io.sigillum.devstack.demo.Demo;
import io.sigillum.devstack.stack.StackLayout;

import java.io.PrintStream;

/**
 * {@code demo}: starts the stack unless it runs, shows it, then tells the whole story through the
 * gateway and narrates each step: a PID issued to the test wallet, presented to a relying party,
 * revoked, and refused when presented again.
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
        new Demo(layout, out).run();
        return 0;
    }
}
