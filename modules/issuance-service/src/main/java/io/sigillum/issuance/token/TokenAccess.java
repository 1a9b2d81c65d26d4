package io.sigillum.issuance.token;

import io.sigillum.issuance.dpop.DpopGuard;
import io.sigillum.issuance.dpop.VerifiedDpopProof;
import io.sigillum.issuance.metadata.CredentialIssuerIdentifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.List;
import java.util.Optional;

/**
 * Admits a request to a protected endpoint (credential, deferred, notification): a live access
 * token presented with the {@code DPoP} scheme (RFC 9449 §7.1), and a DPoP proof for this
 * request, by the key the token is bound to, with the token's hash ({@code ath}).
 */
@ApplicationScoped
public class TokenAccess {

    private static final String SCHEME = "DPoP ";

    private final AccessTokens tokens;
    private final DpopGuard dpop;
    private final CredentialIssuerIdentifier issuer;

    @Inject
    TokenAccess(AccessTokens tokens, DpopGuard dpop, CredentialIssuerIdentifier issuer) {
        this.tokens = tokens;
        this.dpop = dpop;
        this.issuer = issuer;
    }

    /**
     * @param headers the request's headers
     * @param path    the endpoint's path below the issuer identifier, e.g. {@code /credential}
     * @return the token
     * @throws io.sigillum.issuance.oauth.OAuthError a 401 with a {@code DPoP} challenge and a fresh nonce
     */
    public AccessTokenRecord admit(HttpHeaders headers, String path) {
        return admit(headers, path, false);
    }

    /**
     * As {@link #admit(HttpHeaders, String)}, but an expired token is let through when
     * {@code expiredToo}: the deferred endpoint then checks that a live deferred transaction is
     * bound to it, so a deferral can outlive the token that asked for it.
     */
    public AccessTokenRecord admit(HttpHeaders headers, String path, boolean expiredToo) {
        List<String> authorization = Optional.ofNullable(headers.getRequestHeader(HttpHeaders.AUTHORIZATION)).orElse(List.of());
        if (authorization.size() != 1) {
            throw dpop.invalidToken("one Authorization header with a DPoP-bound access token is required");
        }
        String value = authorization.get(0);
        if (!value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw dpop.invalidToken("the access token is DPoP-bound: present it with the DPoP scheme");
        }
        String token = value.substring(SCHEME.length()).strip();
        AccessTokenRecord record = (expiredToo ? tokens.known(token) : tokens.live(token))
                .orElseThrow(() -> dpop.invalidToken("the access token is unknown or has expired"));
        VerifiedDpopProof proof = dpop.atResource(Optional.ofNullable(headers.getRequestHeader("DPoP")).orElse(List.of()),
                "POST", issuer.endpoint(path), token);
        if (!proof.jkt().equals(record.dpopJkt())) {
            throw dpop.invalidToken("the DPoP proof is not by the key the access token is bound to");
        }
        return record;
    }
}
