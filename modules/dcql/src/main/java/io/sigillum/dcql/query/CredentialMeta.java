package io.sigillum.dcql.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code meta} of a Credential Query (§6.1): constraints on the Credential's metadata, defined
 * per format in Appendix B. The formats this module knows are typed; any other format's {@code meta}
 * is kept as parsed JSON.
 */
public sealed interface CredentialMeta {

    /**
     * IETF SD-JWT VC (Appendix B.3.5).
     *
     * @param vctValues the accepted {@code vct} values; never empty
     */
    record SdJwtVc(List<String> vctValues) implements CredentialMeta {
        /** Checks that there is a value and copies them. */
        public SdJwtVc {
            vctValues = List.copyOf(vctValues);
            if (vctValues.isEmpty()) {
                throw new IllegalArgumentException("vct_values is a non-empty array (Appendix B.3.5)");
            }
        }
    }

    /**
     * ISO mdoc (Appendix B.2.3).
     *
     * @param doctypeValue the accepted doctype, e.g. {@code org.iso.18013.5.1.mDL}
     */
    record Mdoc(String doctypeValue) implements CredentialMeta {
        /** Checks that the doctype is not null. */
        public Mdoc {
            Objects.requireNonNull(doctypeValue, "doctypeValue");
        }
    }

    /**
     * W3C Verifiable Credentials, {@code jwt_vc_json} and {@code ldp_vc} (Appendix B.1.1).
     *
     * @param typeValues alternatives, each a set of fully expanded types that must all be among the
     *                   Credential's; never empty
     */
    record W3cVc(List<List<String>> typeValues) implements CredentialMeta {
        /** Checks that there is an alternative and copies them. */
        public W3cVc {
            typeValues = typeValues.stream().map(List::copyOf).toList();
            if (typeValues.isEmpty()) {
                throw new IllegalArgumentException("type_values is a non-empty array (Appendix B.1.1)");
            }
        }
    }

    /**
     * A format this module does not know: its {@code meta} as parsed JSON, not evaluated.
     *
     * @param members the members of {@code meta}, possibly none
     */
    record Other(Map<String, Object> members) implements CredentialMeta {
        /** Checks that the members are not null. */
        public Other {
            Objects.requireNonNull(members, "members");
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }
    }
}
