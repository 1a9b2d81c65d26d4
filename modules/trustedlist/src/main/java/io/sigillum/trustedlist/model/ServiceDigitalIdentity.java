package io.sigillum.trustedlist.model;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * How a service is identified (TS 119 612 §5.5.3): its X.509 certificates, and the subject names
 * and subject key identifiers given for it, kept as the list states them. Other kinds of
 * {@code DigitalId} ({@code KeyValue}, {@code Other}) are not mapped.
 *
 * @param certificates           the {@code X509Certificate} identifiers, decoded
 * @param subjectNames           the {@code X509SubjectName} identifiers, as written
 * @param subjectKeyIdentifiers  the {@code X509SKI} identifiers, decoded from base64
 */
public record ServiceDigitalIdentity(
        List<X509Certificate> certificates,
        List<String> subjectNames,
        List<KeyIdentifier> subjectKeyIdentifiers) {

    /** Copies the lists. */
    public ServiceDigitalIdentity {
        certificates = List.copyOf(certificates);
        subjectNames = List.copyOf(subjectNames);
        subjectKeyIdentifiers = List.copyOf(subjectKeyIdentifiers);
    }
}
