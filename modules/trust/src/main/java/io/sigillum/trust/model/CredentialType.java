package io.sigillum.trust.model;

import java.util.Objects;

/**
 * A type of credential an issuer may be authorized to issue: an SD-JWT VC {@code vct}
 * (draft-ietf-oauth-sd-jwt-vc §3.2.2.1) or an mdoc {@code docType} (ISO/IEC 18013-5 §8.3.2.1.2.2).
 * Types match by format and exact, case-sensitive string equality: neither standard defines a
 * normalisation, and a looser match would let one type stand for another.
 *
 * @param format     which of the two
 * @param identifier the {@code vct} or the {@code docType}
 */
public record CredentialType(Format format, String identifier) {

    /** The longest identifier accepted; both kinds are URIs or short dotted names in practice. */
    public static final int MAX_LENGTH = 2048;

    /** The credential format a type belongs to. */
    public enum Format {
        /** SD-JWT VC, {@code dc+sd-jwt}: the type is the {@code vct} claim. */
        SD_JWT_VC,
        /** ISO mdoc, {@code mso_mdoc}: the type is the document type. */
        MDOC
    }

    /** Checks the fields. */
    public CredentialType {
        Objects.requireNonNull(format, "format");
        Text.require(identifier, "credential type identifier", MAX_LENGTH);
    }

    /** @return the SD-JWT VC type {@code vct} */
    public static CredentialType vct(String vct) {
        return new CredentialType(Format.SD_JWT_VC, vct);
    }

    /** @return the mdoc document type {@code docType} */
    public static CredentialType doctype(String docType) {
        return new CredentialType(Format.MDOC, docType);
    }

    @Override
    public String toString() {
        return (format == Format.SD_JWT_VC ? "vct " : "doctype ") + identifier;
    }
}
