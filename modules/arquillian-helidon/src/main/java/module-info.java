/**
 * An Arquillian container for Helidon MicroProfile: deploying starts the service's CDI container
 * and web server in the test's JVM on a free loopback port; undeploying stops it.
 */
module io.sigillum.arquillian.helidon {
    requires io.helidon.microprofile.server;
    requires arquillian.container.spi;
    requires arquillian.core.spi;
    requires arquillian.core.api;
    requires arquillian.config.api;
    requires shrinkwrap.api;
    requires shrinkwrap.descriptors.api.base;

    exports io.sigillum.arquillian.helidon;

    provides org.jboss.arquillian.core.spi.LoadableExtension with io.sigillum.arquillian.helidon.HelidonArquillianExtension;
}
