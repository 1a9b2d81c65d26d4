package io.sigillum.wallet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.crypto.x509.DerCertificates;
import io.sigillum.sdjwt.SdJwt;
import io.sigillum.sdjwt.SdJwtException;
import io.sigillum.sdjwt.verification.KeyBindingPolicy;
import io.sigillum.sdjwt.verification.SdJwtVerifier;
import io.sigillum.sdjwt.verification.VerifiedSdJwt;
import io.sigillum.wallet.WalletException.RequestCheck;
import io.sigillum.wallet.WalletException.Step;
import io.sigillum.wallet.presentation.PresentationOptions;
import io.sigillum.wallet.presentation.PresentationResult;
import io.sigillum.wallet.testing.FakeIssuer;
import io.sigillum.wallet.testing.FakeVerifier;
import io.sigillum.wallet.testing.TestPki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OpenID4VP presentation against an in-test verifier over HTTPS, with a credential from the in-test issuer. */
class PresentationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestPki pki = new TestPki("Presentation Test Root");
    private final FakeIssuer issuer = new FakeIssuer(pki);
    private final FakeVerifier verifier = new FakeVerifier(pki);
    private final List<WalletStep> steps = new CopyOnWriteArrayList<>();
    private Wallet wallet;

    @BeforeEach
    void receiveACredential() {
        wallet = wallet(builder -> { });
        wallet.receive(issuer.offerByValue(), null);
        steps.clear();
    }

    @AfterEach
    void stop() {
        issuer.close();
        verifier.close();
    }

    private Wallet wallet(Consumer<Wallet.Builder> configure) {
        Wallet.Builder builder = Wallet.builder().httpClient(pki.client()).trustAnchors(List.of(pki.root()))
                .verifierTrustAnchors(List.of(pki.root())).listener(steps::add);
        configure.accept(builder);
        return builder.build();
    }

    @Test
    void presentsOnlyTheRequestedClaimWithKeyBindingByDirectPost() throws Exception {
        PresentationResult result = wallet.present(verifier.link());

        assertEquals(List.of(), verifier.problems);
        Map<String, String> posted = verifier.requestUriPosts.getFirst();
        JsonNode walletMetadata = JSON.readTree(posted.get("wallet_metadata"));
        assertTrue(walletMetadata.path("vp_formats_supported").has("dc+sd-jwt"));
        assertTrue(walletMetadata.has("request_object_signing_alg_values_supported"));
        assertTrue(posted.get("wallet_nonce").length() >= 22, "128 random bits, base64url");

        Map<String, String> response = verifier.responses.getFirst();
        assertEquals(Set.of("vp_token", "state"), response.keySet());
        assertEquals(verifier.state, response.get("state"));
        JsonNode vpToken = JSON.readTree(response.get("vp_token"));
        assertEquals(List.of("pid"), names(vpToken));
        assertEquals(1, vpToken.get("pid").size());
        String presentation = vpToken.get("pid").get(0).asText();
        VerifiedSdJwt verified = verify(presentation, verifier.clientId(), verifier.nonce);
        assertEquals("Erika", verified.claims().get("given_name"));
        assertFalse(verified.claims().containsKey("family_name"), "not requested, not disclosed");
        assertFalse(verified.claims().containsKey("birthdate"), "not requested, not disclosed");
        assertEquals(1, verified.disclosures().size());

        assertEquals(Optional.of(URI.create(verifier.redirectUri)), result.redirectUri());
        assertEquals("x509_san_dns:localhost", result.clientId());
        assertEquals(presentation, result.vpToken().get("pid").getFirst());
        assertTrue(result.presented());

        List<Class<?>> kinds = steps.stream().<Class<?>>map(Object::getClass).toList();
        assertEquals(List.of(WalletStep.AuthorizationRequestResolved.class, WalletStep.PresentationRequested.class,
                WalletStep.CredentialPresented.class, WalletStep.ResponseSent.class), kinds);
        WalletStep.AuthorizationRequestResolved resolved = (WalletStep.AuthorizationRequestResolved) steps.getFirst();
        assertTrue(resolved.signed() && resolved.byReference() && resolved.trustAnchor().isPresent());
        assertEquals(Optional.of("post"), resolved.requestUriMethod());
        WalletStep.CredentialPresented presented = (WalletStep.CredentialPresented) steps.get(2);
        assertEquals(List.of("given_name"), presented.disclosedClaims());
        assertTrue(presented.keyBound());
        assertTrue(steps.stream().noneMatch(step -> step.toString().contains("Erika")), "no step shows a claim value");
    }

    @Test
    void encryptsTheResponseToTheVerifiersKeyForDirectPostJwt() throws Exception {
        verifier.prefix = FakeVerifier.Prefix.X509_HASH;
        verifier.requestUriMethod = null;
        verifier.responseMode = "direct_post.jwt";
        verifier.encValues = List.of("A512GCM-unknown", "A256GCM");

        PresentationResult result = wallet.present(verifier.link());

        assertEquals(List.of(), verifier.requestUriPosts, "GET without request_uri_method");
        Map<String, String> response = verifier.responses.getFirst();
        assertEquals(Set.of("response"), response.keySet(), "nothing in the clear");
        JWEObject jwe = JWEObject.parse(response.get("response"));
        assertEquals("ECDH-ES", jwe.getHeader().getAlgorithm().getName());
        assertEquals("A256GCM", jwe.getHeader().getEncryptionMethod().getName(), "the one enc the wallet supports");
        assertEquals("enc-1", jwe.getHeader().getKeyID());
        jwe.decrypt(new ECDHDecrypter(verifier.encryptionKey));
        JsonNode payload = JSON.readTree(jwe.getPayload().toString());
        assertEquals(verifier.state, payload.get("state").asText());
        assertTrue(payload.get("vp_token").isObject(), "§8.3: the VP Token as a JSON object member");
        String clientId = "x509_hash:" + FakeVerifier.hash(verifier.certificate());
        assertEquals(clientId, result.clientId());
        VerifiedSdJwt verified = verify(payload.get("vp_token").get("pid").get(0).asText(), clientId, verifier.nonce);
        assertEquals(Set.of("given_name"), Set.copyOf(verified.disclosures().stream().map(d -> d.name().orElseThrow()).toList()));
    }

    @Test
    void readsTheSameQueryOnHaipAndHttpsLinks() {
        wallet.present(verifier.link().replace("openid4vp://", "haip-vp://"));
        wallet.present(verifier.link().replace("openid4vp://", "https://wallet.example/authorize"));
        assertEquals(2, verifier.responses.size());
        WalletException notALink = assertThrows(WalletException.class, () -> wallet.present("client_id=x"));
        assertEquals(Optional.of(RequestCheck.MALFORMED), notALink.requestCheck());
    }

    @Test
    void encryptsWithA128GcmWhenTheVerifierNamesNoEnc() throws Exception {
        verifier.responseMode = "direct_post.jwt";
        wallet.present(verifier.link());
        JWEObject jwe = JWEObject.parse(verifier.responses.getFirst().get("response"));
        assertEquals("A128GCM", jwe.getHeader().getEncryptionMethod().getName());
    }

    @Test
    void prefersA256GcmWhenTheVerifierListsBoth() throws Exception {
        verifier.responseMode = "direct_post.jwt";
        verifier.encValues = List.of("A128GCM", "A256GCM");
        wallet.present(verifier.link());
        JWEObject jwe = JWEObject.parse(verifier.responses.getFirst().get("response"));
        assertEquals("A256GCM", jwe.getHeader().getEncryptionMethod().getName(), "HAIP 1.0: A256GCM when both");
    }

    @Test
    void refusesDirectPostJwtWithoutAnEncValueItMakes() {
        verifier.responseMode = "direct_post.jwt";
        verifier.encValues = List.of("A512GCM-unknown");
        WalletException refused = assertThrows(WalletException.class, () -> wallet.present(verifier.link()));
        assertEquals(Optional.of(RequestCheck.ENCRYPTION), refused.requestCheck());
        assertEquals(List.of(), verifier.responses);
    }

    @Test
    void refusesAMissingNonce() {
        verifier.omitNonce = true;
        assertRefused(RequestCheck.NONCE);
    }

    @Test
    void refusesAResponseTypeOtherThanVpToken() {
        verifier.responseType = "vp_token id_token";
        assertRefused(RequestCheck.RESPONSE_TYPE);
    }

    @Test
    void refusesAWrongType() {
        verifier.typ = "jwt";
        assertRefused(RequestCheck.TYPE);
    }

    @Test
    void refusesABadSignature() {
        verifier.signWithOtherKey = true;
        assertRefused(RequestCheck.SIGNATURE);
    }

    @Test
    void refusesAnX509HashThatIsNotTheLeafs() {
        verifier.clientIdOverride = "x509_hash:" + FakeVerifier.hash(pki.root());
        assertRefused(RequestCheck.CLIENT_ID);
    }

    @Test
    void refusesAnX509SanDnsClientWhoseResponseUriIsOnAnotherHost() {
        verifier.responseUriOverride = "https://verifier.example/response";
        assertRefused(RequestCheck.RESPONSE_URI);
    }

    @Test
    void refusesAnX509SanDnsNameTheCertificateDoesNotCarry() {
        verifier.clientIdOverride = "x509_san_dns:verifier.example";
        verifier.responseUriOverride = "https://verifier.example/response";
        assertRefused(RequestCheck.CERTIFICATE_NAME);
    }

    @Test
    void refusesAnInnerClientIdThatIsNotTheOuterOne() {
        verifier.prefix = FakeVerifier.Prefix.X509_HASH;
        verifier.innerClientIdOverride = "x509_san_dns:localhost";
        assertRefused(RequestCheck.CLIENT_ID);
    }

    @Test
    void refusesAnUnsignedRequestFromAnX509Client() {
        verifier.unsigned = true;
        assertRefused(RequestCheck.UNSIGNED);
        verifier.prefix = FakeVerifier.Prefix.X509_HASH;
        assertRefused(RequestCheck.UNSIGNED);
    }

    @Test
    void refusesARequestObjectWithoutTheWalletNonce() {
        verifier.echoWalletNonce = false;
        assertRefused(RequestCheck.WALLET_NONCE);
    }

    @Test
    void refusesAnExpiredRequestObject() {
        verifier.expiresAt = Instant.now().getEpochSecond() - 60;
        assertRefused(RequestCheck.EXPIRED);
    }

    @Test
    void refusesAnUnknownResponseMode() {
        verifier.responseMode = "fragment";
        assertRefused(RequestCheck.RESPONSE_MODE);
    }

    @Test
    void refusesAChainThatLeadsToNoVerifierAnchor() {
        wallet = wallet(builder -> builder.verifierTrustAnchors(List.of(new TestPki("Other Root").root())));
        assertRefused(RequestCheck.CERTIFICATE_CHAIN);
    }

    @Test
    void checksNoChainWithoutVerifierAnchors() {
        Wallet withoutAnchors = Wallet.builder().httpClient(pki.client()).trustAnchors(List.of(pki.root())).listener(steps::add).build();
        withoutAnchors.store().addAll(wallet.store().all());
        withoutAnchors.present(verifier.link());
        assertEquals(1, verifier.responses.size());
        assertEquals(Optional.empty(), ((WalletStep.AuthorizationRequestResolved) steps.getFirst()).trustAnchor());
    }

    @Test
    void answersUnsignedRedirectUriRequestsOnlyWhenDevelopmentVerifiersAreAccepted() {
        verifier.prefix = FakeVerifier.Prefix.REDIRECT_URI;
        WalletException refused = assertThrows(WalletException.class, () -> wallet.present(verifier.plainLink()));
        assertEquals(Optional.of(RequestCheck.UNSIGNED), refused.requestCheck());

        Wallet development = wallet(builder -> builder.acceptDevelopmentVerifiers(true));
        development.store().addAll(wallet.store().all());
        PresentationResult result = development.present(verifier.plainLink());
        assertEquals("redirect_uri:" + verifier.responseUri(), result.clientId());
        assertEquals(1, verifier.responses.size());

        verifier.unsigned = false;
        WalletException signed = assertThrows(WalletException.class, () -> development.present(verifier.link()));
        assertEquals(Optional.of(RequestCheck.SIGNED), signed.requestCheck());
    }

    @Test
    void sendsAccessDeniedWhenNothingMatches() {
        verifier.dcqlQuery = """
                {"credentials": [{"id": "mdl", "format": "dc+sd-jwt", "meta": {"vct_values": ["urn:example:mdl"]}}]}""";
        PresentationResult result = wallet.present(verifier.link());

        Map<String, String> response = verifier.responses.getFirst();
        assertEquals("access_denied", response.get("error"));
        assertEquals(verifier.state, response.get("state"));
        assertFalse(response.containsKey("vp_token"));
        assertEquals(Optional.of("access_denied"), result.error());
        assertFalse(result.presented());
        assertEquals(Optional.of(URI.create(verifier.redirectUri)), result.redirectUri());
    }

    @Test
    void encryptsAccessDeniedInDirectPostJwt() throws Exception {
        verifier.responseMode = "direct_post.jwt";
        verifier.dcqlQuery = """
                {"credentials": [{"id": "pid", "format": "dc+sd-jwt", "meta": {"vct_values": ["urn:eudi:pid:1"]},
                  "claims": [{"path": ["nationality"]}]}]}""";
        assertFalse(wallet.present(verifier.link()).presented(), "the PID has no nationality");
        JWEObject jwe = JWEObject.parse(verifier.responses.getFirst().get("response"));
        jwe.decrypt(new ECDHDecrypter(verifier.encryptionKey));
        JsonNode payload = JSON.readTree(jwe.getPayload().toString());
        assertEquals("access_denied", payload.get("error").asText());
        assertEquals(verifier.state, payload.get("state").asText());
        assertFalse(payload.has("vp_token"));
    }

    @Test
    void surfacesTheVerifiersRefusal() {
        verifier.answerStatus = 400;
        verifier.answerBody = Map.of("error", "invalid_request", "error_description", "nonce mismatch");
        WalletException refused = assertThrows(WalletException.class, () -> wallet.present(verifier.link()));
        assertEquals(Step.RESPONSE, refused.step());
        assertEquals(400, refused.httpStatus().orElseThrow());
        assertEquals(Optional.of("invalid_request"), refused.error());
        assertEquals(Optional.of("nonce mismatch"), refused.errorDescription());
    }

    @Test
    void misbehavesInTheKeyBindingJwtWhenAsked() throws Exception {
        assertPresentationRefused(PresentationOptions.builder().wrongNonce().build(), SdJwtException.Reason.KEY_BINDING_WRONG_NONCE);
        assertPresentationRefused(PresentationOptions.builder().wrongAudience().build(), SdJwtException.Reason.KEY_BINDING_WRONG_AUDIENCE);
        assertPresentationRefused(PresentationOptions.builder().withoutKeyBinding().build(), SdJwtException.Reason.KEY_BINDING_MISSING);
        assertPresentationRefused(PresentationOptions.builder().keyBindingWithOtherKey().build(), SdJwtException.Reason.KEY_BINDING_BAD_SIGNATURE);
        assertPresentationRefused(PresentationOptions.builder().keyBindingAge(java.time.Duration.ofHours(1)).build(),
                SdJwtException.Reason.KEY_BINDING_IAT_OUT_OF_WINDOW);
    }

    @Test
    void misbehavesInTheDisclosuresWhenAsked() throws Exception {
        assertPresentationRefused(PresentationOptions.builder().tamperedDisclosure().build(), SdJwtException.Reason.UNREFERENCED_DISCLOSURE);
        assertPresentationRefused(PresentationOptions.builder().extraDisclosure().build(), SdJwtException.Reason.UNREFERENCED_DISCLOSURE);
        assertTrue(steps.stream().anyMatch(WalletStep.Misbehaving.class::isInstance));
    }

    @Test
    void sendsTheVpTokenInTheClearInJwtModeWhenAsked() {
        verifier.responseMode = "direct_post.jwt";
        wallet.present(verifier.link(), PresentationOptions.builder().unencryptedInJwtMode().build());
        assertEquals(Set.of("vp_token", "state"), verifier.responses.getFirst().keySet());
    }

    @Test
    void encryptsToAnotherKeyWhenAsked() throws Exception {
        verifier.responseMode = "direct_post.jwt";
        wallet.present(verifier.link(), PresentationOptions.builder().encryptToOtherKey().build());
        JWEObject jwe = JWEObject.parse(verifier.responses.getFirst().get("response"));
        assertEquals("enc-1", jwe.getHeader().getKeyID(), "it still names the verifier's key");
        assertThrows(JOSEException.class, () -> jwe.decrypt(new ECDHDecrypter(verifier.encryptionKey)));
    }

    @Test
    void replaysTheLastResponse() {
        wallet.present(verifier.link());
        wallet.replayLastResponse();
        assertEquals(2, verifier.responses.size());
        assertEquals(verifier.responses.get(0), verifier.responses.get(1));

        PresentationResult replayed = wallet.present(verifier.link(), PresentationOptions.builder().replayLastResponse().build());
        assertEquals(3, verifier.responses.size());
        assertEquals(verifier.responses.get(0), verifier.responses.get(2));
        assertEquals(Map.of(), replayed.vpToken());
    }

    @Test
    void usesTheCopiesOfABatchInTurnThenReusesThem() throws Exception {
        Wallet batch = wallet(builder -> builder.batchSize(2));
        batch.receive(issuer.offerByValue(), null);
        batch.present(verifier.link());
        batch.present(verifier.link());
        batch.present(verifier.link());
        List<String> issuerSigned = new java.util.ArrayList<>();
        for (Map<String, String> response : verifier.responses) {
            issuerSigned.add(SdJwt.parse(JSON.readTree(response.get("vp_token")).get("pid").get(0).asText()).issuerSignedJwt());
        }
        assertNotEquals(issuerSigned.get(0), issuerSigned.get(1), "two presentations, two unlinkable copies");
        assertTrue(Set.of(issuerSigned.get(0), issuerSigned.get(1)).contains(issuerSigned.get(2)), "then a copy again");
        assertNotEquals(verifier.requestUriPosts.get(0).get("wallet_nonce"), verifier.requestUriPosts.get(1).get("wallet_nonce"));
    }

    private void assertPresentationRefused(PresentationOptions options, SdJwtException.Reason reason) throws Exception {
        int before = verifier.responses.size();
        wallet.present(verifier.link(), options);
        String presentation = JSON.readTree(verifier.responses.get(before).get("vp_token")).get("pid").get(0).asText();
        SdJwtException refused = assertThrows(SdJwtException.class, () -> verify(presentation, verifier.clientId(), verifier.nonce));
        assertEquals(reason, refused.reason(), options.misbehaviours().toString());
    }

    private void assertRefused(RequestCheck check) {
        WalletException refused = assertThrows(WalletException.class, () -> wallet.present(verifier.link()));
        assertEquals(Step.AUTHORIZATION_REQUEST, refused.step());
        assertEquals(Optional.of(check), refused.requestCheck(), refused.getMessage());
        assertEquals(List.of(), verifier.responses, "nothing is sent to a verifier the wallet refuses");
    }

    /** The verifier's side: issuer signature with the credential's x5c leaf, Disclosures, and Key Binding. */
    private static VerifiedSdJwt verify(String presentation, String audience, String nonce) throws SdJwtException, ParseException {
        String issuerSigned = SdJwt.parse(presentation).issuerSignedJwt();
        var leaf = DerCertificates.parse(JWSObject.parse(issuerSigned).getHeader().getX509CertChain().getFirst().decode());
        return SdJwtVerifier.of(Verifier.of(leaf.getPublicKey()), EnumSet.allOf(SignatureAlgorithm.class))
                .verify(presentation, KeyBindingPolicy.of(audience, nonce, Clock.systemUTC()));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
