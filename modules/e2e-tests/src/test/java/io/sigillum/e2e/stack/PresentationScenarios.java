package io.sigillum.e2e.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillum.crypto.x509.DerCertificates;
import io.sigillum.kmsclient.KmsClient;
import io.sigillum.kmsclient.RemoteSigner;
import io.sigillum.statuslist.list.Status;
import io.sigillum.wallet.Wallet;
import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.presentation.PresentationOptions;
import io.sigillum.wallet.presentation.PresentationResult;
import io.sigillum.wallet.store.StoredCredential;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OpenID4VP through the running stack: a relying party asks through the gateway, the test wallet
 * answers (or misbehaves on purpose), the verification service decides with the trust registry's
 * snapshot and the status lists the gateway serves, and the relying party reads the outcome.
 */
final class PresentationScenarios {

    /** Age over 18 and nationality of a PID (OpenID4VP 1.0 §6). */
    static final String AGE_AND_NATIONALITY = """
            {"credentials": [{"id": "pid", "format": "dc+sd-jwt", "meta": {"vct_values": ["urn:eudi:pid:1"]},
              "claims": [{"path": ["age_equal_or_over", "18"]}, {"path": ["nationalities"]}]}]}""";

    private final StackActors actors;

    PresentationScenarios(StackActors actors) {
        this.actors = actors;
    }

    private Wallet walletWithAPid(int batchSize) {
        Wallet wallet = actors.wallet(batchSize);
        actors.issuePid(wallet, "e2e-vp-" + UUID.randomUUID());
        return wallet;
    }

    private JsonNode open(String more) {
        return actors.openTransaction("{\"dcql_query\":" + AGE_AND_NATIONALITY + more + "}");
    }

    private JsonNode outcome(JsonNode transaction) {
        HttpResponse<String> read = actors.readTransaction(transaction.get("transaction_id").asText(), "?wait=20");
        assertEquals(200, read.statusCode(), read.body());
        return StackActors.json(read.body());
    }

