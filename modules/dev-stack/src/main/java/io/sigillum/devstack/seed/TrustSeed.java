package io.sigillum.devstack.seed;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillum.devstack.admin.AdminClient;
import io.sigillum.devstack.stack.ServiceCatalog;
import io.sigillum.devstack.stack.ServiceCommandLine;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Registers the deployment's own credential issuer in the trust registry, so verifiers trust what
 * the dev stack issues: the issuer identifier, the KMS's root CA and IACA as anchors, and an
 * authorization for every {@code vct} the issuer's metadata offers. Done once: a later start finds
 * the issuer and leaves it as it is.
 */
public final class TrustSeed {

    /** The Credential Issuer Identifier the dev stack's issuance service uses (the gateway's URL). */
    public static final String ISSUER = ServiceCatalog.PUBLIC_URL;
    private static final String REASON = "\"reason\":\"development stack: the deployment's own issuer\"";

    private final AdminClient admin;
    private final PrintStream out;

    public TrustSeed(AdminClient admin, PrintStream out) {
        this.admin = admin;
        this.out = out;
    }

    /** Registers the issuer unless it is registered. */
    public void run() {
        String registry = base("trust-registry");
        String issuerQuery = "?id=" + URLEncoder.encode(ISSUER, StandardCharsets.UTF_8);
        if (admin.status(URI.create(registry + "/issuer" + issuerQuery)) == 200) {
            return;
        }
        admin.post(URI.create(registry + "/issuers"), "{\"id\":\"" + ISSUER
                + "\",\"legalName\":\"Sigillum development issuer\",\"country\":\"EU\"," + REASON + "}", 201);
        for (JsonNode ca : admin.get(URI.create(base("key-management") + "/ca-certificates"), 200)) {
            String name = ca.get("name").asText();
            if (name.equals("root") || name.equals("iaca")) {
                admin.post(URI.create(registry + "/anchors"), "{\"issuer\":\"" + ISSUER + "\",\"type\":\"x509\",\"kind\":\""
                        + name + "\",\"certificate\":\"" + ca.get("certificate").asText() + "\"," + REASON + "}", 201);
            }
        }
        Set<String> types = new LinkedHashSet<>();
        admin.get(URI.create(base("issuance") + "/.well-known/openid-credential-issuer"), 200)
                .path("credential_configurations_supported").forEach(c -> {
                    if (c.hasNonNull("vct")) {
                        types.add(c.get("vct").asText());
                    }
                });
        for (String vct : types) {
            admin.post(URI.create(registry + "/authorizations"), "{\"issuer\":\"" + ISSUER + "\",\"vct\":\"" + vct + "\","
                    + REASON + "}", 201);
        }
        out.println("Trust registry: " + ISSUER + " registered, its CAs as anchors, authorized for " + types);
    }

    private static String base(String service) {
        return ServiceCommandLine.url(ServiceCatalog.service(service).orElseThrow());
    }
}
