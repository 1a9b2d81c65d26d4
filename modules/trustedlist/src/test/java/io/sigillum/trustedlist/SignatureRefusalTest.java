package io.sigillum.trustedlist;

import io.sigillum.trustedlist.TrustedListException.Reason;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static io.sigillum.trustedlist.Refusals.refused;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignatureRefusalTest {

    private static final String DSIG = TrustedListSpec.NS_DSIG;

    @Test
    void aProviderNameChangedAfterSigningIsRefused() {
        String signed = new String(TestLists.signedGermanList(), StandardCharsets.UTF_8);
        String tampered = signed.replace(">Attestations GmbH<", ">Evil GmbH<");
        assertTrue(!tampered.equals(signed), "the test changed the list");

        refused(Reason.BAD_SIGNATURE, tampered.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aServiceCertificateSwappedAfterSigningIsRefused() throws Exception {
        String signed = new String(TestLists.signedGermanList(), StandardCharsets.UTF_8);
        String tampered = signed.replace(
                Base64.getEncoder().encodeToString(TestPki.PID_PROVIDER_CA.certificate().getEncoded()),
                Base64.getEncoder().encodeToString(TestPki.STRANGER.certificate().getEncoded()));
        assertTrue(!tampered.equals(signed), "the test changed the list");

        refused(Reason.BAD_SIGNATURE, tampered.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aListSignedByAnUnknownCertificateIsRefused() {
        byte[] xml = ListSigning.standard().sign(TestLists.germanList().xml(), TestPki.key(TestPki.STRANGER), TestPki.STRANGER.certificate());

        TrustedListException refusal = refused(Reason.UNKNOWN_SIGNER, xml);
        assertTrue(refusal.getMessage().contains("Someone else"), refusal.getMessage());
    }

    @Test
    void aKeyInfoNamingTheOperatorDoesNotMakeAnotherKeyTheOperators() {
        byte[] xml = ListSigning.standard().sign(TestLists.germanList().xml(), TestPki.key(TestPki.STRANGER), TestPki.DE_OPERATOR.certificate());

        refused(Reason.BAD_SIGNATURE, xml);
    }

    @Test
    void anUnsignedListIsRefused() {
        refused(Reason.UNSIGNED, TestLists.germanList().xml().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSha1DigestIsRefused() {
        byte[] xml = ListSigning.standard().digest(DigestMethod.SHA1)
                .sign(TestLists.germanList().xml(), TestPki.key(TestPki.DE_OPERATOR), TestPki.DE_OPERATOR.certificate());

        refused(Reason.WEAK_ALGORITHM, xml);
    }

    @Test
    void aSha1SignatureIsRefused() {
        byte[] xml = ListSigning.standard().signatureMethod(SignatureMethod.ECDSA_SHA1)
                .sign(TestLists.germanList().xml(), TestPki.key(TestPki.DE_OPERATOR), TestPki.DE_OPERATOR.certificate());

        refused(Reason.WEAK_ALGORITHM, xml);
    }

    @Test
    void signedContentMovedUnderAnotherListIsRefused() {
        // The attacker keeps the operator's signature at the top, moves the signed list into an
        // extension, and puts a list of their own where the reader looks.
        Document signed = ListSigning.parse(new String(TestLists.signedGermanList(), StandardCharsets.UTF_8));
        Document forged = ListSigning.parse(TestList.generic().sequenceNumber(99)
                .provider("Evil GmbH", List.of(), TestList.service(TestLists.PID_TYPE, "Evil PID", TrustedListSpec.SERVICE_STATUS_GRANTED,
                        "2025-01-01T00:00:00Z", TestList.certificateId(TestPki.STRANGER.certificate())))
                .xml());
        Element signature = signatureOf(signed);
        Element original = signed.getDocumentElement();
        original.removeChild(signature);
        Element extension = forged.createElementNS(TrustedListSpec.NS_TSL, "SchemeExtensions");
        extension.appendChild(forged.importNode(original, true));
        schemeInformation(forged).appendChild(extension);
        forged.getDocumentElement().appendChild(forged.importNode(signature, true));

        refused(Reason.BAD_SIGNATURE, ListSigning.serialize(forged));
    }

    @Test
    void aSignatureInsideTheContentRatherThanBesideItIsRefused() {
        // The whole signed list, signature included, is wrapped inside a forged list.
        Document signed = ListSigning.parse(new String(TestLists.signedGermanList(), StandardCharsets.UTF_8));
        Document forged = ListSigning.parse(TestList.generic().sequenceNumber(99).xml());
        Element extension = forged.createElementNS(TrustedListSpec.NS_TSL, "SchemeExtensions");
        extension.appendChild(forged.importNode(signed.getDocumentElement(), true));
        schemeInformation(forged).appendChild(extension);

        refused(Reason.SIGNATURE_SCOPE, ListSigning.serialize(forged));
    }

    @Test
    void aSignatureOverAnElementByIdRatherThanTheWholeDocumentIsRefused() {
        byte[] xml = ListSigning.standard().referenceById()
                .sign(TestLists.germanList().xml(), TestPki.key(TestPki.DE_OPERATOR), TestPki.DE_OPERATOR.certificate());

        TrustedListException refusal = refused(Reason.SIGNATURE_SCOPE, xml);
        assertTrue(refusal.getMessage().contains("#tsl does not point to an element inside the signature"), refusal.getMessage());
    }

    @Test
    void aSecondReferenceToAnElementOutsideTheSignatureIsRefused() {
        byte[] xml = ListSigning.standard().alsoReferencing("tsl")
                .sign(TestLists.germanList().xml(), TestPki.key(TestPki.DE_OPERATOR), TestPki.DE_OPERATOR.certificate());

        TrustedListException refusal = refused(Reason.SIGNATURE_SCOPE, xml);
        assertTrue(refusal.getMessage().contains("inside the signature"), refusal.getMessage());
    }

    @Test
    void aSignedPropertiesReferenceChangedAfterSigningIsRefused() {
        byte[] xml = ListSigning.standard().withSignedProperties()
                .sign(TestLists.germanList().xml(), TestPki.key(TestPki.DE_OPERATOR), TestPki.DE_OPERATOR.certificate());
        String tampered = new String(xml, StandardCharsets.UTF_8).replace(
                ">" + TestList.ISSUED + "</xades:SigningTime>", ">2020-01-01T00:00:00Z</xades:SigningTime>");
        assertTrue(!tampered.equals(new String(xml, StandardCharsets.UTF_8)), "the test changed the signed properties");

        refused(Reason.BAD_SIGNATURE, tampered.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSignatureThatLeavesTheProvidersUnsignedIsRefused() {
        byte[] xml = ListSigning.standard().excluding("ancestor-or-self::tsl:TrustServiceProviderList")
                .sign(TestLists.germanList().xml(), TestPki.key(TestPki.DE_OPERATOR), TestPki.DE_OPERATOR.certificate());
        String tampered = new String(xml, StandardCharsets.UTF_8).replace(">Attestations GmbH<", ">Evil GmbH<");

        refused(Reason.SIGNATURE_SCOPE, tampered.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSecondSignatureIsRefused() {
        Document once = ListSigning.parse(new String(TestLists.signedGermanList(), StandardCharsets.UTF_8));
        Document twice = ListSigning.standard().signDocument(once, TestPki.key(TestPki.STRANGER), TestPki.STRANGER.certificate());

        refused(Reason.SIGNATURE_SCOPE, ListSigning.serialize(twice));
    }

    @Test
    void aSignedListMissingARequiredElementIsMalformed() {
        String xml = TestLists.germanList().xml().replaceFirst("<TSLSequenceNumber>7</TSLSequenceNumber>", "");
        byte[] signed = ListSigning.standard().sign(xml, TestPki.key(TestPki.DE_OPERATOR), TestPki.DE_OPERATOR.certificate());

        refused(Reason.MALFORMED, signed);
    }

    @Test
    void aSignedListWithABrokenCertificateIsMalformed() {
        String xml = TestLists.germanList().xml().replaceFirst("<X509Certificate>", "<X509Certificate>AAAA");
        byte[] signed = ListSigning.standard().sign(xml, TestPki.key(TestPki.DE_OPERATOR), TestPki.DE_OPERATOR.certificate());

        refused(Reason.MALFORMED, signed);
    }

    private static Element signatureOf(Document document) {
        for (Node n = document.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && DSIG.equals(e.getNamespaceURI()) && "Signature".equals(e.getLocalName())) {
                return e;
            }
        }
        throw new AssertionError("no signature");
    }

    private static Element schemeInformation(Document document) {
        return (Element) document.getDocumentElement().getElementsByTagNameNS(TrustedListSpec.NS_TSL, "SchemeInformation").item(0);
    }
}
