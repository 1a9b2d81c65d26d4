package io.sigillum.events.testing;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * A real Artemis broker in the test's JVM, listening on a free loopback port with its core
 * protocol only, with a persistent journal and the same dead-letter policy as the dev stack:
 * {@value #MAX_DELIVERY_ATTEMPTS} attempts, then the queue {@value #DEAD_LETTER_QUEUE}.
 */
public final class EmbeddedBroker implements AutoCloseable {

    public static final String DEAD_LETTER_QUEUE = "DLQ";
    public static final int MAX_DELIVERY_ATTEMPTS = 3;

    private final EmbeddedActiveMQ server;
    private final int port;
    private final Path dataDirectory;

    private EmbeddedBroker(EmbeddedActiveMQ server, int port, Path dataDirectory) {
        this.server = server;
        this.port = port;
        this.dataDirectory = dataDirectory;
    }

    /** Starts a broker on a free port, keeping its journal in {@code dataDirectory}. */
    public static EmbeddedBroker start(Path dataDirectory) {
        return start(dataDirectory, freePort());
    }

    /** Starts a broker on the given port, e.g. to restart one on the port its clients know. */
    public static EmbeddedBroker start(Path dataDirectory, int port) {
        ConfigurationImpl config = new ConfigurationImpl();
        config.setName("sigillum-test-broker");
        config.setPersistenceEnabled(true);
        config.setSecurityEnabled(false);
        config.setJournalDirectory(dataDirectory.resolve("journal").toString());
        config.setBindingsDirectory(dataDirectory.resolve("bindings").toString());
        config.setPagingDirectory(dataDirectory.resolve("paging").toString());
        config.setLargeMessagesDirectory(dataDirectory.resolve("large-messages").toString());
        try {
            config.addAcceptorConfiguration("core", "tcp://127.0.0.1:" + port + "?protocols=CORE");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        config.addAddressSetting("#", new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_QUEUE))
                .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
                .setRedeliveryDelay(0)
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true));
        config.addQueueConfiguration(QueueConfiguration.of(DEAD_LETTER_QUEUE).setRoutingType(RoutingType.ANYCAST));
        EmbeddedActiveMQ server = new EmbeddedActiveMQ();
        server.setConfiguration(config);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("embedded broker did not start", e);
        }
        return new EmbeddedBroker(server, port, dataDirectory);
    }

    /** The URL clients connect to, failing fast rather than retrying when the broker is gone. */
    public String url() {
        return url(port);
    }

    /** The URL of a broker on the given loopback port, whether or not one runs there yet. */
    public static String url(int port) {
        return "tcp://127.0.0.1:" + port + "?initialConnectAttempts=1&reconnectAttempts=0&callTimeout=5000";
    }

    /** A factory for a broker on the given port, whether or not one runs there yet. */
    public static ConnectionFactory connectionFactory(int port) {
        return new ActiveMQConnectionFactory(url(port));
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public ConnectionFactory connectionFactory() {
        return connectionFactory(port);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("embedded broker did not stop", e);
        }
    }

    /** A loopback port nothing listens on now, e.g. for a broker to be started later. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
