package io.sigillum.crypto.x509;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CertificatePathValidatorTest {

    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String MDOC_DOCUMENT_SIGNER = "1.0.18013.5.1.2";

    private static final CertificateAuthority ROOT = CertificateAuthority.selfSigned("Sigillum Test Root", Duration.ofDays(30));
    private static final IssuedCertificate LEAF = ROOT.issueServerCertificate(
            new ServerCertificateRequest("issuer.example", List.of("issuer.example"), Duration.ofDays(2)));
    private static final CertificatePathValidator VALIDATOR = new CertificatePathValidator(List.of(ROOT.certificate()));

    private static PathValidation.Reason reason(PathValidation outcome) {
        return assertInstanceOf(PathValidation.Invalid.class, outcome, "expected an invalid chain").reason();
    }

    @Test
    void aChainToTheAnchorIsValidWithOrWithoutTheRootAtItsEnd() {
        for (List<X509Certificate> chain : List.of(List.of(LEAF.certificate()), List.of(LEAF.certificate(), ROOT.certificate()))) {
            PathValidation outcome = VALIDATOR.validate(chain, Instant.now(), Optional.of(SERVER_AUTH));
            assertEquals(ROOT.certificate(), assertInstanceOf(PathValidation.Valid.class, outcome).anchor());
        }
    }

    @Test
    void aChainToAnotherRootIsUnknown() {
        CertificateAuthority other = CertificateAuthority.selfSigned("Someone Else's Root", Duration.ofDays(30));
        X509Certificate stranger = other.issueServerCertificate(
                new ServerCertificateRequest("stranger.example", List.of(), Duration.ofDays(2))).certificate();
        assertEquals(PathValidation.Reason.UNKNOWN_ANCHOR,
                reason(VALIDATOR.validate(List.of(stranger), Instant.now(), Optional.empty())));
    }

    @Test
    void aLeafSignedByAnImpostorWithTheRootsNameLeadsToNoAnchor() {
        CertificateAuthority impostor = CertificateAuthority.selfSigned("Sigillum Test Root", Duration.ofDays(30));
        X509Certificate forged = impostor.issueServerCertificate(
                new ServerCertificateRequest("issuer.example", List.of(), Duration.ofDays(2))).certificate();
        assertEquals(PathValidation.Reason.UNKNOWN_ANCHOR,
                reason(VALIDATOR.validate(List.of(forged), Instant.now(), Optional.empty())));
    }

    @Test
    void aLeafWhoseSignatureWasAlteredDoesNotVerify() throws Exception {
        byte[] der = LEAF.certificate().getEncoded();
        der[der.length - 1] ^= 0x01;
        X509Certificate altered = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
        assertEquals(PathValidation.Reason.BAD_SIGNATURE,
                reason(VALIDATOR.validate(List.of(altered), Instant.now(), Optional.empty())));
    }

    @Test
    void validityIsCheckedAtTheGivenTime() {
        assertEquals(PathValidation.Reason.EXPIRED,
                reason(VALIDATOR.validate(List.of(LEAF.certificate()), Instant.now().plus(Duration.ofDays(3)), Optional.empty())));
        assertEquals(PathValidation.Reason.NOT_YET_VALID,
                reason(VALIDATOR.validate(List.of(LEAF.certificate()), Instant.now().minus(Duration.ofDays(1)), Optional.empty())));
    }

    @Test
    void theLeafMustCarryTheRequiredExtendedKeyUsage() {
        assertEquals(PathValidation.Reason.EXTENDED_KEY_USAGE,
                reason(VALIDATOR.validate(List.of(LEAF.certificate()), Instant.now(), Optional.of(MDOC_DOCUMENT_SIGNER))));
    }

    @Test
    void anEmptyChainOrNoAnchorsAreRefused() {
        assertEquals(PathValidation.Reason.EMPTY_CHAIN, reason(VALIDATOR.validate(List.of(), Instant.now(), Optional.empty())));
        assertThrows(IllegalArgumentException.class, () -> new CertificatePathValidator(List.of()));
    }
}