    /** Cross-device, encrypted response (HAIP's defaults): verified, and only the two claims reach the relying party. */
    void aRelyingPartyReadsOnlyTheClaimsItAskedFor() {
        Wallet wallet = walletWithAPid(1);
        JsonNode transaction = open("");
        assertTrue(transaction.get("authorization_request").asText().startsWith("openid4vp://"), transaction.toString());
        assertEquals(200, actors.readTransaction(transaction.get("transaction_id").asText(), "").statusCode());
        assertEquals("pending", outcomeNow(transaction).path("state").asText());
        // The relying party long-polls through the gateway, longer than the gateway's default upstream timeout.
        CompletableFuture<HttpResponse<String>> polling = CompletableFuture.supplyAsync(
                () -> actors.readTransaction(transaction.get("transaction_id").asText(), "?wait=20"));
        pause(Duration.ofMillis(2_500));

        PresentationResult sent = wallet.present(transaction.get("authorization_request").asText());
        assertTrue(sent.clientId().startsWith("x509_hash:"), sent.clientId());
        assertEquals("direct_post.jwt", sent.responseMode());

        HttpResponse<String> polled = polling.join();
        assertEquals(200, polled.statusCode(), polled.body());
        assertEquals("verified", StackActors.json(polled.body()).path("state").asText(), "the long poll ends with the answer");
        JsonNode outcome = outcome(transaction);
        assertEquals("verified", outcome.path("state").asText(), outcome.toString());
        JsonNode pid = outcome.path("credentials").path("pid").path(0);
        assertEquals("urn:eudi:pid:1", pid.path("vct").asText(), outcome.toString());
        assertEquals(Map.of("age_equal_or_over", Map.of("18", true), "nationalities", List.of("DE")),
                new ObjectMapper().convertValue(pid.path("claims"), Map.class),
                "the claims asked for, and nothing else");
        assertFalse(outcome.toString().contains("Mustermann"), "no claim that was not asked for: " + outcome);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode outcomeNow(JsonNode transaction) {
        return StackActors.json(actors.readTransaction(transaction.get("transaction_id").asText(), "").body());
    }

    /** Same device (x509_san_dns, unencrypted direct_post): the outcome is shown only with the redirect's response_code. */
    void aSameDeviceOutcomeIsReadOnlyWithTheResponseCode() {
        Wallet wallet = walletWithAPid(1);
        JsonNode transaction = open(",\"flow\":\"same_device\",\"redirect_uri\":\"https://rp.example/back\","
                + "\"response_mode\":\"direct_post\",\"client_id_prefix\":\"x509_san_dns\"");
        PresentationResult sent = wallet.present(transaction.get("authorization_request").asText());
        assertEquals("x509_san_dns:localhost", sent.clientId());
        String redirect = sent.redirectUri().orElseThrow().toString();
        assertTrue(redirect.startsWith("https://rp.example/back#response_code="), redirect);
        String code = redirect.substring(redirect.indexOf('=') + 1);
        String id = transaction.get("transaction_id").asText();

        assertEquals(400, actors.readTransaction(id, "").statusCode(), "answered: the response_code is required");
        assertEquals(403, actors.readTransaction(id, "?response_code=" + code + "x").statusCode(), "another code");
        HttpResponse<String> read = actors.readTransaction(id, "?response_code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("verified", StackActors.json(read.body()).path("state").asText(), read.body());
    }

    /** Each rule the wallet breaks: the wallet is told invalid_request, the relying party sees the reason and no claims. */
    void eachBrokenPresentationFailsWithItsReason() {
        Wallet wallet = walletWithAPid(2);
        record Broken(String reason, PresentationOptions options) {
        }
        List<Broken> broken = List.of(
                new Broken("nonce_mismatch", PresentationOptions.builder().wrongNonce().build()),
                new Broken("audience_mismatch", PresentationOptions.builder().wrongAudience().build()),
                new Broken("key_binding_missing", PresentationOptions.builder().withoutKeyBinding().build()),
                new Broken("key_binding_invalid", PresentationOptions.builder().keyBindingWithOtherKey().build()),
                new Broken("key_binding_stale", PresentationOptions.builder().keyBindingAge(Duration.ofHours(1)).build()),
                new Broken("disclosure_invalid", PresentationOptions.builder().tamperedDisclosure().build()),
                new Broken("disclosure_invalid", PresentationOptions.builder().extraDisclosure().build()));
        broken.forEach(each -> {
            String reason = each.reason();
            PresentationOptions options = each.options();
            JsonNode transaction = open("");
            WalletException refused = assertThrows(WalletException.class,
                    () -> wallet.present(transaction.get("authorization_request").asText(), options), reason);
            assertEquals(WalletException.Step.RESPONSE, refused.step(), reason);
            assertEquals(400, refused.httpStatus().orElse(-1), reason + ": " + refused.getMessage());
            assertEquals("invalid_request", refused.error().orElse(null), reason);
            JsonNode outcome = outcome(transaction);
            assertEquals("failed", outcome.path("state").asText(), reason + ": " + outcome);
            assertTrue(outcome.path("failures").toString().contains("\"" + reason + "\""), reason + ": " + outcome);
            assertTrue(outcome.path("credentials").isMissingNode() || outcome.path("credentials").isEmpty(),
                    "no claims from a failed presentation: " + outcome);
        });
    }

    /** An answer the verifier cannot read (clear text where it asked for a JWE, a JWE to another key) leaves the transaction open. */
    void anUnreadableAnswerLeavesTheTransactionPending() {
        Wallet wallet = walletWithAPid(1);
        JsonNode transaction = open("");
        for (PresentationOptions options : List.of(PresentationOptions.builder().unencryptedInJwtMode().build(),
                PresentationOptions.builder().encryptToOtherKey().build())) {
            WalletException refused = assertThrows(WalletException.class,
                    () -> wallet.present(transaction.get("authorization_request").asText(), options));
            assertEquals(400, refused.httpStatus().orElse(-1), refused.getMessage());
            assertEquals("pending", outcomeNow(transaction).path("state").asText());
        }
        wallet.present(transaction.get("authorization_request").asText());
        assertEquals("verified", outcome(transaction).path("state").asText());
    }

    /** A transaction takes one answer: the same response posted again is refused, and the outcome stays. */
    void aResponseIsTakenOnce() {
        Wallet wallet = walletWithAPid(1);
        JsonNode transaction = open("");
        wallet.present(transaction.get("authorization_request").asText());
        WalletException replayed = assertThrows(WalletException.class, wallet::replayLastResponse);
        assertEquals(400, replayed.httpStatus().orElse(-1), replayed.getMessage());
        assertEquals("verified", outcome(transaction).path("state").asText());
    }

    /** The operator suspends, then revokes: each reaches the served list, and the presentation fails with that reason. */
    void suspendedThenRevokedPidsFailWithTheirReason() throws Exception {
        Wallet wallet = actors.wallet(1);
        String subject = "e2e-vp-status-" + UUID.randomUUID();
        StoredCredential pid = actors.issuePid(wallet, subject).getFirst();
        actors.setStatusOfSubject(subject, "suspended");
        actors.awaitStatus(pid, Status.SUSPENDED);
        assertFailsWith(wallet, "suspended");
        actors.setStatusOfSubject(subject, "invalid");
        actors.awaitStatus(pid, Status.INVALID);
        assertFailsWith(wallet, "revoked");
    }

    /** The wallet presents to a new transaction; the verifier refuses it and the relying party reads this reason. */
    void assertFailsWith(Wallet wallet, String reason) {
        JsonNode transaction = open("");
        assertThrows(WalletException.class, () -> wallet.present(transaction.get("authorization_request").asText()));
        JsonNode outcome = outcome(transaction);
        assertEquals("failed", outcome.path("state").asText(), outcome.toString());
        assertTrue(outcome.path("failures").toString().contains("\"" + reason + "\""), outcome.toString());
    }

    /**
     * Credentials the issuer never signed as they are presented: the issuer-signed JWT unsigned
     * ({@code alg: none}), "signed" with HMAC keyed by the issuer's public key, or with its payload
     * changed (a later {@code exp}) under the original signature.
     */
    void credentialsTheIssuerDidNotSignFail() throws Exception {
        StoredCredential real = walletWithAPid(1).store().all().getFirst();
        String compact = real.compact();
        String issuerJwt = compact.substring(0, compact.indexOf('~'));
        String rest = compact.substring(compact.indexOf('~'));
        String[] parts = issuerJwt.split("\\.");
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        JsonNode header = StackActors.json(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));

        String none = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"dc+sd-jwt\"}".getBytes(StandardCharsets.UTF_8));
        assertFailsWith(holding(real, none + "." + parts[1] + "." + rest), "algorithm_not_allowed");

        String hmacHeader = b64.encodeToString(("{\"alg\":\"HS256\",\"typ\":\"dc+sd-jwt\",\"x5c\":" + header.get("x5c") + "}")
                .getBytes(StandardCharsets.UTF_8));
        byte[] issuerPublicKey = DerCertificates.fromX5c(List.of(header.get("x5c").get(0).asText()))
                .getFirst().getPublicKey().getEncoded();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(issuerPublicKey, "HmacSHA256"));
        String hmac = b64.encodeToString(mac.doFinal((hmacHeader + "." + parts[1]).getBytes(StandardCharsets.US_ASCII)));
        assertFailsWith(holding(real, hmacHeader + "." + parts[1] + "." + hmac + rest), "algorithm_not_allowed");

