package io.sigillum.benchmarks.measure;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What a load run measured against crypto bounds gathers for its report while it runs: lines of
 * facts for above the table, the bounds with the fast provider's name, and problems met outside
 * the timed load. A run's report adds its load and prints it all, with {@link BoundsTable}.
 */
public abstract class BoundsReport {

    private final List<String> facts = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private CryptoBounds bounds;
    private String fastName = "fast";

    /** Adds a line above the table. */
    public void fact(String line) {
        facts.add(line);
    }

    /** Something that went wrong outside the timed load, e.g. in the warm-up. */
    public void problem(String what) {
        problems.add(what);
    }

    /** Sets the crypto bounds, measured with the JDK's provider and with the one named. */
    public void bounds(CryptoBounds bounds, String fastName) {
        this.bounds = bounds;
        this.fastName = fastName;
    }

    /** @return the bounds, or null when they were skipped */
    protected CryptoBounds bounds() {
        return bounds;
    }

    /** @return the fast provider's name */
    protected String fastName() {
        return fastName;
    }

    /** Prints the facts, one a line. */
    protected void printFacts(PrintStream out) {
        facts.forEach(out::println);
    }

    /** @return the problems so far, in a list the report may add the load's own to */
    protected List<String> problems() {
        return new ArrayList<>(problems);
    }

    /**
     * Ends the report: the line that says the run was clean, or the banner of its problems.
     *
     * @return whether there were none
     */
    protected static boolean end(PrintStream out, List<String> problems, String clean) {
        if (problems.isEmpty()) {
            out.println(clean);
            return true;
        }
        ErrorBanner.print(out, problems);
        return false;
    }
}
