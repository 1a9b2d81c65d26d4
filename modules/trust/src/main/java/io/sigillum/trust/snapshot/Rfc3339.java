package io.sigillum.trust.snapshot;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Times as RFC 3339 §5.6 date-times: written in UTC with {@code Z}, read with any offset. */
final class Rfc3339 {

    // RFC 3339 §5.6 date-time, with the seconds it requires; the JDK's parsers alone accept more.
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");

    private Rfc3339() {
    }

    /** @return the instant in UTC, e.g. {@code 2026-01-31T12:00:00Z}, a fraction only when there is one */
    static String format(Instant instant) {
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("RFC 3339 has no form for the year " + year);
        }
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** @return the instant, or empty when the text is not an RFC 3339 date-time */
    static Optional<Instant> parse(String text) {
        if (text.length() > 40 || !DATE_TIME.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
