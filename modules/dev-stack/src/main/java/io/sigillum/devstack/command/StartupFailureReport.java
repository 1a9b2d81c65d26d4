package io.sigillum.devstack.command;

import io.sigillum.devstack.health.Readiness;
import io.sigillum.devstack.process.LogTail;
import io.sigillum.devstack.process.ManagedProcess;
import io.sigillum.devstack.stack.StackLayout;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells why start-up failed: for a process that exited, the one {@code sigillum: } line it
 * printed about its configuration, or else the end of its log; for a timeout, what each
 * unready process last answered.
 */
final class StartupFailureReport {

    private static final int TAIL_LINES = 20;

    private final StackLayout layout;
    private final PrintStream err;

    StartupFailureReport(StackLayout layout, PrintStream err) {
        this.layout = layout;
        this.err = err;
    }

    void print(StartupWatcher.Outcome outcome) {
        switch (outcome) {
            case StartupWatcher.Outcome.Exited exited -> exited(exited.process(), exited.exitCode());
            case StartupWatcher.Outcome.TimedOut timedOut -> timedOut(timedOut.notReady());
            case StartupWatcher.Outcome.AllReady ignored -> {
                // nothing failed
            }
        }
    }

    private void exited(ManagedProcess process, int exitCode) {
        List<String> lines = LogTail.linesSince(process.spec().logFile(), process.logOffset());
        Optional<String> reason = LogTail.lastSigillumLine(lines);
        if (reason.isPresent()) {
            err.println("sigillum: " + process.name() + " exited during start-up (exit code " + exitCode + "):");
            err.println(reason.get());
        } else {
            err.println("sigillum: " + process.name() + " exited during start-up (exit code " + exitCode
                    + "); the end of its log:");
            LogTail.last(lines, TAIL_LINES).forEach(line -> err.println("  | " + line));
        }
        err.println("Full log: " + relative(process));
    }

    private void timedOut(Map<String, Readiness> notReady) {
        StringBuilder line = new StringBuilder("sigillum: not ready after " + UpCommand.TIMEOUT.toSeconds() + " s:");
        notReady.forEach((name, readiness) -> line.append(' ').append(name).append(" (")
                .append(readiness == null ? "no answer yet" : describe(readiness)).append(')'));
        err.println(line);
        err.println("Logs: var/logs/<name>.log");
    }

    private static String describe(Readiness readiness) {
        return readiness.answered() ? readiness.statusCode() + " " + readiness.summary() : readiness.summary();
    }

    private String relative(ManagedProcess process) {
        return layout.root().relativize(process.spec().logFile()).toString();
    }
}
