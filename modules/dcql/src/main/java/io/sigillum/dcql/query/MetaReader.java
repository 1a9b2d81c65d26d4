package io.sigillum.dcql.query;

import io.sigillum.dcql.DcqlException;
import io.sigillum.dcql.DcqlException.Reason;
import io.sigillum.dcql.DcqlSpec;
import io.sigillum.dcql.internal.Json;
import io.sigillum.dcql.internal.Members;

import java.util.ArrayList;
import java.util.List;

/** Reads the {@code meta} of a Credential Query (§6.1) by the rules of its format (Appendix B). */
final class MetaReader {

    private MetaReader() {
    }

    static CredentialMeta read(String format, Object value, String at) throws DcqlException {
        Members meta = Members.of(value, at, "§6.1");
        try {
            return switch (format) {
                case DcqlSpec.FORMAT_SD_JWT_VC -> new CredentialMeta.SdJwtVc(
                        new Members(at, meta.object(), "Appendix B.3.5").requiredNonEmptyStrings(DcqlSpec.VCT_VALUES));
                case DcqlSpec.FORMAT_MSO_MDOC -> new CredentialMeta.Mdoc(
                        new Members(at, meta.object(), "Appendix B.2.3").requiredNonEmptyString(DcqlSpec.DOCTYPE_VALUE));
                case DcqlSpec.FORMAT_JWT_VC_JSON, DcqlSpec.FORMAT_LDP_VC -> new CredentialMeta.W3cVc(typeValues(meta));
                default -> new CredentialMeta.Other(meta.object());
            };
        } catch (DcqlException e) {
            // Whatever the JSON shape, the format's rule for meta was broken: one reason for all of them.
            throw new DcqlException(Reason.INVALID_META, e.getMessage() + " (format " + format + ")");
        }
    }

    private static List<List<String>> typeValues(Members meta) throws DcqlException {
        Members typed = new Members(meta.at(), meta.object(), "Appendix B.1.1");
        List<Object> alternatives = typed.requiredNonEmptyArray(DcqlSpec.TYPE_VALUES);
        List<List<String>> typeValues = new ArrayList<>(alternatives.size());
        for (int i = 0; i < alternatives.size(); i++) {
            String alternativeAt = typed.at(DcqlSpec.TYPE_VALUES) + "[" + i + "]";
            List<Object> types = Members.nonEmptyArray(alternatives.get(i), alternativeAt, "Appendix B.1.1");
            List<String> alternative = new ArrayList<>(types.size());
            for (int j = 0; j < types.size(); j++) {
                if (!(types.get(j) instanceof String type) || type.isEmpty()) {
                    throw new DcqlException(Reason.WRONG_TYPE, "Appendix B.1.1: " + alternativeAt + "[" + j
                            + "] must be a non-empty string (a type), not " + Json.typeOf(types.get(j)));
                }
                alternative.add(type);
            }
            typeValues.add(alternative);
        }
        return typeValues;
    }
}