        ObjectNode payload = (ObjectNode)
                StackActors.json(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        payload.put("exp", payload.path("exp").asLong() + 10 * 365 * 86_400L);
        String longer = b64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
        assertFailsWith(holding(real, parts[0] + "." + longer + "." + parts[2] + rest), "signature_invalid");
    }

    /**
     * A credential the issuer's own key signed with an {@code exp} an hour ago (signed here through
     * the key-management service as the issuance service does): genuine, bound, trusted, expired.
     */
    void anExpiredCredentialFails() {
        StoredCredential real = walletWithAPid(1).store().all().getFirst();
        String compact = real.compact();
        String[] parts = compact.substring(0, compact.indexOf('~')).split("\\.");
        ObjectNode payload = (ObjectNode) StackActors.json(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        long now = java.time.Instant.now().getEpochSecond();
        payload.put("iat", now - 7200);
        if (payload.has("nbf")) {
            payload.put("nbf", now - 7200);
        }
        payload.put("exp", now - 3600);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = parts[0] + "." + b64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
        RemoteSigner issuerKey = KmsClient.builder(URI.create("https://127.0.0.1:8085")).httpClient(actors.https().client())
                .tokens(() -> actors.tokenFor("issuance", "kms-signer")).build().signer("credential-signing", "default");
        String signature = b64.encodeToString(issuerKey.sign(signingInput.getBytes(StandardCharsets.US_ASCII)));
        assertFailsWith(holding(real, signingInput + "." + signature + compact.substring(compact.indexOf('~'))), "expired");
    }

    /** A wallet holding a copy of a real credential with another compact form. */
    private Wallet holding(StoredCredential real, String compact) {
        Wallet wallet = actors.wallet(1);
        wallet.store().addAll(List.of(new StoredCredential(real.credentialConfigurationId(), real.format(), compact,
                real.holderKey(), real.claims(), real.disclosures(), real.vct(), real.issuer(), real.issuedAt(),
                real.expiresAt(), real.status(), real.notificationId())));
        return wallet;
    }

    /** The wallet presents to a new transaction, and the relying party reads it verified. */
    void assertVerified(Wallet wallet) {
        JsonNode transaction = open("");
        wallet.present(transaction.get("authorization_request").asText());
        assertEquals("verified", outcome(transaction).path("state").asText());
    }

    /** The response URI refuses unknown requests, malformed and oversized bodies with invalid_request, never a stack trace. */
    void theResponseUriRefusesWhatItCannotTake() throws Exception {
        HttpResponse<String> unknown = postForm(URI.create(StackActors.GATEWAY + "/verifier/responses/unknown-request"),
                "vp_token=%7B%7D&state=x");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertEquals("invalid_request", StackActors.json(unknown.body()).path("error").asText(), unknown.body());
        assertEquals(404, actors.https().get(URI.create(StackActors.GATEWAY + "/verifier/requests/unknown-request"), null,
                "application/oauth-authz-req+jwt").statusCode());

        JsonNode transaction = open(",\"response_mode\":\"direct_post\"");
        URI requestUri = URI.create(transaction.get("request_uri").asText());
        URI responseUri = URI.create(requestUri.toString().replace("/requests/", "/responses/"));
        // Expect: 100-continue, as a client sending a large body should: the refusal comes before the
        // body is sent, instead of a connection closed under a client still writing it.
        HttpResponse<String> oversized = actors.https().client().send(HttpRequest.newBuilder(responseUri)
                        .timeout(Duration.ofSeconds(20)).expectContinue(true)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("vp_token=" + "a".repeat(2 * 1024 * 1024) + "&state=x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, oversized.statusCode());
        assertEquals("pending", outcomeNow(transaction).path("state").asText(), "an oversized body changes nothing");

        String state = requestObjectClaim(requestUri, "state");
        HttpResponse<String> malformed = postForm(responseUri, "vp_token=not-json&state=" + URLEncoder.encode(state,
                StandardCharsets.UTF_8));
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertFalse(malformed.body().contains("Exception"), malformed.body());
        JsonNode outcome = outcome(transaction);
        assertEquals("failed", outcome.path("state").asText(), outcome.toString());
        assertTrue(outcome.path("failures").toString().contains("malformed_vp_token"), outcome.toString());
    }

    /** Relying-party calls need the role and a valid query. */
    void relyingPartyCallsNeedTheRoleAndAValidQuery() {
        URI transactions = URI.create(StackActors.GATEWAY + "/verifier/transactions");
        String body = "{\"dcql_query\":" + AGE_AND_NATIONALITY + "}";
        assertEquals(401, actors.https().post(transactions, null, body).statusCode());
        assertEquals(403, actors.https().post(transactions, actors.token("issuer-admin"), body).statusCode());
        HttpResponse<String> badQuery = actors.https().post(transactions, actors.token("verifier-rp"),
                "{\"dcql_query\":{\"credentials\":[]}}");
        assertEquals(400, badQuery.statusCode(), badQuery.body());
        assertEquals(404, actors.readTransaction("no-such-transaction", "").statusCode());
    }

    private String requestObjectClaim(URI requestUri, String claim) {
        HttpResponse<String> fetched = actors.https().get(requestUri, null, "application/oauth-authz-req+jwt");
        assertEquals(200, fetched.statusCode(), fetched.body());
        String payload = fetched.body().split("\\.")[1];
        return StackActors.json(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)).path(claim).asText();
    }

    private HttpResponse<String> postForm(URI uri, String form) throws Exception {
        return actors.https().client().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
