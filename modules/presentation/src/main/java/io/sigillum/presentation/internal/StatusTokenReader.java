package io.sigillum.presentation.internal;

import com.nimbusds.jose.JWSHeader;
import io.sigillum.crypto.cose.CoseException;
import io.sigillum.crypto.cose.CoseSign1;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.presentation.FailureReason;
import io.sigillum.presentation.FetchedStatusList;
import io.sigillum.statuslist.StatusListException;
import io.sigillum.statuslist.TokenStatusListSpec;
import io.sigillum.statuslist.token.StatusListToken;
import io.sigillum.statuslist.token.StatusListTokenVerifier;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Verifies a fetched Status List Token (draft-ietf-oauth-status-list §8.3 steps 3 and 4): by its
 * media type a JWT or a CWT, signed by the key of the leaf of its {@code x5c} / {@code x5chain}
 * (HAIP: status list tokens carry the chain), with an allowed algorithm, its {@code sub} the URI it
 * came from, within {@code exp}, the list inflated under the caller's limits. Whom the chain leads
 * to is decided later, per credential. Thread-safe.
 */
public final class StatusTokenReader {

    private final StatusListTokenVerifier verifier;
    private final Set<SignatureAlgorithm> allowed;

    /**
     * @param verifier checks the token once its key is known
     * @param allowed  the algorithms accepted, also checked before any key is read
     */
    public StatusTokenReader(StatusListTokenVerifier verifier, Set<SignatureAlgorithm> allowed) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.allowed = Set.copyOf(allowed);
    }

    /**
     * A verified token and the chain of the key that signed it.
     *
     * @param token  the token
     * @param signer the signer's certificates, leaf first
     */
    public record Verified(StatusListToken token, SignerChain signer) {
    }

    /**
     * @param uri     the URI the token was fetched from
     * @param fetched what came back
     * @return the verified token
     * @throws Refusal {@link FailureReason#STATUS_UNKNOWN} saying why it is refused
     */
    public Verified read(URI uri, FetchedStatusList fetched) throws Refusal {
        String mediaType = mediaType(fetched.mediaType());
        if (mediaType.equals(TokenStatusListSpec.JWT_MEDIA_TYPE)) {
            return readJwt(uri, new String(fetched.body(), StandardCharsets.US_ASCII));
        }
        if (mediaType.equals(TokenStatusListSpec.CWT_MEDIA_TYPE)) {
            return readCwt(uri, fetched.body());
        }
        throw unknown("the status list came as " + mediaType + ", not a Status List Token media type (§8.1)");
    }

    private Verified readJwt(URI uri, String jwt) throws Refusal {
        JWSHeader header;
        SignerChain.X5c chain;
        try {
            header = JoseHeaders.signedHeader(jwt, allowed);
            chain = JoseHeaders.withLeaf(JoseHeaders.x5c(header, FailureReason.STATUS_UNKNOWN), FailureReason.STATUS_UNKNOWN);
        } catch (Refusal refusal) {
            throw unknown("the status list token: " + refusal.getMessage());
        }
        return new Verified(verified(uri, chain.leaf(), key -> verifier.verifyJwt(jwt, uri, key)), chain);
    }

    private Verified readCwt(URI uri, byte[] cwt) throws Refusal {
        List<X509Certificate> chain;
        try {
            chain = CoseSign1.decode(cwt).x5chain();
        } catch (CoseException e) {
            throw unknown("the status list token is not a COSE_Sign1: " + e.getMessage());
        }
        if (chain.isEmpty()) {
            throw unknown("the status list token has no x5chain: its key cannot be tied to a trust anchor");
        }
        SignerChain.Certificates signer = new SignerChain.Certificates(chain);
        return new Verified(verified(uri, signer.leaf(), key -> verifier.verifyCwt(cwt, uri, key)), signer);
    }

    private interface Check {
        StatusListToken verify(Verifier key) throws StatusListException;
    }

    private static StatusListToken verified(URI uri, X509Certificate leaf, Check check) throws Refusal {
        Verifier key;
        try {
            key = Verifier.of(leaf.getPublicKey());
        } catch (IllegalArgumentException e) {
            throw unknown("the status list signer's key is of an unsupported kind");
        }
        try {
            return check.verify(key);
        } catch (StatusListException e) {
            throw unknown("the status list token from " + uri + " is refused (" + e.reason() + "): " + e.getMessage());
        }
    }

    /** The media type without parameters, in lower case (RFC 9110 §8.3.1: type and subtype are case-insensitive). */
    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static Refusal unknown(String detail) {
        return new Refusal(FailureReason.STATUS_UNKNOWN, detail);
    }
}
