package io.sigillum.dcql.match;

/**
 * A credential as matching sees it: its format, the metadata its format's {@code meta} constrains,
 * its claims as plain Java values ({@link java.util.Map}, {@link java.util.List}, {@link String},
 * {@link Number}, {@link Boolean}, {@code null}), and whether it comes with (for a Verifier: was
 * presented with; for a Wallet: supports) Cryptographic Holder Binding.
 */
public sealed interface Credential permits SdJwtVcCredential, MdocCredential, W3cCredential {

    /** @return the Credential Format Identifier, e.g. {@code dc+sd-jwt} */
    String format();

    /** @return whether Cryptographic Holder Binding is proven (Verifier) or possible (Wallet) */
    boolean cryptographicHolderBinding();
}
