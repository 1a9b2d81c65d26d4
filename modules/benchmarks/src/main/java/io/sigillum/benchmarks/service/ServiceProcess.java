package io.sigillum.benchmarks.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service as a child JVM on a loopback port, configured by system properties,
 * its output in a log file. Stopped when closed, and killed if this JVM exits first.
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final URI base;
    private final Thread killer;

    private ServiceProcess(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
        this.killer = new Thread(process::destroyForcibly, "bench-service-killer");
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /**
     * Starts {@code java -Xmx<heap> -D… -jar <jar>} with this JVM's {@code java}.
     *
     * @param jvmOptions  more options for the JVM, before the properties
     * @param properties  the service's configuration; {@code server.port} among them
     * @param environment variables added to this process's environment
     */
    public static ServiceProcess start(Path jar, String heap, List<String> jvmOptions, int port, Map<String, String> properties,
                                Map<String, String> environment, Path log) throws IOException {
        return start(jar, heap, jvmOptions, URI.create("http://127.0.0.1:" + port), properties, environment, log);
    }

    /**
     * Starts a service that serves at {@code base}, e.g. over TLS at {@code https://127.0.0.1:41234}
     * (the properties then configure its server's key store).
     *
     * @param base where the service answers; its port is the one {@code server.port} names
     */
    public static ServiceProcess start(Path jar, String heap, List<String> jvmOptions, URI base, Map<String, String> properties,
                                       Map<String, String> environment, Path log) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no service jar at " + jar.toAbsolutePath()
                    + ": build it first (./mvnw -q -pl <its module> -am package -DskipTests)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(jvmOptions);
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new ServiceProcess(builder.start(), log, base);
    }

    /** @return a loopback port that was free a moment ago */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    /** @return e.g. {@code http://127.0.0.1:41234}, or the {@code https} address it was started with */
    public URI base() {
        return base;
    }

    /** @return the child's process handle, to read its CPU time */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    /**
     * Polls {@code /health/live} until it answers 200.
     *
     * @return its body
     * @throws IllegalStateException with the log's tail when the service exits or stays down
     */
    public String awaitLive(HttpClient client, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/health/live")).timeout(Duration.ofSeconds(5)).build();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw failed("the service exited with status " + process.exitValue() + " while starting");
            }
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
                last = "status " + response.statusCode() + ": " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw failed("the service was not live after " + timeout.toSeconds() + " s (last: " + last + ")");
    }

    /** @return an exception whose message ends with the service log's last lines */
    public IllegalStateException failed(String what) {
        return failed(what, null);
    }

    /** @return an exception whose message ends with the service log's last lines */
    public IllegalStateException failed(String what, Throwable cause) {
        return new IllegalStateException(what + "\n--- last lines of " + log + " ---\n" + tail(40), cause);
    }

    /** @return the last lines of the service's output */
    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read the log: " + e.getMessage() + ")";
        }
    }

    /** Asks the service to stop (it flushes its audit counts), then kills it after 15 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException e) {
            // This JVM is already shutting down; the hook runs and finds the process gone.
        }
    }
}
