package io.sigillum.devstack.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the short durations people type: {@code 90s}, {@code 15m}, {@code 2h}, {@code 1d}. */
final class DurationParser {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,6})([smhd])");

    private DurationParser() {
    }

    /**
     * @param text a number followed by s, m, h or d
     * @return the duration
     * @throws UsageException if the text is not such a duration
     */
    static Duration parse(String text) {
        Matcher matcher = SHORT.matcher(text.strip());
        if (!matcher.matches()) {
            throw new UsageException("'" + text + "' is not a duration like 90s, 15m, 2h or 1d");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
