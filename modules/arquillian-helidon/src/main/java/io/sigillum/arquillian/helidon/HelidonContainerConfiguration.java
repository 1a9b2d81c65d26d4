package io.sigillum.arquillian.helidon;

import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;

/**
 * Settings from {@code arquillian.xml}, all optional: {@code host} (default 127.0.0.1) and
 * {@code port} (default 0, a free port).
 */
public class HelidonContainerConfiguration implements ContainerConfiguration {

    private String host = "127.0.0.1";
    private int port;

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    @Override
    public void validate() throws ConfigurationException {
        if (port < 0 || port > 65535) {
            throw new ConfigurationException("port must be 0 (any free port) to 65535: " + port);
        }
    }
}
