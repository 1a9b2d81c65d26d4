package io.sigillum.trustedlist;

import io.sigillum.trustedlist.TrustedListException.Reason;
import org.junit.jupiter.api.function.Executable;

import java.security.cert.X509Certificate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Asserts that a read is refused for the expected reason. */
final class Refusals {

    private Refusals() {
    }

    static TrustedListException refused(Reason expected, byte[] xml) {
        return refused(expected, xml, List.of(TestPki.DE_OPERATOR.certificate()));
    }

    static TrustedListException refused(Reason expected, byte[] xml, List<X509Certificate> signers) {
        return refused(expected, () -> TrustedListReader.withDefaults().read(xml, signers));
    }

    static TrustedListException refused(Reason expected, Executable read) {
        TrustedListException refusal = assertThrows(TrustedListException.class, read);
        assertEquals(expected, refusal.reason(), refusal::getMessage);
        return refusal;
    }
}
