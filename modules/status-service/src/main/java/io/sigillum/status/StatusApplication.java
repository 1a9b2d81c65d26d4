package io.sigillum.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** The status service's REST application; protected routes take MP-JWT bearer tokens. */
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
public class StatusApplication extends Application {
}
