package io.sigillum.issuance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** The credential issuance service's REST application; protected routes take MP-JWT bearer tokens. */
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
public class IssuanceApplication extends Application {
}
