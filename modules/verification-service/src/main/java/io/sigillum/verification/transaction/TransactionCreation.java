package io.sigillum.verification.transaction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillum.api.verifierrp.model.CreatedTransaction;
import io.sigillum.api.verifierrp.model.TransactionRequest;
import io.sigillum.crypto.secret.Secrets;
import io.sigillum.dcql.DcqlException;
import io.sigillum.platform.problem.Problem;
import io.sigillum.verification.protocol.OpenId4VpSpec;
import io.sigillum.verification.request.VerifierIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens a presentation transaction: checks the DCQL query and the relying party's choices,
 * makes the client identifier, the nonce and state, and (for {@code direct_post.jwt}) the key
 * the wallet encrypts to, and stores it all so that any replica serves the next steps.
 */
@ApplicationScoped
public class TransactionCreation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_QUERY_CHARS = 64 * 1024;

    private final PresentationTransactions transactions;
    private final AuthorizationRequests urls;
    private final VerifierIdentity identity;
    private final DcqlQueries queries;
    private final Duration ttl;
    private final Clock clock = Clock.systemUTC();

    @Inject
    TransactionCreation(PresentationTransactions transactions, AuthorizationRequests urls, VerifierIdentity identity,
                        DcqlQueries queries,
                        @ConfigProperty(name = "sigillum.verification.transaction-ttl", defaultValue = "PT5M") Duration ttl) {
        this.transactions = transactions;
        this.urls = urls;
        this.identity = identity;
        this.queries = queries;
        this.ttl = ttl;
    }

    /**
     * @param request the relying party's request
     * @param owner   the relying party (its token's subject)
     * @return the transaction with its authorization request
     */
    @Transactional
    public CreatedTransaction create(TransactionRequest request, String owner) {
        String query = dcqlQuery(request);
        TransactionOptions options = options(request);
        String requestId = Secrets.random();
        URI responseUri = urls.responseUri(requestId);
        String clientId = identity.clientId(options.clientIdPrefix(), responseUri);
        // Whole seconds: the request object's exp is in seconds, and the relying party reads the same time.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        PresentationTransactionRecord transaction = new PresentationTransactionRecord(UUID.randomUUID().toString(), requestId,
                owner, now, now.plus(ttl), options, query, Secrets.random(), Secrets.random(), clientId,
                options.encrypted() ? ResponseEncryptionKeys.generate() : null);
        transactions.add(transaction);
        return new CreatedTransaction().transactionId(transaction.id())
                .authorizationRequest(urls.authorizationRequest(clientId, requestId))
                .requestUri(urls.requestUri(requestId))
                .expiresAt(transaction.expiresAt().atOffset(ZoneOffset.UTC));
    }

    /** The query, checked as a verifier must (OpenID4VP 1.0 §6), as JSON text. */
    private String dcqlQuery(TransactionRequest request) {
        if (request.getDcqlQuery() == null || request.getDcqlQuery().isEmpty()) {
            throw invalid("dcql_query is required.");
        }
        String json;
        try {
            json = JSON.writeValueAsString(request.getDcqlQuery());
        } catch (JsonProcessingException e) {
            throw invalid("dcql_query is not a JSON object.");
        }
        if (json.length() > MAX_QUERY_CHARS) {
            throw invalid("dcql_query is longer than " + MAX_QUERY_CHARS + " characters.");
        }
        try {
            queries.parse(json);
        } catch (DcqlException e) {
            throw new Problem(URI.create("urn:sigillum:problem:verification:invalid-dcql-query"), "Invalid DCQL query", 400,
                    "dcql_query: " + e.getMessage()).asException();
        }
        return json;
    }

    private static TransactionOptions options(TransactionRequest request) {
        String responseMode = Optional.ofNullable(request.getResponseMode()).map(m -> m.value())
                .orElse(OpenId4VpSpec.DIRECT_POST_JWT);
        String flow = Optional.ofNullable(request.getFlow()).map(f -> f.value()).orElse(TransactionOptions.CROSS_DEVICE);
        String prefix = Optional.ofNullable(request.getClientIdPrefix()).map(p -> p.value())
                .orElse(OpenId4VpSpec.PREFIX_X509_HASH);
        Optional<URI> redirectUri = Optional.ofNullable(request.getRedirectUri());
        if (TransactionOptions.SAME_DEVICE.equals(flow)) {
            URI redirect = redirectUri.orElseThrow(() -> invalid("A same_device transaction needs redirect_uri."));
            checkRedirect(redirect);
        } else if (redirectUri.isPresent()) {
            throw invalid("redirect_uri is for same_device transactions only.");
        }
        return new TransactionOptions(responseMode, flow, redirectUri.map(URI::toString), prefix);
    }

    /** An absolute https URI without a fragment (RFC 6749 §3.1.2); http only for this machine, in development. */
    private static void checkRedirect(URI redirect) {
        String scheme = Optional.ofNullable(redirect.getScheme()).map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        boolean loopback = "localhost".equals(redirect.getHost()) || "127.0.0.1".equals(redirect.getHost());
        if (!redirect.isAbsolute() || redirect.getHost() == null || !("https".equals(scheme) || ("http".equals(scheme) && loopback))) {
            throw invalid("redirect_uri must be an absolute https URI.");
        }
        if (redirect.getRawFragment() != null) {
            throw invalid("redirect_uri must not have a fragment: the response code goes there.");
        }
        if (redirect.toString().length() > 2048) {
            throw invalid("redirect_uri is longer than 2048 characters.");
        }
    }

    private static WebApplicationException invalid(String detail) {
        return Problem.of(Response.Status.BAD_REQUEST, detail).asException();
    }
}
