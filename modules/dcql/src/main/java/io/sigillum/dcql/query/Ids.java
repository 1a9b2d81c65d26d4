package io.sigillum.dcql.query;

import io.sigillum.dcql.DcqlException;
import io.sigillum.dcql.DcqlException.Reason;
import io.sigillum.dcql.DcqlSpec;

import java.util.regex.Pattern;

/** The rule for ids of Credential Queries (§6.1) and Claims Queries (§6.3). */
final class Ids {

    private static final Pattern VALID = Pattern.compile(DcqlSpec.ID_PATTERN);
    private static final int QUOTED_AT_MOST = 64;

    private Ids() {
    }

    /** @return the id, when it is a non-empty string of ASCII alphanumerics, {@code _} and {@code -} */
    static String check(String id, String at, String section) throws DcqlException {
        if (!VALID.matcher(id).matches()) {
            throw new DcqlException(Reason.INVALID_ID, section + ": " + at + " \"" + quotable(id)
                    + "\" must be a non-empty string of alphanumeric, underscore (_) or hyphen (-) characters");
        }
        return id;
    }

    /** @return the text cut short and with control characters escaped, to quote in a message */
    static String quotable(String text) {
        String shown = text.length() > QUOTED_AT_MOST ? text.substring(0, QUOTED_AT_MOST) + "…" : text;
        StringBuilder out = new StringBuilder(shown.length());
        shown.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == '"' || c == '\\') {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
