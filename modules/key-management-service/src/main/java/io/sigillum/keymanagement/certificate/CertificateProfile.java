package io.sigillum.keymanagement.certificate;

import io.sigillum.keymanagement.key.KeyPurpose;

import java.util.Arrays;
import java.util.Set;

/** Which certificate a managed key gets, and for which purposes each makes sense. */
public enum CertificateProfile {
    NONE("none", Set.of(KeyPurpose.values())),
    SD_JWT_VC_ISSUER("sd-jwt-vc-issuer", Set.of(KeyPurpose.CREDENTIAL_SIGNING)),
    MDOC_DOCUMENT_SIGNER("mdoc-document-signer", Set.of(KeyPurpose.CREDENTIAL_SIGNING)),
    STATUS_LIST_SIGNER("status-list-signer", Set.of(KeyPurpose.STATUS_LIST_SIGNING)),
    VERIFIER("verifier", Set.of(KeyPurpose.REQUEST_OBJECT_SIGNING));

    private final String value;
    private final Set<KeyPurpose> purposes;

    CertificateProfile(String value, Set<KeyPurpose> purposes) {
        this.value = value;
        this.purposes = purposes;
    }

    public String value() {
        return value;
    }

    /** @return whether keys of this purpose may have this profile */
    public boolean fits(KeyPurpose purpose) {
        return purposes.contains(purpose);
    }

    /** The profile a purpose's keys get unless another is asked for. */
    public static CertificateProfile defaultFor(KeyPurpose purpose) {
        return switch (purpose) {
            case CREDENTIAL_SIGNING -> SD_JWT_VC_ISSUER;
            case STATUS_LIST_SIGNING -> STATUS_LIST_SIGNER;
            case REQUEST_OBJECT_SIGNING -> VERIFIER;
            case ACCESS_TOKEN_SIGNING, RESPONSE_ENCRYPTION -> NONE;
        };
    }

    /** @throws IllegalArgumentException for an unknown name */
    public static CertificateProfile of(String value) {
        return Arrays.stream(values()).filter(p -> p.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown certificate profile: " + value));
    }
}
