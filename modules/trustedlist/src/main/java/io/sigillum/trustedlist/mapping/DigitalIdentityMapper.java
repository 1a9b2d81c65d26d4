package io.sigillum.trustedlist.mapping;

import io.sigillum.trustedlist.TrustedListException;
import io.sigillum.trustedlist.model.KeyIdentifier;
import io.sigillum.trustedlist.model.ServiceDigitalIdentity;
import org.w3c.dom.Element;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import static io.sigillum.trustedlist.TrustedListSpec.DIGITAL_ID;
import static io.sigillum.trustedlist.TrustedListSpec.NS_TSL;
import static io.sigillum.trustedlist.TrustedListSpec.SERVICE_DIGITAL_IDENTITY;
import static io.sigillum.trustedlist.TrustedListSpec.X509_CERTIFICATE;
import static io.sigillum.trustedlist.TrustedListSpec.X509_SKI;
import static io.sigillum.trustedlist.TrustedListSpec.X509_SUBJECT_NAME;
import static io.sigillum.trustedlist.xml.Elements.children;
import static io.sigillum.trustedlist.xml.Elements.text;

/**
 * A {@code ServiceDigitalIdentity} (TS 119 612 §5.5.3): its {@code DigitalId}s holding a
 * certificate, a subject name or a subject key identifier. {@code KeyValue} and {@code Other} are
 * skipped.
 */
final class DigitalIdentityMapper {

    private DigitalIdentityMapper() {
    }

    static ServiceDigitalIdentity map(Element serviceDigitalIdentity) throws TrustedListException {
        List<X509Certificate> certificates = new ArrayList<>();
        List<String> subjectNames = new ArrayList<>();
        List<KeyIdentifier> keyIdentifiers = new ArrayList<>();
        for (Element digitalId : children(serviceDigitalIdentity, NS_TSL, DIGITAL_ID)) {
            for (Element certificate : children(digitalId, NS_TSL, X509_CERTIFICATE)) {
                certificates.add(Values.certificate(X509_CERTIFICATE, text(certificate)));
            }
            for (Element subjectName : children(digitalId, NS_TSL, X509_SUBJECT_NAME)) {
                subjectNames.add(text(subjectName));
            }
            for (Element ski : children(digitalId, NS_TSL, X509_SKI)) {
                keyIdentifiers.add(KeyIdentifier.of(Values.base64(X509_SKI, text(ski))));
            }
        }
        return new ServiceDigitalIdentity(certificates, subjectNames, keyIdentifiers);
    }

    /** @return the certificates of every {@code ServiceDigitalIdentity} child of a {@code ServiceDigitalIdentities} */
    static List<X509Certificate> certificates(Element serviceDigitalIdentities) throws TrustedListException {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Element identity : children(serviceDigitalIdentities, NS_TSL, SERVICE_DIGITAL_IDENTITY)) {
            certificates.addAll(map(identity).certificates());
        }
        return certificates;
    }
}
