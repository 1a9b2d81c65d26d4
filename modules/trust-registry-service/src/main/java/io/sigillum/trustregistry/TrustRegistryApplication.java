package io.sigillum.trustregistry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** The trust registry's REST application; callers authenticate with MP-JWT bearer tokens. */
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
public class TrustRegistryApplication extends Application {
}
