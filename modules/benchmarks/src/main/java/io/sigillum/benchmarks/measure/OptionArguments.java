package io.sigillum.benchmarks.measure;

/** Reads the values of a run's {@code --name=value} options, with messages that name the option. */
public final class OptionArguments {

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
}
