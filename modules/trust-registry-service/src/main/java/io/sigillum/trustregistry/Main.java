package io.sigillum.trustregistry;

import io.sigillum.platform.startup.StartupGuard;

/** Starts the trust registry service. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StartupGuard.run("trust-registry", () -> io.helidon.microprofile.cdi.Main.main(args));
    }
}
