package io.sigillum.crypto.x509;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The leaf certificate of a key that signs Status List Tokens on behalf of an issuer
 * (draft-ietf-oauth-status-list, "Status Issuer"): keyUsage digitalSignature and an extended key
 * usage naming that purpose, so a relying party can tell the key is entitled to speak for the
 * issuer's tokens.
 *
 * <p>The draft defines the purpose as {@value #STATUS_SIGNING_PURPOSE} with the OID
 * {@code { id-kp TBD }}, i.e. under {@code 1.3.6.1.5.5.7.3} with a number IANA has not assigned as
 * of draft 21. Until it is, the OID is the caller's to give (from configuration), and this library
 * does not invent one.
 *
 * @param subject             the status issuer's name
 * @param extendedKeyUsageOid the OID to put in extendedKeyUsage, in dotted form
 * @param validity            how long it is valid; it must not outlive its issuing CA
 */
public record StatusListSignerRequest(SubjectName subject, String extendedKeyUsageOid, Duration validity)
        implements CertificateRequest {

    /** The name the Token Status List draft gives the extended key usage of a status list signer. */
    public static final String STATUS_SIGNING_PURPOSE = "id-kp-oauthStatusSigning";

    private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");

    /** Checks the fields. */
    public StatusListSignerRequest {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(extendedKeyUsageOid, "extendedKeyUsageOid");
        if (!OID.matcher(extendedKeyUsageOid).matches()) {
            throw new IllegalArgumentException("not an OID in dotted form: " + extendedKeyUsageOid);
        }
        CertificateRequest.positive(validity);
    }
}
