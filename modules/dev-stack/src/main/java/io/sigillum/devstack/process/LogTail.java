package io.sigillum.devstack.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Reading process logs: what a process wrote since it started, and following a log. */
public final class LogTail {

    /** The prefix of the one line a service prints before it exits on bad configuration. */
    public static final String SIGILLUM_PREFIX = "sigillum: ";

    private LogTail() {
    }

    /**
     * @param log    the log file
     * @param offset where to start reading (the file's size when the process started)
     * @return the lines from the offset on (empty if the file is missing)
     */
    public static List<String> linesSince(Path log, long offset) {
        if (!Files.exists(log)) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(log)) {
            in.skipNBytes(Math.min(offset, Files.size(log)));
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log, e);
        }
    }

    /**
     * @param lines a process's output
     * @return its last line that starts with {@code sigillum: }
     */
    public static Optional<String> lastSigillumLine(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith(SIGILLUM_PREFIX)) {
                return Optional.of(lines.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * @param lines some lines
     * @param count how many to keep
     * @return the last {@code count} of them
     */
    public static List<String> last(List<String> lines, int count) {
        return lines.subList(Math.max(0, lines.size() - count), lines.size());
    }

    /**
     * Copies the log to {@code out}, then what is appended to it, until {@code keepGoing} says
     * stop. Starts again from the top if the file is truncated.
     *
     * @param log       the log file
     * @param out       where to copy it
     * @param keepGoing polled between reads
     */
    public static void follow(Path log, PrintStream out, BooleanSupplier keepGoing) {
        long position = 0;
        byte[] buffer = new byte[8192];
        while (keepGoing.getAsBoolean()) {
            try {
                long size = Files.exists(log) ? Files.size(log) : 0;
                if (size < position) {
                    position = 0;
                }
                if (size > position) {
                    try (InputStream in = Files.newInputStream(log)) {
                        in.skipNBytes(position);
                        for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                            out.write(buffer, 0, read);
                            position += read;
                        }
                    }
                    out.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + log, e);
            }
            Sleep.millis(250);
        }
    }
}
