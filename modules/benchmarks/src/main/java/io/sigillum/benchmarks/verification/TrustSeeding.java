package io.sigillum.benchmarks.verification;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import io.sigillum.crypto.x509.DerCertificates;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Makes the verifier trust what the issuance service issues, as the dev stack's seed does: the
 * issuer (its Credential Issuer Identifier) registered in the trust registry with the KMS's root
 * CA and IACA as its anchors and an authorization for each {@code vct} its metadata offers; then
 * waits until the verification service holds that snapshot.
 */
final class TrustSeeding {

    private final StackCalls calls;
    private final VerificationStack stack;

    TrustSeeding(StackCalls calls, VerificationStack stack) {
        this.calls = calls;
        this.stack = stack;
    }

    /** @return the KMS's CA certificates (root, IACA), which certify issuer and verifier keys alike */
    List<X509Certificate> authorities(String kmsToken) throws IOException, InterruptedException {
        List<String> certificates = new ArrayList<>();
        for (Map<String, Object> ca : cas(kmsToken)) {
            certificates.add((String) ca.get("certificate"));
        }
        return DerCertificates.fromX5c(certificates);
    }

    /**
     * @param adminToken a {@code trust-admin} token
     * @return the registry's snapshot version after the seeding
     */
    long seed(String adminToken, String kmsToken) throws IOException, InterruptedException {
        URI registry = stack.trustRegistry().base();
        String issuer = stack.credentialIssuer();
        String reason = "benchmark: the deployment's own issuer";
        calls.post(registry.resolve("/issuers"), adminToken, JSONObjectUtils.toJSONString(Map.of("id", issuer,
                "legalName", "Sigillum benchmark issuer", "country", "EU", "reason", reason)), 201);
        for (Map<String, Object> ca : cas(kmsToken)) {
            String name = String.valueOf(ca.get("name"));
            if (name.equals("root") || name.equals("iaca")) {
                calls.post(registry.resolve("/anchors"), adminToken, JSONObjectUtils.toJSONString(Map.of("issuer", issuer,
                        "type", "x509", "kind", name, "certificate", ca.get("certificate"), "reason", reason)), 201);
            }
        }
        Set<String> types = new LinkedHashSet<>();
        Map<String, Object> metadata = calls.get(stack.issuance().base().resolve("/.well-known/openid-credential-issuer"), null, 200);
        Object configurations = metadata.get("credential_configurations_supported");
        if (configurations instanceof Map<?, ?> all) {
            for (Object configuration : all.values()) {
                if (configuration instanceof Map<?, ?> one && one.get("vct") instanceof String vct) {
                    types.add(vct);
                }
            }
        }
        for (String vct : types) {
            calls.post(registry.resolve("/authorizations"), adminToken,
                    JSONObjectUtils.toJSONString(Map.of("issuer", issuer, "vct", vct, "reason", reason)), 201);
        }
        Object version = calls.get(registry.resolve("/snapshot"), adminToken, 200).get("version");
        return version instanceof Number number ? number.longValue() : -1;
    }

    /**
     * Waits until the verifier's readiness reports a trust snapshot at least this new: without a
     * broker it takes the seeded one at its next refresh, within a minute.
     */
    void awaitVerifier(long version, Duration patience) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        long held = -1;
        while (System.nanoTime() < deadline) {
            held = heldVersion(calls.any(stack.verification().base().resolve("/health/ready")));
            if (held >= version) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IllegalStateException("the verification service did not take trust snapshot version " + version
                + " within " + patience.toSeconds() + " s (it holds " + held + ")");
    }

    private static long heldVersion(HttpResponse<String> ready) {
        try {
            for (Map<String, Object> check : JSONObjectUtils.getJSONObjectArray(JSONObjectUtils.parse(ready.body()), "checks")) {
                if ("trust".equals(check.get("name")) && check.get("data") instanceof Map<?, ?> data
                        && data.get("version") instanceof Number number) {
                    return number.longValue();
                }
            }
        } catch (ParseException | RuntimeException e) {
            // Not ready to say yet: ask again.
        }
        return -1;
    }

    private List<Map<String, Object>> cas(String kmsToken) throws IOException, InterruptedException {
        String body = calls.getText(stack.keyManagement().base().resolve("/ca-certificates"), kmsToken, 200);
        try {
            List<Map<String, Object>> cas = new ArrayList<>();
            for (Object ca : JSONArrayUtils.parse(body)) {
                if (ca instanceof Map<?, ?> map) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> typed = (Map<String, Object>) map;
                    cas.add(typed);
                }
            }
            return cas;
        } catch (ParseException e) {
            throw new IllegalStateException("GET /ca-certificates answered what is not a JSON array: " + StackCalls.clip(body), e);
        }
    }
}
