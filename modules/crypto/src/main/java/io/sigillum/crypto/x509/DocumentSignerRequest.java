package io.sigillum.crypto.x509;

import java.time.Duration;
import java.util.Objects;

/**
 * An mdoc document signer (DS) certificate, ISO/IEC 18013-5 Annex B.1.4, issued by an IACA
 * ({@link CertificateAuthority#iaca}). The IACA fixes most of it: the subject's country (and state
 * or province, if the IACA names one) are the IACA's, and so are the issuerAltName and the CRL
 * distribution point. See {@link CertificateAuthority#issue(CertificateRequest, java.security.PublicKey)}
 * for every field.
 *
 * @param commonName   the DS's CN
 * @param organization its O, or {@code null}
 * @param validity     at most 457 days, and not beyond the IACA's own validity
 */
public record DocumentSignerRequest(String commonName, String organization, Duration validity) implements CertificateRequest {

    /** Checks the fields. */
    public DocumentSignerRequest {
        Objects.requireNonNull(commonName, "commonName");
        if (commonName.isBlank()) {
            throw new IllegalArgumentException("commonName is blank");
        }
        if (CertificateRequest.positive(validity).compareTo(Iso18013Spec.DOCUMENT_SIGNER_MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException("a document signer certificate is valid for at most 457 days (ISO/IEC 18013-5 B.1.4)");
        }
    }
}
