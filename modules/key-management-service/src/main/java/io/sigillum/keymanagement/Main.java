package io.sigillum.keymanagement;

import io.sigillum.platform.startup.StartupGuard;

/** Starts the key management service. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StartupGuard.run("key-management", () -> io.helidon.microprofile.cdi.Main.main(args));
    }
}
