package io.sigillum.keymanagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** The key management service's REST application; protected routes take MP-JWT bearer tokens. */
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
public class KeyManagementApplication extends Application {
}
