package io.sigillum.observability;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks what looks like a secret in text bound for a log: values of password-like keys
 * ({@code password=…}, {@code "pin": "…"}), bearer tokens, JWTs and PEM private keys. Log lines
 * carry messages we do not write ourselves (a driver's, a library's); this is the last line of
 * defence, not a licence to log secrets.
 */
public final class SecretRedaction {

    /** What replaces a secret. */
    public static final String REDACTED = "[redacted]";

    private static final List<Pattern> KEY_VALUE = List.of(
            // key=value, key: value, "key":"value" for keys that name a secret.
            Pattern.compile("(?i)(\"?(?:password|passwd|pwd|passphrase|secret|pin|master-key|private[-_]?key|"
                    + "api[-_]?key|client[-_]?secret|token)\"?\\s*[:=]\\s*\"?)([^\\s\",;&})\\]']+)"));
    /** A part of every key {@link #KEY_VALUE} names: without one, no line needs its expression. */
    private static final List<String> KEY_WORDS = List.of("pass", "pwd", "secret", "pin", "master-key", "private",
            "api", "token");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*");
    private static final Pattern PEM_PRIVATE = Pattern.compile(
            "-----BEGIN ([A-Z ]*)PRIVATE KEY-----[\\s\\S]*?-----END \\1PRIVATE KEY-----");

    private SecretRedaction() {
    }

    /** @return the text with every recognised secret replaced by {@value #REDACTED}; null stays null */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // Each pattern runs only where a string it must match is present: most lines (an access
        // log's, say) hold none, and a plain search costs far less than a regular expression's.
        String result = text.contains("PRIVATE KEY-----") ? PEM_PRIVATE.matcher(text).replaceAll(REDACTED) : text;
        result = result.contains("eyJ") ? JWT.matcher(result).replaceAll(REDACTED) : result;
        String lower = result.toLowerCase(Locale.ROOT);
        if (lower.contains("bearer")) {
            result = BEARER.matcher(result).replaceAll("$1" + Matcher.quoteReplacement(REDACTED));
        }
        if (KEY_WORDS.stream().anyMatch(lower::contains)) {
            for (Pattern pattern : KEY_VALUE) {
                result = pattern.matcher(result).replaceAll("$1" + Matcher.quoteReplacement(REDACTED));
            }
        }
        return result;
    }
}
