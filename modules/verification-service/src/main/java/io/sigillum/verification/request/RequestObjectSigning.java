package io.sigillum.verification.request;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import io.sigillum.crypto.sign.CompactJws;
import io.sigillum.crypto.sign.Signer;
import io.sigillum.verification.protocol.OpenId4VpSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.security.cert.X509Certificate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The calls to key management that request objects need, each behind its own fault tolerance:
 * a slow key-management service cannot hold more than a few threads, and once it fails often the
 * circuit opens and callers are answered 503 at once.
 */
@ApplicationScoped
public class RequestObjectSigning {

    private final RequestSigner signer;

    @Inject
    RequestObjectSigning(RequestSigner signer) {
        this.signer = signer;
    }

    /**
     * The active key's certificate chain as {@link #chain()} gives it, when it is known without
     * asking key management: most transactions open with the chain already at hand, and need no
     * guard for a map lookup.
     */
    public Optional<List<X509Certificate>> knownChain() {
        return signer.known().map(Signer::certificateChain);
    }

    /** The active key's certificate chain, leaf first, which the client identifier is made of (§5.9.3). */
    @Bulkhead(16)
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100)
    public List<X509Certificate> chain() {
        return signer.current().certificateChain();
    }

    /**
     * Signs a request object (RFC 9101 §4): {@code typ} {@code oauth-authz-req+jwt}, the key's
     * certificate chain in {@code x5c}.
     *
     * @return the compact JWS and the leaf certificate it was signed under
     */
    @Bulkhead(16)
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100)
    public Signed sign(byte[] claims) {
        Signer current = signer.current();
        JWSHeader header = CompactJws.header(current).type(new JOSEObjectType(OpenId4VpSpec.REQUEST_OBJECT_TYP)).build();
        List<X509Certificate> chain = current.certificateChain();
        return new Signed(CompactJws.sign(current, header, claims), chain.isEmpty() ? null : chain.get(0));
    }

    /** A signed request object and the leaf certificate of its {@code x5c}. */
    public record Signed(String jws, X509Certificate leaf) {
    }
}
