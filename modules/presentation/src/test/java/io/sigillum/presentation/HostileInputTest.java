package io.sigillum.presentation;

import io.sigillum.crypto.x509.DerCertificates;
import io.sigillum.presentation.fixture.Fixture;
import io.sigillum.sdjwt.SdJwt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;

import static io.sigillum.presentation.fixture.Fixture.CLIENT_ID;
import static io.sigillum.presentation.fixture.Fixture.NONCE;
import static io.sigillum.presentation.fixture.Fixture.bind;
import static io.sigillum.presentation.fixture.Fixture.defaultDisclosure;
import static io.sigillum.presentation.fixture.Fixture.holder;
import static io.sigillum.presentation.fixture.Fixture.pidQuery;
import static io.sigillum.presentation.fixture.Fixture.select;
import static io.sigillum.presentation.fixture.Fixture.vpToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Forged signatures and malformed input: a clear failure, never an exception. */
class HostileInputTest {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final Fixture fixture = new Fixture();
    private final PresentationVerifier verifier = fixture.verifier();

    private static void assertOnly(FailureReason reason, PresentationResult result) {
        PresentationResult.Failed failed = assertInstanceOf(PresentationResult.Failed.class, result, String.valueOf(result));
        assertEquals(List.of(reason), failed.failures().stream().map(Failure::reason).toList(), failed::toString);
    }

    private PresentationResult verify(String vpToken) {
        return verifier.verify(vpToken, pidQuery(), fixture.context());
    }

    /** The issued credential's payload and Disclosures under another header and signature, then bound by the holder. */
    private String forged(String headerJson, Forger signature) throws GeneralSecurityException {
        SdJwt chosen = select(fixture.issuePid(), defaultDisclosure());
        String payload = chosen.issuerSignedJwt().split("\\.")[1];
        String signingInput = BASE64URL.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "." + payload;
        String jwt = signingInput + "." + signature.sign(signingInput.getBytes(StandardCharsets.US_ASCII));
        return bind(SdJwt.of(jwt, chosen.disclosures()), holder(), CLIENT_ID, NONCE, fixture.now());
    }

    private interface Forger {
        String sign(byte[] signingInput) throws GeneralSecurityException;
    }

    private String x5cJson() {
        return "[\"" + String.join("\",\"", DerCertificates.toX5c(fixture.pid().leaf.chain())) + "\"]";
    }

    @Test
    void algNone() throws GeneralSecurityException {
        String presentation = forged("{\"alg\":\"none\",\"typ\":\"dc+sd-jwt\",\"x5c\":" + x5cJson() + "}", input -> "");
        assertOnly(FailureReason.ALGORITHM_NOT_ALLOWED, verify(vpToken("pid", presentation)));
    }

    @Test
    void hmacKeyedWithTheIssuersPublicKey() throws GeneralSecurityException {
        byte[] publicKey = fixture.pid().leaf.certificate().getPublicKey().getEncoded();
        String presentation = forged("{\"alg\":\"HS256\",\"typ\":\"dc+sd-jwt\",\"x5c\":" + x5cJson() + "}", input -> {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(publicKey, "HmacSHA256"));
            return BASE64URL.encodeToString(mac.doFinal(input));
        });
        assertOnly(FailureReason.ALGORITHM_NOT_ALLOWED, verify(vpToken("pid", presentation)));
    }

    @Test
    void anAllowedAlgorithmWithAnotherSignature() throws GeneralSecurityException {
        String otherSignature = fixture.issuePid().issuerSignedJwt().split("\\.")[2];
        String presentation = forged("{\"alg\":\"ES256\",\"typ\":\"dc+sd-jwt\",\"x5c\":" + x5cJson() + "}", input -> otherSignature);
        assertOnly(FailureReason.SIGNATURE_INVALID, verify(vpToken("pid", presentation)));
    }

    @Test
    void noX5cHeader() throws GeneralSecurityException {
        String presentation = forged("{\"alg\":\"ES256\",\"typ\":\"dc+sd-jwt\"}", input -> "AAAA");
        assertOnly(FailureReason.ISSUER_UNTRUSTED, verify(vpToken("pid", presentation)));
    }

    @Test
    void anX5cLeafThatIsNoCertificate() throws GeneralSecurityException {
        String presentation = forged("{\"alg\":\"ES256\",\"typ\":\"dc+sd-jwt\",\"x5c\":[\"AAECAwQ=\"]}", input -> "AAAA");
        assertOnly(FailureReason.ISSUER_UNTRUSTED, verify(vpToken("pid", presentation)));
    }

    @Test
    void anOversizedVpToken() {
        PresentationVerifier small = PresentationVerifier.builder(() -> fixture.trust.get().get(), fixture.statusLists)
                .maxVpTokenChars(100).build();
        String vpToken = vpToken("pid", fixture.present(fixture.issuePid(), defaultDisclosure()));
        assertOnly(FailureReason.MALFORMED, small.verify(vpToken, pidQuery(), fixture.context()));
        assertEquals(0, fixture.fetcher.fetches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "\"pid\"", "null", "{\"pid\":\"a~b~\"}", "{\"pid\":[]}", "{\"pid\":[1]}",
        "{\"pid\":[{}]}", "{\"pid\":[[\"a\"]]}", "{\"pid\":[null]}", "{\"pid\":[\"a\"],\"pid\":[\"b\"]}", "{\"pid\":[\"a\"]} {}",
        "{\"pid\":[\"a\"]", "{\"pid\":[\"a\"],}"})
    void aVpTokenThatIsNotAnObjectOfArraysOfStrings(String vpToken) {
        assertOnly(FailureReason.MALFORMED, verify(vpToken));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "~", "~~~", "e30~", "e30.e30.~", "eyJhbGciOiJFUzI1NiJ9~", "!!!.e30.AA~x~",
        "eyJhbGciOiJFUzI1NiIsIng1YyI6WyIhIl19.e30.AA~"})
    void aPresentationThatIsNoSdJwt(String presentation) {
        PresentationResult result = verify(vpToken("pid", presentation));
        PresentationResult.Failed failed = assertInstanceOf(PresentationResult.Failed.class, result, result::toString);
        assertEquals(1, failed.failures().size(), failed::toString);
        // Refused by a rule, not by the last-resort catch of an unexpected exception.
        assertEquals(false, failed.failures().getFirst().detail().contains("could not be read ("), failed::toString);
    }

    @Test
    void nullArgumentsAreMalformedInput() {
        assertOnly(FailureReason.MALFORMED, verifier.verify(null, pidQuery(), fixture.context()));
        assertOnly(FailureReason.MALFORMED, verifier.verify("{}", null, fixture.context()));
        assertOnly(FailureReason.MALFORMED, verifier.verify("{}", pidQuery(), null));
    }

    @Test
    void anEmptyVpTokenSatisfiesNoQuery() {
        assertOnly(FailureReason.QUERY_NOT_SATISFIED, verify("{}"));
    }
}
