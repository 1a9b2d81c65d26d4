package io.sigillum.status;

import io.sigillum.platform.startup.StartupGuard;

/** Starts the status service. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StartupGuard.run("status", () -> io.helidon.microprofile.cdi.Main.main(args));
    }
}
