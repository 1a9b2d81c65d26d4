package io.sigillum.benchmarks.service;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configuration every service of a run gets: a loopback port over plain HTTP, its own H2 file
 * database and Narayana object store in the run's directory, a broker URL, and the run's token
 * issuer as its MP-JWT issuer. A run adds what is particular to the service.
 */
public final class ServiceProperties {

    private ServiceProperties() {
    }

    /**
     * @param port   the service's port on 127.0.0.1
     * @param data   the directory of its database ({@code db}) and transaction log ({@code narayana})
     * @param tokens the issuer whose tokens it trusts
     * @param broker its broker URL, e.g. {@link #deadBroker()}
     * @return the properties, in a map the caller may add to
     */
    public static Map<String, String> of(int port, Path data, TokenIssuer tokens, String broker) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", Integer.toString(port));
        properties.put("server.host", "127.0.0.1");
        properties.put("sigillum.db.url", "jdbc:h2:file:" + data.resolve("db").toAbsolutePath() + ";DATABASE_TO_LOWER=TRUE");
        properties.put("sigillum.db.user", "sa");
        properties.put("sigillum.db.password", "sa");
        // Narayana's transaction log; its default, ./ObjectStore, would land in the working tree.
        properties.put("ObjectStoreEnvironmentBean.objectStoreDir", data.resolve("narayana").toAbsolutePath().toString());
        properties.put("sigillum.broker.url", broker);
        properties.putAll(tokens.serviceProperties());
        return properties;
    }

    /**
     * @return a broker URL on a loopback port nothing listens on: for services whose measured work
     *         needs no broker, never a real one
     */
    public static String deadBroker() {
        return "tcp://127.0.0.1:" + ServiceProcess.freePort();
    }
}
