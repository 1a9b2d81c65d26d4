package io.sigillum.devstack.cli;

/** The text of {@code ./sigillum help}. */
public final class Usage {

    private Usage() {
    }

    /** @return the help text */
    public static String text() {
        return """
                Usage: ./sigillum <command>

                  up                 start the Artemis broker and every service (first start creates var/)
                  down               stop everything that up started
                  status             show what runs and whether it is ready (exit 3 if not all ready)
                  logs <name> [-f]   print a process's log (-f: keep following it)
                  token --role R [--role R2] [--subject S] [--ttl 15m]
                                     print a development access token (MP-JWT) for the given roles
                  ca                 print the development CA certificate (PEM) to trust in clients
                  demo               start the stack if needed and show it
                  help               this text

                Roles: issuer-admin, status-admin, trust-admin, verifier-rp.
                Names: broker, issuance, verification, status, trust-registry, key-management, gateway.
                State lives under ./var/ (-Dsigillum.home moves the root); delete var/ to start afresh.
                """;
    }
}
