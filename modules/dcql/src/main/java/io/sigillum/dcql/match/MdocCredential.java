package io.sigillum.dcql.match;

import io.sigillum.dcql.DcqlSpec;

import java.util.Map;
import java.util.Objects;

/**
 * An ISO mdoc ({@code mso_mdoc}, Appendix B.2). Element values are given already converted from CBOR
 * to JSON-like Java values (§6.3: following RFC 8949 §6.1), which is the caller's part, so that
 * {@code values} can be matched against them.
 *
 * @param doctype                    the document type, matched against {@code doctype_value}
 * @param nameSpaces                 namespace → data element identifier → value
 * @param cryptographicHolderBinding for a Verifier: mdoc device authentication was verified; for a
 *                                   Wallet: the document has a device key
 */
public record MdocCredential(String doctype, Map<String, Map<String, Object>> nameSpaces, boolean cryptographicHolderBinding)
        implements Credential {

    /** Checks that nothing is null. */
    public MdocCredential {
        Objects.requireNonNull(doctype, "doctype");
        Objects.requireNonNull(nameSpaces, "nameSpaces");
    }

    @Override
    public String format() {
        return DcqlSpec.FORMAT_MSO_MDOC;
    }

    /** @return the doctype and the namespaces only: element values stay out of logs */
    @Override
    public String toString() {
        return "MdocCredential[doctype=" + doctype + ", nameSpaces=" + nameSpaces.keySet() + ", cryptographicHolderBinding="
                + cryptographicHolderBinding + "]";
    }
}
