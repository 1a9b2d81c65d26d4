package io.sigillum.trust.model;

import java.util.Objects;

/**
 * An issuer's authorization to issue one credential type, within a validity window.
 *
 * @param type     the credential type
 * @param validity when the authorization holds; {@link ValidityWindow#UNBOUNDED} for always
 */
public record Authorization(CredentialType type, ValidityWindow validity) {

    /** Checks the fields. */
    public Authorization {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(validity, "validity");
    }

    /** @return an authorization for {@code type} without time limits */
    public static Authorization of(CredentialType type) {
        return new Authorization(type, ValidityWindow.UNBOUNDED);
    }
}
