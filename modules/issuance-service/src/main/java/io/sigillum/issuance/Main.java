package io.sigillum.issuance;

import io.sigillum.platform.startup.StartupGuard;

/** Starts the credential issuance service. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StartupGuard.run("issuance", () -> io.helidon.microprofile.cdi.Main.main(args));
    }
}
