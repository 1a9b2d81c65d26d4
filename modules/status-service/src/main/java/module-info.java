/** The status service: Token Status Lists, their entries, and changes of status. */
module io.sigillum.status {
    requires io.sigillum.platform;
    requires io.sigillum.api.status;
    requires io.sigillum.statuslist;
    requires io.sigillum.kmsclient;
    requires jakarta.messaging;
    requires jakarta.persistence;
    requires jakarta.transaction;
    requires microprofile.jwt.auth.api;
    requires java.logging;
    // Main alone: it boots the runtime.
    requires io.helidon.microprofile.cdi;

    // CDI, JAX-RS and EclipseLink instantiate, proxy and fill these reflectively.
    opens io.sigillum.status to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.status.list to weld.core.impl, org.glassfish.jersey.core.server, org.eclipse.persistence.core;
    opens io.sigillum.status.entry to weld.core.impl, org.glassfish.jersey.core.server, org.eclipse.persistence.core;
    opens io.sigillum.status.allocation to weld.core.impl, org.glassfish.jersey.core.server, org.eclipse.persistence.core;
    opens io.sigillum.status.publication to weld.core.impl, org.eclipse.persistence.core;
    opens io.sigillum.status.serving to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.status.command to weld.core.impl, org.eclipse.persistence.core;
}
