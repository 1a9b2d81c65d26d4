package io.sigillum.benchmarks.measure;

import java.time.Duration;
import java.util.Locale;

/** Reads a duration option of a run: {@code 15s}, {@code 500ms}, {@code 2m} or ISO-8601 ({@code PT15S}). */
public final class DurationArgument {

    private DurationArgument() {
    }

    /**
     * @param name  the option's name, for the message
     * @param value its value
     * @return the duration
     * @throws IllegalArgumentException when the value is missing or not a duration
     */
    public static Duration parse(String name, String value) {
        String text = OptionArguments.required(name, value).strip().toLowerCase(Locale.ROOT);
        try {
            if (text.startsWith("pt")) {
                return Duration.parse(text);
            }
            if (text.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            }
            if (text.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
            }
            if (text.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw new IllegalArgumentException("--" + name + " takes a duration such as 15s, 500ms or 2m, not " + value);
    }
}
