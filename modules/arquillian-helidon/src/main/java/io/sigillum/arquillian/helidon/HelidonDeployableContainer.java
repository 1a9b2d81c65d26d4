package io.sigillum.arquillian.helidon;

import io.helidon.microprofile.server.Server;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * Runs the service under test in this JVM. The archive names the deployment, but the classes
 * come from the test class path, as Helidon runs from a class path of jars and not from archives;
 * so tests run as a client ({@code testable = false}) over real HTTP.
 *
 * <p>Helidon's CDI container is one per JVM: run each {@code *IT} class in its own fork.
 */
public class HelidonDeployableContainer implements DeployableContainer<HelidonContainerConfiguration> {

    private HelidonContainerConfiguration configuration = new HelidonContainerConfiguration();
    private Server server;

    @Override
    public Class<HelidonContainerConfiguration> getConfigurationClass() {
        return HelidonContainerConfiguration.class;
    }

    @Override
    public void setup(HelidonContainerConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void start() {
        // The server starts with the deployment, when the test's configuration is in place.
    }

    @Override
    public void stop() {
        stopServer();
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new ProtocolDescription("Local");
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (server != null) {
            throw new DeploymentException("Helidon runs one deployment per JVM; " + archive.getName()
                    + " came while another was deployed");
        }
        // System properties outrank the service's microprofile-config.properties, which names its
        // production port; the builder's port alone would lose to it.
        System.setProperty("server.host", configuration.getHost());
        System.setProperty("server.port", String.valueOf(configuration.getPort()));
        try {
            server = Server.builder().build().start();
        } catch (RuntimeException e) {
            throw new DeploymentException("Helidon did not start for " + archive.getName() + ": " + e.getMessage(), e);
        }
        if (server.port() <= 0) {
            stopServer();
            throw new DeploymentException("Helidon started for " + archive.getName() + " but is not listening"
                    + " (is port " + configuration.getPort() + " taken?)");
        }
        HTTPContext context = new HTTPContext(configuration.getHost(), server.port());
        context.add(new Servlet("helidon", "/"));
        return new ProtocolMetaData().addContext(context);
    }

    @Override
    public void undeploy(Archive<?> archive) {
        stopServer();
    }

    @Override
    public void deploy(Descriptor descriptor) throws DeploymentException {
        throw new DeploymentException("descriptor deployments are not supported");
    }

    @Override
    public void undeploy(Descriptor descriptor) {
        // nothing was deployed
    }

    private void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
