package io.sigillum.benchmarks.measure;

import java.io.PrintStream;
import java.util.List;

/**
 * The block of {@code !!!} lines a run prints under its table when anything failed, so that a
 * number from a broken run cannot be read as a result.
 */
public final class ErrorBanner {

    private static final String RULE = "!".repeat(80);

    private ErrorBanner() {
    }

    /** Prints the banner, one line per problem, after a blank line. */
    public static void print(PrintStream out, List<String> problems) {
        out.println();
        out.println(RULE);
        out.println("!!! THIS RUN HAD ERRORS: its numbers do not stand for a working service");
        problems.forEach(problem -> out.println("!!! " + problem));
        out.println(RULE);
    }
}
