package io.sigillum.trustedlist;

import io.sigillum.trustedlist.model.KeyIdentifier;
import io.sigillum.trustedlist.model.TrustService;
import io.sigillum.trustedlist.model.TrustServiceProvider;
import io.sigillum.trustedlist.model.TrustedList;
import io.sigillum.trustedlist.model.TrustedListPointer;
import org.junit.jupiter.api.Test;

import javax.xml.crypto.dsig.SignatureMethod;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadingTest {

    private final TrustedListReader reader = TrustedListReader.withDefaults();

    @Test
    void aSignedListIsVerifiedAndMapped() throws Exception {
        TrustedList list = reader.read(TestLists.signedGermanList(), List.of(TestPki.DE_OPERATOR.certificate()));

        assertEquals(7, list.sequenceNumber());
        assertEquals(URI.create(TrustedListSpec.TSL_TYPE_EU_GENERIC), list.type());
        assertEquals("Federal Network Agency", list.operatorName(), "English is preferred among the operator's names");
        assertEquals("DE", list.territory());
        assertEquals(Instant.parse(TestList.ISSUED), list.issuedAt());
        assertEquals(Optional.of(Instant.parse(TestList.NEXT_UPDATE)), list.nextUpdate());
        assertEquals(TestPki.DE_OPERATOR.certificate(), list.signer());
        assertTrue(list.pointers().isEmpty());
        assertEquals(2, list.providers().size());

        TrustServiceProvider pid = list.providers().get(0);
        assertEquals("Bundesdruckerei PID", pid.name());
        assertEquals(List.of("BDR", "VATDE-123456789"), pid.tradeNames());
        TrustService pidService = pid.services().get(0);
        assertEquals(URI.create(TestLists.PID_TYPE), pidService.type());
        assertEquals("PID issuance", pidService.name());
        assertEquals(URI.create(TrustedListSpec.SERVICE_STATUS_GRANTED), pidService.status());
        assertEquals(Instant.parse("2025-06-01T00:00:00Z"), pidService.statusStartingAt());
        assertEquals(List.of(TestPki.PID_PROVIDER_CA.certificate()), pidService.identity().certificates());

        TrustServiceProvider attestations = list.providers().get(1);
        assertEquals("Attestations GmbH", attestations.name());
        assertEquals(List.of(), attestations.tradeNames());
        assertEquals(2, attestations.services().size());
        TrustService current = attestations.services().get(0);
        assertEquals(Instant.parse("2025-07-01T10:30:00Z"), current.statusStartingAt(), "an offset is converted to UTC");
        assertEquals(List.of(TestPki.ATTESTATION_CA.certificate(), TestPki.ATTESTATION_CA_2.certificate()),
                current.identity().certificates());
        TrustService withdrawn = attestations.services().get(1);
        assertEquals(URI.create(TrustedListSpec.SERVICE_STATUS_WITHDRAWN), withdrawn.status());
        assertEquals(List.of(), withdrawn.identity().certificates());
        assertEquals(List.of("CN=Old Attestation CA,O=Attestations GmbH,C=DE"), withdrawn.identity().subjectNames());
        assertEquals(List.of(KeyIdentifier.of(TestLists.SKI)), withdrawn.identity().subjectKeyIdentifiers());
    }

    @Test
    void anyOfSeveralConfiguredCertificatesMaySign() throws Exception {
        TrustedList list = reader.read(TestLists.signedGermanList(),
                List.of(TestPki.STRANGER.certificate(), TestPki.DE_OPERATOR.certificate()));

        assertEquals(TestPki.DE_OPERATOR.certificate(), list.signer());
    }

    @Test
    void aListOfTrustedListsPointsToListsAndTheCertificatesThatSignThem() throws Exception {
        byte[] lotlXml = ListSigning.standard().sign(TestList.listOfLists().sequenceNumber(321)
                        .pointer("https://tl.example.test/DE.xml", "DE", TrustedListSpec.MIME_TYPE_TSL_XML, TestPki.DE_OPERATOR.certificate())
                        .pointer("https://tl.example.test/DE.pdf", "DE", TrustedListSpec.MIME_TYPE_PDF, TestPki.DE_OPERATOR.certificate())
                        .xml(),
                TestPki.key(TestPki.LOTL_OPERATOR), TestPki.LOTL_OPERATOR.certificate());

        TrustedList lotl = reader.read(lotlXml, List.of(TestPki.LOTL_OPERATOR.certificate()));

        assertEquals(URI.create(TrustedListSpec.TSL_TYPE_EU_LIST_OF_THE_LISTS), lotl.type());
        assertEquals("EU", lotl.territory());
        assertEquals(321, lotl.sequenceNumber());
        assertTrue(lotl.providers().isEmpty());
        assertEquals(2, lotl.pointers().size());
        TrustedListPointer xml = lotl.pointers().get(0);
        assertEquals(URI.create("https://tl.example.test/DE.xml"), xml.location());
        assertEquals(Optional.of("DE"), xml.territory());
        assertEquals(Optional.of(URI.create(TrustedListSpec.TSL_TYPE_EU_GENERIC)), xml.type());
        assertEquals(Optional.of(TrustedListSpec.MIME_TYPE_TSL_XML), xml.mimeType());
        assertTrue(xml.machineProcessable());
        assertEquals(List.of(TestPki.DE_OPERATOR.certificate()), xml.signingCertificates());
        assertFalse(lotl.pointers().get(1).machineProcessable(), "the PDF form is not followed");

        // Following the pointer: the pointed-to list is read with the certificates the LoTL names.
        TrustedList german = reader.read(TestLists.signedGermanList(), xml.signingCertificates());
        assertEquals("DE", german.territory());
        TrustedListException notTheLotlKey = assertThrows(TrustedListException.class,
                () -> reader.read(TestLists.signedGermanList(), List.of(TestPki.LOTL_OPERATOR.certificate())));
        assertEquals(TrustedListException.Reason.UNKNOWN_SIGNER, notTheLotlKey.reason());
    }

    @Test
    void aXadesStyleReferenceToSignedPropertiesInsideTheSignatureIsAccepted() throws Exception {
        byte[] xml = ListSigning.standard().withSignedProperties()
                .sign(TestLists.germanList().xml(), TestPki.key(TestPki.DE_OPERATOR), TestPki.DE_OPERATOR.certificate());

        TrustedList list = reader.read(xml, List.of(TestPki.DE_OPERATOR.certificate()));

        assertEquals(2, list.providers().size());
    }

    @Test
    void anRsaSignedListIsVerified() throws Exception {
        RsaOperator operator = RsaOperator.create();
        byte[] xml = ListSigning.standard().signatureMethod(SignatureMethod.RSA_SHA256)
                .sign(TestLists.germanList().territory("FR").xml(), operator.keys().getPrivate(), operator.certificate());

        TrustedList list = reader.read(xml, List.of(TestPki.DE_OPERATOR.certificate(), operator.certificate()));

        assertEquals("FR", list.territory());
        assertEquals(operator.certificate(), list.signer());
    }

    @Test
    void theKeyIsFoundAmongTheConfiguredCertificatesWithoutAnyKeyInfo() throws Exception {
        byte[] xml = ListSigning.standard().withoutKeyInfo()
                .sign(TestLists.germanList().xml(), TestPki.key(TestPki.DE_OPERATOR), TestPki.DE_OPERATOR.certificate());

        assertEquals(TestPki.DE_OPERATOR.certificate(),
                reader.read(xml, List.of(TestPki.STRANGER.certificate(), TestPki.DE_OPERATOR.certificate())).signer());
        Refusals.refused(TrustedListException.Reason.UNKNOWN_SIGNER, xml, List.of(TestPki.STRANGER.certificate()));
    }

    @Test
    void aClosedListHasNoNextUpdate() throws Exception {
        byte[] xml = ListSigning.standard().sign(TestLists.germanList().closed().xml(),
                TestPki.key(TestPki.DE_OPERATOR), TestPki.DE_OPERATOR.certificate());

        TrustedList list = reader.read(xml, List.of(TestPki.DE_OPERATOR.certificate()));

        assertTrue(list.closed());
    }

    @Test
    void aStreamIsReadLikeBytes() throws Exception {
        TrustedList list = reader.read(new ByteArrayInputStream(TestLists.signedGermanList()),
                List.of(TestPki.DE_OPERATOR.certificate()));

        assertEquals(2, list.providers().size());
    }

    @Test
    void noSigningCertificateIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> reader.read(TestLists.signedGermanList(), List.of()));
    }
}
