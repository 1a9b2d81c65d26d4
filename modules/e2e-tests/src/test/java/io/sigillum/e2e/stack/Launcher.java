package io.sigillum.e2e.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the dev-stack launcher the way {@code ./sigillum} does, {@code java -jar
 * modules/dev-stack/target/sigillum-dev-stack.jar <command>} from the checkout, with
 * {@code -Dsigillum.home} pointing at a {@link StackHome}.
 */
public final class Launcher {

    /** The launcher jar, relative to the checkout. */
    public static final Path JAR = Path.of("modules/dev-stack/target/sigillum-dev-stack.jar");
    /** Time for the launcher to stop what it started once asked to (its grace period is 60 s). */
    private static final Duration STOP_GRACE = Duration.ofSeconds(90);

    private final Path checkout;
    private final StackHome home;
    private final AtomicInteger runs = new AtomicInteger();

    public Launcher(Path checkout, StackHome home) {
        this.checkout = checkout;
        this.home = home;
    }

    /**
     * @param timeout how long the command may take
     * @param args    the command and its arguments, e.g. {@code up}
     * @return its exit code, output and duration
     * @throws AssertionError if it does not finish in time (it is then stopped)
     */
    public Run run(Duration timeout, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsigillum.home=" + home.root(),
                "-jar", checkout.resolve(JAR).toString()));
        command.addAll(List.of(args));
        // Output to files, not pipes: a process the launcher starts must never hold our pipe open.
        String name = "launcher-" + runs.incrementAndGet() + "-" + args[0];
        Path out = home.root().resolve(name + ".out");
        Path err = home.root().resolve(name + ".err");
        long began = System.nanoTime();
        try {
            Process process = new ProcessBuilder(command)
                    .directory(checkout.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            // No standard input, as from a script.
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                // SIGTERM: the launcher's shutdown hook stops whatever it had started.
                process.destroy();
                if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                }
                throw new AssertionError("sigillum " + String.join(" ", args) + " did not finish in "
                        + timeout.toSeconds() + " s; its output:\n" + read(out) + read(err));
            }
            Duration took = Duration.ofNanos(System.nanoTime() - began);
            return new Run(process.exitValue(), read(out), read(err), took);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running sigillum " + String.join(" ", args), e);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    /**
     * One run of the launcher.
     *
     * @param exitCode its exit code
     * @param out      what it printed on standard output
     * @param err      what it printed on standard error
     * @param took     how long it ran
     */
    public record Run(int exitCode, String out, String err, Duration took) {

        /** @return the output and errors, to put in an assertion message */
        public String transcript() {
            return "exit " + exitCode + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }
}
