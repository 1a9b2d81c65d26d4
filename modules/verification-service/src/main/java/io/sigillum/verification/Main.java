package io.sigillum.verification;

import io.sigillum.platform.startup.StartupGuard;

/** Starts the verification service. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StartupGuard.run("verification", () -> io.helidon.microprofile.cdi.Main.main(args));
    }
}
