package io.sigillum.devstack.command;

import io.sigillum.devstack.stack.ServiceCatalog;
import io.sigillum.devstack.stack.StackLayout;

import java.io.PrintStream;

/**
 * {@code demo}: starts the stack unless it runs, then shows it. The narrated flow (issue a
 * credential, present it, revoke it, present it again) comes with the issuance and
 * verification services.
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
        out.println();
        out.println("The narrated demo (issue a credential, present it, revoke it, present it again) arrives with");
        out.println("the issuance and verification services. Until then: ./sigillum token --role issuer-admin,");
        out.println("./sigillum ca > ca.pem, and curl --cacert ca.pem https://127.0.0.1:"
                + ServiceCatalog.service(ServiceCatalog.GATEWAY).orElseThrow().port() + "/health");
        return status;
    }
}
