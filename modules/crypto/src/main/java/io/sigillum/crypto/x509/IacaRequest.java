package io.sigillum.crypto.x509;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * An IACA root certificate (issuing authority CA), ISO/IEC 18013-5 Annex B.1.2: the trust anchor
 * of mdoc document signers. See {@link CertificateAuthority#iaca(IacaRequest)} for every field.
 *
 * <p>Annex B makes issuerAltName and cRLDistributionPoints mandatory in IACA and document signer
 * certificates, and validators such as isomdl refuse certificates
 * without them, so both are required here even for test roots.
 *
 * @param subject              the IACA's name; its country is mandatory (the issuing country)
 * @param issuerUris           contact URIs for the issuerAltName (uniformResourceIdentifier)
 * @param issuerEmails         contact addresses for the issuerAltName (rfc822Name)
 * @param crlDistributionPoint where the IACA publishes its CRL, an http or https URI
 * @param validity             at most 20 years
 */
public record IacaRequest(SubjectName subject, List<URI> issuerUris, List<String> issuerEmails,
                          URI crlDistributionPoint, Duration validity) {

    /** Checks the fields and copies the lists. */
    public IacaRequest {
        Objects.requireNonNull(subject, "subject");
        if (subject.country() == null) {
            throw new IllegalArgumentException("an IACA names its country (ISO/IEC 18013-5 B.1.2)");
        }
        issuerUris = List.copyOf(Objects.requireNonNull(issuerUris, "issuerUris"));
        issuerEmails = List.copyOf(Objects.requireNonNull(issuerEmails, "issuerEmails"));
        if (issuerUris.isEmpty() && issuerEmails.isEmpty()) {
            throw new IllegalArgumentException("an IACA's issuerAltName holds a URI or an email address (ISO/IEC 18013-5 B.1.2)");
        }
        for (URI uri : issuerUris) {
            if (!uri.isAbsolute()) {
                throw new IllegalArgumentException("an issuerAltName URI is absolute: " + uri);
            }
        }
        for (String email : issuerEmails) {
            if (email.indexOf('@') < 1 || email.indexOf('@') == email.length() - 1) {
                throw new IllegalArgumentException("not an email address: " + email);
            }
        }
        Objects.requireNonNull(crlDistributionPoint, "crlDistributionPoint");
        String scheme = crlDistributionPoint.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("the CRL distribution point is an http or https URI: " + crlDistributionPoint);
        }
        CertificateRequest.positive(validity);
    }

    /** @return a request with one issuerAltName URI */
    public static IacaRequest of(SubjectName subject, URI issuerUri, URI crlDistributionPoint, Duration validity) {
        return new IacaRequest(subject, List.of(issuerUri), List.of(), crlDistributionPoint, validity);
    }
}
