package io.sigillum.crypto.x509;

import java.time.Duration;

/**
 * What ISO/IEC 18013-5:2021 Annex B fixes for the mdoc PKI, in one place to hold against it.
 */
public final class Iso18013Spec {

    /** {@code id-mdl-kp-mdlDS}: the extended key usage of a document signer certificate (B.1.4). */
    public static final String DOCUMENT_SIGNER_EXTENDED_KEY_USAGE = "1.0.18013.5.1.2";
    /** {@code id-mdl-kp-mdlReaderAuth}: the extended key usage of an mdoc reader authentication certificate. */
    public static final String READER_AUTH_EXTENDED_KEY_USAGE = "1.0.18013.5.1.6";
    /**
     * The longest an IACA root certificate may be valid: 20 years (B.1.2), sized for IDL document
     * signers of up to 15 years under ISO/IEC 18013-3.
     */
    public static final int IACA_MAX_VALIDITY_YEARS = 20;
    /** The longest a document signer certificate may be valid: 457 days (B.1.4). */
    public static final Duration DOCUMENT_SIGNER_MAX_VALIDITY = Duration.ofDays(457);

    private Iso18013Spec() {
    }
}
