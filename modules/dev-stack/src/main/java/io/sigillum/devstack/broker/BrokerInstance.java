package io.sigillum.devstack.broker;

import io.sigillum.devstack.StackException;
import io.sigillum.devstack.process.JavaRuntime;
import io.sigillum.devstack.process.LaunchSpec;
import io.sigillum.devstack.process.LogTail;
import io.sigillum.devstack.stack.ServiceCatalog;
import io.sigillum.devstack.stack.StackLayout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The broker instance under {@code var/broker/}: made once with {@code artemis create}, then run
 * with its own {@code bin/artemis run}. Only the core-protocol acceptor is opened, on
 * 127.0.0.1:61616; the AMQP, MQTT, STOMP and HornetQ acceptors (ports 5672, 1883, 61613, 5445)
 * would collide with RabbitMQ and Mosquitto on developer machines, and the services speak core.
 */
public final class BrokerInstance {

    /** The JVM class every broker command line runs: the ownership marker with the instance dir. */
    static final String BOOT_CLASS = "org.apache.activemq.artemis.boot.Artemis";
    private static final Duration CREATE_TIMEOUT = Duration.ofMinutes(2);
    private static final String HEAP = "512M";

    private final StackLayout layout;

    /** @param layout where {@code var/broker/} is */
    public BrokerInstance(StackLayout layout) {
        this.layout = layout;
    }

    /** @return whether {@code artemis create} has made the instance already */
    public boolean exists() {
        return Files.isExecutable(script());
    }

    /**
     * @param distribution the distribution this build unpacked
     * @return whether the instance must be (re)made: it is missing, or it points at another
     *         distribution (the repository moved, or the Artemis version changed); re-making keeps
     *         the journal under {@code data/}
     */
    public boolean needsCreate(ArtemisDistribution distribution) {
        if (!exists()) {
            return true;
        }
        Path profile = layout.broker().resolve("etc").resolve("artemis.profile");
        try {
            String expected = "ARTEMIS_HOME='" + distribution.home() + "'";
            return Files.readAllLines(profile).stream().map(String::strip).noneMatch(expected::equals);
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Runs {@code artemis create} and waits for it.
     *
     * @param distribution the Artemis distribution
     * @param password     the broker user's password
     * @throws StackException if it fails
     */
    public void create(ArtemisDistribution distribution, String password) {
        Path log = layout.log("broker-create");
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(createCommand(distribution, password))
                    .directory(layout.root().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            // The scripts pick their java from JAVA_HOME: make it the JDK 21+ running this launcher.
            builder.environment().put("JAVA_HOME", JavaRuntime.home().toString());
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(CREATE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new StackException("artemis create did not finish in " + CREATE_TIMEOUT.toSeconds()
                        + " s; see " + layout.root().relativize(log));
            }
            if (process.exitValue() != 0 || !exists()) {
                List<String> lines = LogTail.last(LogTail.linesSince(log, 0), 1);
                throw new StackException("artemis create failed (" + String.join(" ", lines).strip()
                        + "); see " + layout.root().relativize(log));
            }
            restrictUsersFile();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run artemis create", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while creating the broker instance");
        }
    }

    /** @return how to run the broker in the foreground of its own process */
    public LaunchSpec launchSpec() {
        return new LaunchSpec(ServiceCatalog.BROKER, List.of(script().toString(), "run"),
                Map.of("JAVA_HOME", JavaRuntime.home().toString()), layout.root(),
                layout.log(ServiceCatalog.BROKER), layout.pidFile(ServiceCatalog.BROKER),
                ownershipMarkers());
    }

    /** @return what the broker's command line contains: the boot class and this instance's path */
    public List<String> ownershipMarkers() {
        return List.of(BOOT_CLASS, layout.broker().toString());
    }

    List<String> createCommand(ArtemisDistribution distribution, String password) {
        return List.of(distribution.launcher().toString(), "create", layout.broker().toString(),
                "--silent", "--force", "--no-web",
                "--name", "sigillum-dev",
                "--host", "127.0.0.1",
                "--default-port", Integer.toString(ServiceCatalog.BROKER_PORT),
                "--user", ServiceCatalog.BROKER_USER,
                // Artemis reads a password only from this option or an interactive console. The
                // option is visible to local users for the two seconds create runs; the broker
                // then keeps only a salted hash in etc/artemis-users.properties.
                "--password", password,
                "--require-login",
                "--no-amqp-acceptor", "--no-mqtt-acceptor", "--no-stomp-acceptor", "--no-hornetq-acceptor",
                "--no-autotune",
                "--java-memory", HEAP);
    }

    private Path script() {
        return layout.broker().resolve("bin").resolve("artemis");
    }

    private void restrictUsersFile() throws IOException {
        Path users = layout.broker().resolve("etc").resolve("artemis-users.properties");
        if (Files.exists(users) && Files.getFileStore(users).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(users, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
