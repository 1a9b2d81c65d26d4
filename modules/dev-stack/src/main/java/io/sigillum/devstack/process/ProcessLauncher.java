package io.sigillum.devstack.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts a process detached from the launcher: output appended to its log, no standard input,
 * its pid in its pid file. Where {@code setsid} exists the process gets its own session, so a
 * Ctrl-C typed later in the same terminal (say, in {@code logs -f}) does not reach it; and since
 * {@code setsid} replaces itself with the command, the pid is the process's own.
 */
public final class ProcessLauncher {

    private static final Optional<Path> SETSID = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"))
            .stream().filter(Files::isExecutable).findFirst();
    private static final File NO_INPUT = new File(File.separatorChar == '/' ? "/dev/null" : "NUL");

    private ProcessLauncher() {
    }

    /**
     * @param spec what to start
     * @return the started process
     * @throws UncheckedIOException if it cannot be started (say, the command does not exist)
     */
    public static ManagedProcess start(LaunchSpec spec) {
        Path log = spec.logFile();
        try {
            Files.createDirectories(log.getParent());
            long offset = Files.exists(log) ? Files.size(log) : 0;
            Instant now = Instant.now();
            Files.writeString(log, "---- sigillum dev stack: starting " + spec.name() + " at " + now + " ----\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command(spec))
                    .directory(spec.workingDirectory().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(NO_INPUT));
            builder.environment().putAll(spec.environment());
            Process process = builder.start();
            PidFiles.write(spec.pidFile(), process.pid());
            return new ManagedProcess(spec, process, offset, now);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + spec.name() + ": " + e.getMessage(), e);
        }
    }

    private static List<String> command(LaunchSpec spec) {
        List<String> command = new ArrayList<>();
        SETSID.ifPresent(setsid -> command.add(setsid.toString()));
        command.addAll(spec.command());
        return command;
    }
}
