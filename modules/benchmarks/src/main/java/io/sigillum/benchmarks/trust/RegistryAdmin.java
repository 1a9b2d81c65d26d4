package io.sigillum.benchmarks.trust;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;

/**
 * The registry's API as the run uses it: the administrator ({@code trust-admin}) registers issuers,
 * their root anchors and their authorizations; a verifier ({@code verifier-rp}) reads the snapshot.
 * Every call must answer as the API says, or the run stops.
 */
final class RegistryAdmin {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final URI base;
    private final String adminToken;

    RegistryAdmin(HttpClient client, URI base, String adminToken) {
        this.client = client;
        this.base = base;
        this.adminToken = adminToken;
    }

    /**
     * The snapshot as served.
     *
     * @param body the canonical JSON
     * @param etag its strong ETag
     */
    record Snapshot(byte[] body, String etag) {
    }

    /** Registers an active issuer with a root anchor and an authorization for each type. */
    void registerIssuer(String id, String country, String anchorId, X509Certificate root, String... vcts)
            throws IOException, InterruptedException {
        post("/issuers", Map.of("id", id, "legalName", "Bench issuer " + id, "country", country,
                "reason", "benchmark: onboarding"));
        post("/anchors", Map.of("issuer", id, "id", anchorId, "type", "x509", "kind", "root",
                "certificate", BenchPki.base64(root), "reason", "benchmark: its root"));
        for (String vct : vcts) {
            post("/authorizations", Map.of("issuer", id, "vct", vct, "reason", "benchmark: it issues " + vct));
        }
    }

    /** {@code GET /snapshot} as a verifier. */
    Snapshot snapshot(String verifierToken) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(base.resolve("/snapshot"))
                .timeout(CALL_TIMEOUT).header("Authorization", "Bearer " + verifierToken)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /snapshot answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return new Snapshot(response.body(), response.headers().firstValue("ETag").orElse("(none)"));
    }

    private void post(String path, Map<String, Object> body) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(CALL_TIMEOUT).header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
