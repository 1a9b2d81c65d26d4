package io.sigillum.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** The verification service's REST application; protected routes take MP-JWT bearer tokens. */
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
public class VerificationApplication extends Application {
}
