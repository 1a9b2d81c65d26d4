package io.sigillum.sdjwt.vc;

import com.nimbusds.jose.JWSHeader;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Signer;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.crypto.x509.CertificateAuthority;
import io.sigillum.sdjwt.ClaimPath;
import io.sigillum.sdjwt.SdJwt;
import io.sigillum.sdjwt.SdJwtException;
import io.sigillum.sdjwt.internal.JwtPayloads;
import io.sigillum.sdjwt.presentation.KeyBindingJwt;
import io.sigillum.sdjwt.presentation.SdJwtPresenter;
import io.sigillum.sdjwt.verification.KeyBindingPolicy;
import io.sigillum.statuslist.reference.StatusReference;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our own SD-JWT VC issuance → presentation with chosen claims and a KB-JWT → verification. */
class SdJwtVcRoundTripTest {

    static final KeyPair ISSUER = EcKeyPairs.p256();
    static final KeyPair HOLDER = EcKeyPairs.p256();
    static final Signer ISSUER_SIGNER = LocalKeySigner.of("vc-issuer-1", ISSUER.getPrivate());
    static final Signer HOLDER_SIGNER = LocalKeySigner.of("holder", HOLDER.getPrivate());
    static final String ISS = "https://issuer.example";
    static final String VCT = "urn:eudi:pid:1";
    static final Instant NOW = Instant.parse("2025-11-01T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final KeyBindingPolicy POLICY = KeyBindingPolicy.of("https://verifier.example", "n-0S6_WzA2Mj", CLOCK);
    static final SdJwtVcVerifier VERIFIER = SdJwtVcVerifier
            .builder(Verifier.of(ISSUER.getPublic()), Set.of(SignatureAlgorithm.ES256), CLOCK).build();
    static final StatusReference STATUS = new StatusReference(URI.create("https://status.example/lists/7"), 4711);

    static CredentialContent.Builder pid() {
        return CredentialContent.builder(VCT, NOW.minus(Duration.ofDays(1)))
                .notBefore(NOW.minus(Duration.ofDays(1)))
                .expiresAt(NOW.plus(Duration.ofDays(30)))
                .holderKey(HOLDER.getPublic())
                .status(STATUS)
                .claims(Map.of(
                        "given_name", "Erika",
                        "family_name", "Mustermann",
                        "birthdate", "1964-08-12",
                        "address", Map.of("locality", "Köln", "country", "DE")))
                .disclosable(Set.of(ClaimPath.of("given_name"), ClaimPath.of("family_name"),
                        ClaimPath.of("birthdate"), ClaimPath.of("address"), ClaimPath.of("address", "locality"),
                        ClaimPath.of("iat")));
    }

    static SdJwt issue(CredentialContent content) {
        return SdJwtVcIssuer.builder(ISSUER_SIGNER, ISS).decoysPerLevel(2).build().issue(content);
    }

    static String present(SdJwt issued, List<ClaimPath> chosen) throws SdJwtException {
        SdJwt selected = SdJwtPresenter.select(issued, chosen);
        return KeyBindingJwt.attach(selected, HOLDER_SIGNER, POLICY.audience(), POLICY.nonce(), NOW).serialize();
    }

    @Test
    void theHolderPresentsChosenClaimsAndTheVerifierGetsTheProfileClaims() throws SdJwtException {
        String presentation = present(issue(pid().build()), List.of(ClaimPath.of("given_name"), ClaimPath.of("address", "locality")));

        VerifiedSdJwtVc verified = VERIFIER.verify(presentation, POLICY);

        assertTrue(verified.keyBound());
        assertEquals(VCT, verified.vct());
        assertEquals(Optional.of(ISS), verified.issuer());
        assertEquals(Optional.of(STATUS), verified.status());
        assertEquals(Optional.of(NOW.plus(Duration.ofDays(30))), verified.expiresAt());
        assertEquals(Optional.of(NOW.minus(Duration.ofDays(1))), verified.notBefore());
        assertTrue(verified.confirmation().orElseThrow().containsKey("jwk"));
        assertEquals("Erika", verified.claims().get("given_name"));
        assertEquals(Map.of("locality", "Köln", "country", "DE"), verified.claims().get("address"), "locality brings its parent");
        assertFalse(verified.claims().containsKey("family_name"));
        assertFalse(verified.claims().containsKey("birthdate"));
        // iat MAY be selectively disclosable, and here it was withheld.
        assertEquals(Optional.empty(), verified.issuedAt());
    }

    @Test
    void aDisclosedIatIsRead() throws SdJwtException {
        String presentation = present(issue(pid().build()), List.of(ClaimPath.of("iat")));
        assertEquals(Optional.of(NOW.minus(Duration.ofDays(1))), VERIFIER.verify(presentation, POLICY).issuedAt());
    }

    @Test
    void theHeaderIsDcSdJwtAndTheProfileClaimsAreInTheClear() throws ParseException, SdJwtException {
        SdJwt issued = issue(pid().build());
        JWSHeader header = header(issued);
        assertEquals("dc+sd-jwt", header.getType().getType());
        assertEquals("vc-issuer-1", header.getKeyID());
        assertNull(header.getX509CertChain(), "a signer without a chain puts no x5c");
        Map<String, Object> signed = JwtPayloads.unverified(issued.issuerSignedJwt());
        for (String name : List.of("iss", "vct", "nbf", "exp", "cnf", "status")) {
            assertTrue(signed.containsKey(name), name + " is not selectively disclosable");
        }
        assertFalse(signed.containsKey("iat"), "iat was asked to be disclosable");
        assertEquals(Map.of("status_list", Map.of("idx", 4711, "uri", "https://status.example/lists/7")),
                signed.get("status"));
    }

    @Test
    void aSignerWithACertificateChainPutsItInX5c() throws ParseException, SdJwtException {
        CertificateAuthority ca = CertificateAuthority.selfSigned("SD-JWT VC Test Issuer", Duration.ofDays(2));
        Signer certified = LocalKeySigner.of("vc-issuer-x509", ca.privateKey(), ca.chain());
        SdJwt issued = SdJwtVcIssuer.builder(certified, ISS).build().issue(pid().build());

        JWSHeader header = header(issued);
        assertEquals(1, header.getX509CertChain().size());
        SdJwtVcVerifier byCertificate = SdJwtVcVerifier.builder(Verifier.of(ca.certificate().getPublicKey()),
                Set.of(certified.algorithm()), CLOCK).build();
        assertEquals(VCT, byCertificate.verify(issued.serialize()).vct());
    }

    @Test
    void aCredentialWithoutDisclosableClaimsHasNoSdAndNoDisclosures() throws SdJwtException {
        SdJwt issued = issue(CredentialContent.builder(VCT, NOW).claims(Map.of("given_name", "Erika")).build());
        assertTrue(issued.disclosures().isEmpty());
        assertFalse(JwtPayloads.unverified(issued.issuerSignedJwt()).containsKey("_sd"));
        VerifiedSdJwtVc verified = VERIFIER.verify(issued.serialize());
        assertEquals("Erika", verified.claims().get("given_name"));
        assertEquals(Optional.empty(), verified.confirmation());
        assertEquals(Optional.empty(), verified.status());
    }

    static JWSHeader header(SdJwt issued) throws ParseException {
        String encoded = issued.issuerSignedJwt().substring(0, issued.issuerSignedJwt().indexOf('.'));
        return JWSHeader.parse(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
    }
}
