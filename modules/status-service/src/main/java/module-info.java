/** The status service: Token Status Lists, their entries, and changes of status. */
module io.sigillum.status {
    requires io.sigillum.platform;
    requires io.sigillum.api.status;
    requires jakarta.persistence;
    requires jakarta.transaction;
    requires microprofile.jwt.auth.api;
    // Main alone: it boots the runtime.
    requires io.helidon.microprofile.cdi;

    // CDI, JAX-RS and EclipseLink instantiate, proxy and fill these reflectively.
    opens io.sigillum.status to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.status.list to weld.core.impl, org.glassfish.jersey.core.server, org.eclipse.persistence.core;
}
