package io.sigillum.benchmarks.measure;

import java.time.Duration;

/** Reads the values of a run's {@code --name=value} options, with messages that name the option. */
public final class OptionArguments {

    /**
     * One {@code --name[=value]} option.
     *
     * @param name  without the dashes
     * @param value after the {@code =}, or null when there is none
     */
    public record Option(String name, String value) {
    }

    private OptionArguments() {
    }

    /**
     * @return the value
     * @throws IllegalArgumentException when it is missing or blank
     */
    public static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " needs a value (--" + name + "=…)");
        }
        return value;
    }

    /**
     * @return the value as a whole number above zero
     * @throws IllegalArgumentException when it is not one
     */
    public static int positive(String name, String value) {
        try {
            int number = Integer.parseInt(required(name, value));
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--" + name + " takes a positive whole number, not " + value);
    }

    /**
     * @return the duration
     * @throws IllegalArgumentException when it is zero: a measured period must have a length
     */
    public static Duration longerThanZero(String name, Duration duration) {
        if (duration.isZero()) {
            throw new IllegalArgumentException("--" + name + " must be longer than zero");
        }
        return duration;
    }

    /** @return the error for an option the run does not know */
    public static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("unknown option --" + name);
    }
}
