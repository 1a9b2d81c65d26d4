package io.sigillum.e2e.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.statuslist.list.Status;
import io.sigillum.statuslist.reference.StatusReference;
import io.sigillum.statuslist.token.StatusListTokenVerifier;
import io.sigillum.wallet.Wallet;
import io.sigillum.wallet.store.StoredCredential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The people around a running stack, as the tests play them: the operator and the relying party
 * with tokens from {@code sigillum token}, and wallets that receive a PID through the gateway.
 */
final class StackActors {

    /** The gateway's public URL: the credential issuer identifier, and the verifier's base plus /verifier. */
    static final String GATEWAY = "https://localhost:8443";
    private static final Duration QUICK = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Launcher launcher;
    private final DevCaClient https;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    StackActors(Launcher launcher, DevCaClient https) {
        this.launcher = launcher;
        this.https = https;
    }

    DevCaClient https() {
        return https;
    }

    /** A token with one role, minted by the launcher once per role. */
    String token(String role) {
        return tokens.computeIfAbsent(role, r -> {
            Launcher.Run token = launcher.run(QUICK, "token", "--role", r);
            assertEquals(0, token.exitCode(), token::transcript);
            return token.out().strip();
        });
    }

    /** A token for a named caller, e.g. a service's own identity that the KMS grants purposes to. */
    String tokenFor(String subject, String role) {
        return tokens.computeIfAbsent(subject + " " + role, key -> {
            Launcher.Run token = launcher.run(QUICK, "token", "--role", role, "--subject", subject);
            assertEquals(0, token.exitCode(), token::transcript);
            return token.out().strip();
        });
    }

    /** The deployment's CAs: they certify the issuer's and the verifier's signing keys. */
    List<X509Certificate> authorities() {
        HttpResponse<String> authorities = https.get(URI.create("https://127.0.0.1:8085/ca-certificates"), null);
        assertEquals(200, authorities.statusCode(), authorities.body());
        return StatusListChains.authorities(json(authorities.body()));
    }

    /** A wallet trusting the deployment's CAs for issuers and verifiers alike. */
    Wallet wallet(int batchSize) {
        List<X509Certificate> authorities = authorities();
        return Wallet.builder().httpClient(https.client()).trustAnchors(authorities).verifierTrustAnchors(authorities)
                .batchSize(batchSize).build();
    }

    /** The operator records a person and offers a PID; the wallet takes it through the gateway. */
    List<StoredCredential> issuePid(Wallet wallet, String subject) {
        String admin = token("issuer-admin");
        HttpResponse<String> person = https.put(URI.create(GATEWAY + "/admin/issuance/people/" + subject), admin,
                "{\"attributes\":{\"given_name\":\"Erika\",\"family_name\":\"Mustermann\",\"birthdate\":\"1984-01-26\","
                + "\"place_of_birth\":{\"locality\":\"Berlin\",\"country\":\"DE\"},\"nationalities\":[\"DE\"]}}");
        assertEquals(200, person.statusCode(), person.body());
        HttpResponse<String> offer = https.post(URI.create(GATEWAY + "/admin/issuance/offers"), admin,
                "{\"subject\":\"" + subject + "\",\"credentialConfigurationIds\":[\"eu.europa.ec.eudi.pid_vc_sd_jwt\"],"
                + "\"txCode\":{},\"byReference\":true}");
        assertEquals(201, offer.statusCode(), offer.body());
        JsonNode created = json(offer.body());
        return wallet.receive(created.get("offerUri").asText(), created.get("txCode").asText());
    }

    /** The operator sets the status of every credential of a subject: valid, invalid or suspended. */
    void setStatusOfSubject(String subject, String status) {
        HttpResponse<String> change = https.put(URI.create(GATEWAY + "/admin/issuance/people/" + subject + "/credential-status"),
                token("issuer-admin"), "{\"status\":\"" + status + "\"}");
        assertEquals(200, change.statusCode(), change.body());
    }

    /** The relying party opens a transaction; the 201's body. */
    JsonNode openTransaction(String body) {
        HttpResponse<String> created = https.post(URI.create(GATEWAY + "/verifier/transactions"), token("verifier-rp"), body);
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body());
    }

    /** The relying party reads a transaction, with a query string such as {@code ?wait=10}. */
    HttpResponse<String> readTransaction(String transactionId, String query) {
        return https.get(URI.create(GATEWAY + "/verifier/transactions/" + transactionId + query), token("verifier-rp"));
    }

    /** Waits until the status list the gateway serves shows this status for the credential's entry. */
    void awaitStatus(StoredCredential credential, Status expected) throws Exception {
        StatusReference entry = credential.status().orElseThrow();
        Status seen = null;
        for (Instant deadline = Instant.now().plus(QUICK); seen != expected && Instant.now().isBefore(deadline); ) {
            HttpResponse<String> served = https.get(entry.uri(), null, "application/statuslist+jwt");
            if (served.statusCode() == 200) {
                seen = StatusListTokenVerifier.builder().build().verifyJwt(served.body(), entry.uri(),
                        Verifier.of(StatusListChains.x5c(served.body()).getFirst().getPublicKey())).statusOf(entry);
            }
            if (seen != expected) {
                Thread.sleep(200);
            }
        }
        assertEquals(expected, seen, "the status list served at " + entry.uri());
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
