package io.sigillum.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service's runnable jar as a child JVM on a loopback port, for tests that stop and start a
 * service (what a test's own CDI container cannot do): configured by system properties, its
 * output in a log file, stopped when closed and killed if the test JVM exits first. Run from an
 * {@code *IT}, when the module's jar is packaged.
 */
public final class ChildService implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path jar;
    private final Map<String, String> properties;
    private final Path log;
    private final int port;
    private Process process;
    private Thread killer;

    private ChildService(Path jar, Map<String, String> properties, Path log, int port) {
        this.jar = jar;
        this.properties = properties;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the jar and waits until it is live.
     *
     * @param jar        e.g. {@code target/sigillum-status-service.jar}
     * @param properties its configuration; {@code server.port} and {@code server.host} are added
     * @param log        where its output goes (appended across restarts)
     */
    public static ChildService start(Path jar, Map<String, String> properties, Path log) {
        ChildService service = new ChildService(jar, properties, log, freePort());
        service.start();
        return service;
    }

    /** Starts it again, on the same port, after {@link #stop()}. */
    public void start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no jar at " + jar + ": run this test after package (an *IT)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED",
                "-Dserver.port=" + port, "-Dserver.host=127.0.0.1"));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        killer = new Thread(process::destroyForcibly, "child-service-killer");
        Runtime.getRuntime().addShutdownHook(killer);
        awaitLive();
    }

    /** Stops it (SIGTERM, then SIGKILL after 20 s) and waits until it is gone. */
    public void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().removeShutdownHook(killer);
        process = null;
    }

    /** Its base URI, e.g. {@code http://127.0.0.1:40123}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitLive() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited while starting; see " + log);
            }
            if (live()) {
                return;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the service started", e);
            }
        }
        stop();
        throw new IllegalStateException("the service was not live after " + START_TIMEOUT.toSeconds() + " s; see " + log);
    }

    // HttpURLConnection, not java.net.http: this class is compiled into the platform module, which does not read it.
    private boolean live() {
        try {
            HttpURLConnection connection = (HttpURLConnection) base().resolve("/health/live").toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(5000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
