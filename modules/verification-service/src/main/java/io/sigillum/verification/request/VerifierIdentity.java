package io.sigillum.verification.request;

import io.sigillum.platform.problem.Problem;
import io.sigillum.verification.protocol.OpenId4VpSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The client identifier a transaction presents itself with (OpenID4VP 1.0 §5.9), from the
 * prefix the relying party chose and this deployment's request-signing certificate.
 */
@ApplicationScoped
public class VerifierIdentity {

    static final URI CONFLICT = URI.create("urn:sigillum:problem:verification:client-id-prefix");
    private static final Logger LOG = Logger.getLogger(VerifierIdentity.class.getName());

    private final RequestObjectSigning signing;
    private final boolean allowUnsigned;

    @Inject
    VerifierIdentity(RequestObjectSigning signing,
                     @ConfigProperty(name = "sigillum.verification.allow-unsigned-requests", defaultValue = "false")
                     boolean allowUnsigned) {
        this.signing = signing;
        this.allowUnsigned = allowUnsigned;
    }

    /**
     * @param prefix      {@code x509_hash}, {@code x509_san_dns} or {@code redirect_uri}
     * @param responseUri the transaction's response URI
     * @return the client identifier
     * @throws WebApplicationException 409 when this deployment cannot use the prefix, 503 when key management is unreachable
     */
    public String clientId(String prefix, URI responseUri) {
        if (OpenId4VpSpec.PREFIX_REDIRECT_URI.equals(prefix)) {
            if (!allowUnsigned) {
                throw conflict("Unsigned requests (client_id_prefix redirect_uri) are for development only and this"
                        + " deployment does not allow them (sigillum.verification.allow-unsigned-requests).");
            }
            return ClientIdentifiers.redirectUri(responseUri);
        }
        X509Certificate leaf = leaf();
        if (OpenId4VpSpec.PREFIX_X509_SAN_DNS.equals(prefix)) {
            return ClientIdentifiers.x509SanDns(leaf, responseUri).orElseThrow(() -> conflict(
                    "The request-signing certificate's DNS name is not the response URI's host " + responseUri.getHost()
                            + ", which x509_san_dns requires (OpenID4VP 1.0 §5.9.3)."));
        }
        return ClientIdentifiers.x509Hash(leaf);
    }

    private X509Certificate leaf() {
        List<X509Certificate> chain;
        try {
            chain = signing.knownChain().orElseGet(signing::chain);
        } catch (RuntimeException e) {
            throw keyManagementUnavailable(e);
        }
        if (chain.isEmpty()) {
            throw conflict("The request-signing key has no certificate, which x509 client identifiers need.");
        }
        return chain.get(0);
    }

    /** A 503 with {@code Retry-After}: key management failed, timed out, or its circuit is open. */
    public static WebApplicationException keyManagementUnavailable(RuntimeException cause) {
        LOG.log(Level.WARNING, "key management unavailable: {0}", cause.toString());
        return new WebApplicationException(cause.getMessage(), Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                "The request cannot be signed now; try again shortly.").toResponse().header("Retry-After", "10").build());
    }

    private static WebApplicationException conflict(String detail) {
        return new Problem(CONFLICT, "Client identifier prefix not available", 409, detail).asException();
    }
}
