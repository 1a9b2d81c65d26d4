package io.sigillum.trustedlist;

import java.util.List;

import static io.sigillum.trustedlist.TestList.certificateId;
import static io.sigillum.trustedlist.TestList.service;
import static io.sigillum.trustedlist.TestList.skiId;
import static io.sigillum.trustedlist.TestList.subjectNameId;

/** The lists most tests start from. */
final class TestLists {

    static final String PID_TYPE = "http://uri.etsi.org/Svc/Svctype/Provider/PID";
    static final String CA_QC_TYPE = "http://uri.etsi.org/TrstSvc/Svctype/CA/QC";
    static final byte[] SKI = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};

    private TestLists() {
    }

    /** A German list with two providers: a PID provider and an attestation provider with two services. */
    static TestList germanList() {
        return TestList.generic()
                .provider("Bundesdruckerei PID", List.of("BDR", "VATDE-123456789"),
                        service(PID_TYPE, "PID issuance", TrustedListSpec.SERVICE_STATUS_GRANTED, "2025-06-01T00:00:00Z",
                                certificateId(TestPki.PID_PROVIDER_CA.certificate())))
                .provider("Attestations GmbH", List.of(),
                        service(CA_QC_TYPE, "Qualified attestations", TrustedListSpec.SERVICE_STATUS_GRANTED, "2025-07-01T12:30:00+02:00",
                                certificateId(TestPki.ATTESTATION_CA.certificate()), certificateId(TestPki.ATTESTATION_CA_2.certificate())),
                        service(CA_QC_TYPE, "Old attestations", TrustedListSpec.SERVICE_STATUS_WITHDRAWN, "2024-01-01T00:00:00Z",
                                subjectNameId("CN=Old Attestation CA,O=Attestations GmbH,C=DE"), skiId(SKI)));
    }

    /** The German list, signed by its operator. */
    static byte[] signedGermanList() {
        return ListSigning.standard().sign(germanList().xml(), TestPki.key(TestPki.DE_OPERATOR), TestPki.DE_OPERATOR.certificate());
    }
}
