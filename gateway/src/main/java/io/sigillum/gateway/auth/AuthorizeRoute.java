package io.sigillum.gateway.auth;

import io.helidon.config.Config;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets a request through to its route, or answers it: open routes let everyone through; a
 * bearer-protected route needs a valid token (401 otherwise) whose groups hold one of its roles
 * (403 otherwise). The token itself goes on to the service unchanged, which checks it again.
 * Refusals are logged with the route and the check that failed, never with the token.
 */
public final class AuthorizeRoute {

    private static final Logger LOG = Logger.getLogger(AuthorizeRoute.class.getName());

    /** Null when no route is protected and no key is configured. */
    private final ValidateAccessToken tokens;

    AuthorizeRoute(ValidateAccessToken tokens) {
        this.tokens = tokens;
    }

    /**
     * The check configured under {@code sigillum.gateway.jwt} (see {@link JwtSettings}).
     *
     * @param anyRouteProtected whether some route needs a token: then a key and an issuer are required
     * @throws IllegalStateException when a protected route could not be checked (no key, no issuer,
     *                               a key that does not load): the gateway does not start half-guarded
     */
    public static AuthorizeRoute create(Config config, boolean anyRouteProtected) {
        return create(JwtSettings.from(config), anyRouteProtected, Clock.systemUTC());
    }

    static AuthorizeRoute create(JwtSettings settings, boolean anyRouteProtected, Clock clock) {
        if (settings.keyLocation().isEmpty()) {
            if (anyRouteProtected) {
                throw new IllegalStateException("routes with roles need bearer tokens checked, but "
                        + "sigillum.gateway.jwt.publickey.location is not set");
            }
            return new AuthorizeRoute(null);
        }
        String issuer = settings.issuer().orElseThrow(() -> new IllegalStateException(
                "sigillum.gateway.jwt.publickey.location is set but sigillum.gateway.jwt.issuer is not"));
        VerificationKeys keys = VerificationKeys.load(settings.keyLocation().get(), settings.algorithms());
        return new AuthorizeRoute(new ValidateAccessToken(keys, settings, issuer, clock));
    }

    /**
     * @param rule  the route's rule
     * @param route the route's name, for the log
     * @return whether the request may go on, and as whom; when refused, the problem is already sent
     */
    public Admission admit(AccessRule rule, String route, ServerRequest request, ServerResponse response) {
        if (rule.open()) {
            return Admission.ANYONE;
        }
        if (tokens == null) {
            throw new IllegalStateException("route " + route + " has roles but no token check is configured");
        }
        String compact;
        switch (BearerToken.of(request.headers())) {
            case BearerToken.Absent ignored -> {
                return new Admission.Refused(BearerRefusals.noToken(response));
            }
            case BearerToken.Malformed ignored -> {
                log(route, "the Authorization field is malformed");
                return new Admission.Refused(BearerRefusals.invalidToken(response));
            }
            case BearerToken.Token token -> compact = token.compact();
        }
        ValidateAccessToken.Caller caller;
        try {
            caller = tokens.caller(compact);
        } catch (TokenRefused refused) {
            log(route, "the token was refused: " + refused.reason());
            return new Admission.Refused(BearerRefusals.invalidToken(response));
        }
        if (!rule.grants(caller.groups())) {
            log(route, "the token has none of the route's roles");
            return new Admission.Refused(BearerRefusals.missingRole(response));
        }
        return new Admission.Bearer(caller.subject());
    }

    private static void log(String route, String why) {
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine("route " + route + ": " + why);
        }
    }
}
