package io.sigillum.devstack.token;

import io.sigillum.devstack.secrets.PrivateFiles;
import io.sigillum.devstack.stack.StackLayout;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The bearer tokens services show each other in the dev stack, minted anew at each {@code up}
 * into {@code var/dev/service-tokens/} (mode 600). A deployment gets them from its identity
 * provider instead; the services only read a file.
 */
public final class ServiceTokens {

    /** Who calls whom: the caller's {@code sub} (what the callee's grants name) and the roles it needs. */
    private static final Map<String, List<String>> CALLERS = Map.of("status", List.of("kms-signer"),
            "issuance", List.of("kms-signer", "status-issuer"), "verification", List.of("kms-signer", "verifier-rp"));
    /** Longer than any dev session; {@code up} renews them. */
    private static final Duration LIFETIME = Duration.ofDays(7);

    private ServiceTokens() {
    }

    /** Writes each calling service's token. */
    public static void write(StackLayout layout, DevTokenFactory tokens) {
        PrivateFiles.createPrivateDirectory(directory(layout));
        CALLERS.forEach((service, roles) -> PrivateFiles.writeSecret(file(layout, service),
                tokens.mint(service, roles, LIFETIME).getBytes(StandardCharsets.US_ASCII)));
    }

    /** The token file of a service, e.g. {@code var/dev/service-tokens/status.token}. */
    public static Path file(StackLayout layout, String service) {
        return directory(layout).resolve(service + ".token");
    }

    private static Path directory(StackLayout layout) {
        return layout.dev().resolve("service-tokens");
    }
}
