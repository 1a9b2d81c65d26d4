package io.sigillum.devstack.command;

import io.sigillum.devstack.StackException;
import io.sigillum.devstack.process.LogTail;
import io.sigillum.devstack.stack.StackLayout;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code logs <name> [-f]}: prints a process's log, and with {@code -f} keeps following it. */
public final class LogsCommand {

    private final StackLayout layout;
    private final PrintStream out;

    public LogsCommand(StackLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    /**
     * @param name   the process
     * @param follow whether to keep printing what is appended (until Ctrl-C)
     * @return the exit code
     */
    public int run(String name, boolean follow) {
        Path log = layout.log(name);
        if (follow) {
            LogTail.follow(log, out, () -> !Thread.currentThread().isInterrupted());
            return 0;
        }
        if (!Files.exists(log)) {
            throw new StackException("there is no log for " + name + " yet (" + layout.root().relativize(log) + ")");
        }
        try {
            Files.copy(log, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log, e);
        }
        return 0;
    }
}
