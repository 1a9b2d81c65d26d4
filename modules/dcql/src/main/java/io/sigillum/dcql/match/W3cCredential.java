package io.sigillum.dcql.match;

import io.sigillum.dcql.DcqlSpec;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A W3C Verifiable Credential, {@code jwt_vc_json} or {@code ldp_vc} (Appendix B.1). Expanding the
 * {@code type} values against {@code @context} is the caller's part.
 *
 * @param format                     {@code jwt_vc_json} or {@code ldp_vc}
 * @param types                      the fully expanded types, matched against {@code type_values}
 * @param claims                     the Verifiable Credential's JSON, from its root (Appendix B.1.2)
 * @param cryptographicHolderBinding whether it is (or can be) presented in a Verifiable Presentation
 */
public record W3cCredential(String format, Set<String> types, Map<String, Object> claims, boolean cryptographicHolderBinding)
        implements Credential {

    /** Checks that nothing is null and that the format is a W3C one. */
    public W3cCredential {
        if (!DcqlSpec.FORMAT_JWT_VC_JSON.equals(format) && !DcqlSpec.FORMAT_LDP_VC.equals(format)) {
            throw new IllegalArgumentException("a W3C VC format is " + DcqlSpec.FORMAT_JWT_VC_JSON + " or " + DcqlSpec.FORMAT_LDP_VC
                    + ", not " + format);
        }
        types = Set.copyOf(types);
        Objects.requireNonNull(claims, "claims");
    }

    /** @return the format, types and claim names only: claim values stay out of logs */
    @Override
    public String toString() {
        return "W3cCredential[format=" + format + ", types=" + types + ", claims=" + claims.keySet() + ", cryptographicHolderBinding="
                + cryptographicHolderBinding + "]";
    }
}
