package io.sigillum.benchmarks.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A flight recording of a running child JVM for a fixed time, started with {@code jcmd} (the JDK
 * that runs this process), so that it covers the measured load and nothing else: not the start,
 * not the warm-up, not the preparation. JFR writes the file when the time is up.
 */
public final class JfrRecording {

    private final Path file;
    private final long endsAt;

    private JfrRecording(Path file, long endsAt) {
        this.file = file;
        this.endsAt = endsAt;
    }

    /**
     * Starts {@code JFR.start settings=profile duration=… filename=…} in the process.
     *
     * @throws IllegalStateException when jcmd fails
     */
    public static JfrRecording start(ProcessHandle process, Path file, Duration duration) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process command = new ProcessBuilder(List.of(jcmd.toString(), Long.toString(process.pid()), "JFR.start",
                "name=sigillum-bench", "settings=profile", "duration=" + Math.max(1, duration.toSeconds()) + "s",
                "filename=" + file.toAbsolutePath())).redirectErrorStream(true).start();
        String output = new String(command.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!command.waitFor(60, TimeUnit.SECONDS) || command.exitValue() != 0 || !output.contains("Started recording")) {
            throw new IllegalStateException("jcmd could not start a recording in process " + process.pid() + ": " + output);
        }
        return new JfrRecording(file, System.nanoTime() + duration.toNanos());
    }

    /**
     * Waits until the recording's file is written (its time is up and JFR has dumped it).
     *
     * @return the file
     */
    public Path await(Duration patience) throws InterruptedException {
        long deadline = Math.max(endsAt, System.nanoTime()) + patience.toNanos();
        long lastSize = -1;
        while (System.nanoTime() < deadline) {
            try {
                long size = Files.isRegularFile(file) ? Files.size(file) : -1;
                if (size > 0 && size == lastSize && System.nanoTime() > endsAt) {
                    return file;
                }
                lastSize = size;
            } catch (IOException e) {
                // not there yet
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IllegalStateException("the recording " + file + " was not written");
    }
}
