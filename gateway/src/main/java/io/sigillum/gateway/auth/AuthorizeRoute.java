package io.sigillum.gateway.auth;

import io.helidon.config.Config;
import io.helidon.webclient.api.WebClient;
import io.sigillum.gateway.UpstreamClient;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets a request through to its route, or answers it: open routes let everyone through; a
 * bearer-protected route needs a valid token (401 otherwise) whose groups hold one of its roles
 * (403 otherwise). The token itself goes on to the service unchanged, which checks it again.
 * While the keys of a JWKS URL have not been fetched yet, such routes answer 503 (see {@link RemoteJwks}).
 * Refusals are logged with the route and the check that failed, never with the token.
 */
public final class AuthorizeRoute {

    private static final Logger LOG = Logger.getLogger(AuthorizeRoute.class.getName());


    /** Null when no route is protected and no key is configured. */
    private final ValidateAccessToken tokens;
    /** The thread refreshing a remote JWKS; null for keys from a file. */
    private final ScheduledExecutorService refresher;

    AuthorizeRoute(ValidateAccessToken tokens) {
        this(tokens, null);
    }

    private AuthorizeRoute(ValidateAccessToken tokens, ScheduledExecutorService refresher) {
        this.tokens = tokens;
        this.refresher = refresher;
    }

    /**
     * The check configured under {@code sigillum.gateway.jwt} (see {@link JwtSettings}).
     *
     * @param anyRouteProtected whether some route needs a token: then a key and an issuer are required
     * @throws IllegalStateException when a protected route could not be checked (no key, no issuer,
     *                               a key that does not load): the gateway does not start half-guarded
     */
    public static AuthorizeRoute create(Config config, boolean anyRouteProtected) {
        JwtSettings settings = JwtSettings.from(config);
        WebClient client = UpstreamClient.forKeyFetching(config, settings.jwks().timeout());
        return create(settings, anyRouteProtected, Clock.systemUTC(), remote -> new FetchJwksOverHttps(client,
                remote.uri(), settings.jwks().maxBytes(), settings.jwks().timeout()));
    }

    /**
     * @param fetcher how a JWKS at a URL is fetched
     * @throws IllegalStateException as {@link #create(Config, boolean)}; a JWKS URL that cannot be
     *                               fetched now is no reason to stop (see {@link RemoteJwks})
     */
    static AuthorizeRoute create(JwtSettings settings, boolean anyRouteProtected, Clock clock,
                                 Function<KeyLocation.Remote, FetchJwks> fetcher) {
        if (settings.keyLocation().isEmpty()) {
            if (anyRouteProtected) {
                throw new IllegalStateException("routes with roles need bearer tokens checked, but "
                        + "sigillum.gateway.jwt.publickey.location is not set");
            }
            return new AuthorizeRoute(null);
        }
        String issuer = settings.issuer().orElseThrow(() -> new IllegalStateException(
                "sigillum.gateway.jwt.publickey.location is set but sigillum.gateway.jwt.issuer is not"));
        return switch (KeyLocation.parse(settings.keyLocation().get(), settings.jwks().allowHttp())) {
            case KeyLocation.File file -> new AuthorizeRoute(new ValidateAccessToken(
                    new FixedKeys(VerificationKeys.read(file.path(), settings.algorithms())), settings, issuer, clock));
            case KeyLocation.Remote remote -> {
                RemoteJwks jwks = new RemoteJwks(remote.forLog(), fetcher.apply(remote), settings.algorithms(),
                        settings.jwks(), clock);
                ScheduledExecutorService refresher = refresher();
                jwks.start(refresher);
                yield new AuthorizeRoute(new ValidateAccessToken(jwks, settings, issuer, clock), refresher);
            }
        };
    }

    /** Stops refreshing a remote JWKS, when the gateway stops; nothing to do for keys from a file. */
    public void stop() {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    /** One daemon thread refreshes a JWKS: a fetch every few minutes needs no more. */
    private static ScheduledExecutorService refresher() {
        return Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("sigillum-jwks-refresh").factory());
    }

    /** The bearer-token metrics (the JWKS fetches), in the Prometheus text format; empty without them. */
    public String prometheus() {
        return tokens == null ? "" : tokens.keySource().prometheus();
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
        } catch (KeysUnavailable unavailable) {
            log(route, "no verification keys yet");
            return new Admission.Refused(BearerRefusals.keysUnavailable(response, unavailable.retryAfter()));
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
