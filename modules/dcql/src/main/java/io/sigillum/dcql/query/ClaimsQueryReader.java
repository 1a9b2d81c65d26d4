package io.sigillum.dcql.query;

import io.sigillum.dcql.DcqlException;
import io.sigillum.dcql.DcqlException.Reason;
import io.sigillum.dcql.DcqlSpec;
import io.sigillum.dcql.internal.Json;
import io.sigillum.dcql.internal.Members;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one Claims Query (§6.3), with the mdoc parameters of Appendix B.2.4 for {@code mso_mdoc}. */
final class ClaimsQueryReader {

    private static final String SECTION = "§6.3";
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private ClaimsQueryReader() {
    }

    static ClaimsQuery read(Object value, String at, String format) throws DcqlException {
        Members claim = Members.of(value, at, SECTION);
        Optional<String> id = Optional.empty();
        if (claim.has(DcqlSpec.ID)) {
            id = Optional.of(Ids.check(claim.requiredString(DcqlSpec.ID), claim.at(DcqlSpec.ID), SECTION));
        }
        ClaimsPathPointer path = PathReader.read(claim.required(DcqlSpec.PATH), claim.at(DcqlSpec.PATH));
        boolean mdoc = DcqlSpec.FORMAT_MSO_MDOC.equals(format);
        if (mdoc) {
            checkMdocPath(path, claim.at(DcqlSpec.PATH));
        }
        Optional<List<Object>> values = Optional.empty();
        if (claim.has(DcqlSpec.VALUES)) {
            values = Optional.of(readValues(claim.optionalNonEmptyArray(DcqlSpec.VALUES).orElseThrow(), claim.at(DcqlSpec.VALUES)));
        }
        // intent_to_retain is an mdoc parameter; for other formats it is an unknown member, ignored.
        Optional<Boolean> intentToRetain = mdoc ? claim.booleanMember(DcqlSpec.INTENT_TO_RETAIN) : Optional.empty();
        return new ClaimsQuery(id, path, values, intentToRetain);
    }

    /** §7.2.1 step 1: a pointer into an mdoc is exactly a namespace and a data element identifier. */
    private static void checkMdocPath(ClaimsPathPointer path, String at) throws DcqlException {
        List<PathComponent> components = path.components();
        if (components.size() != 2 || !(components.get(0) instanceof PathComponent.Key)
                || !(components.get(1) instanceof PathComponent.Key)) {
            throw new DcqlException(Reason.INVALID_MDOC_PATH, "§7.2.1: " + at + " " + path
                    + " must be exactly two strings, a namespace and a data element identifier, in an mso_mdoc query");
        }
    }

    private static List<Object> readValues(List<Object> elements, String at) throws DcqlException {
        List<Object> values = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            Object element = elements.get(i);
            if (element instanceof String || element instanceof Boolean) {
                values.add(element);
            } else if (Json.isInteger(element)) {
                BigInteger integer = Json.toBigInteger(element);
                values.add(integer.compareTo(LONG_MIN) >= 0 && integer.compareTo(LONG_MAX) <= 0 ? (Object) integer.longValue() : integer);
            } else {
                throw new DcqlException(Reason.INVALID_VALUES, SECTION + ": " + at + "[" + i + "] is " + Json.typeOf(element)
                        + "; values holds strings, integers and booleans only");
            }
        }
        return values;
    }
}
