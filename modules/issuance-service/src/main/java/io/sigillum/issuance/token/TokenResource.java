package io.sigillum.issuance.token;

import io.sigillum.api.issuerwallet.TokenApi;
import io.sigillum.issuance.dpop.DpopGuard;
import io.sigillum.issuance.dpop.VerifiedDpopProof;
import io.sigillum.issuance.metadata.CredentialIssuerIdentifier;
import io.sigillum.issuance.oauth.OAuthError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /token}: the pre-authorized code grant with a DPoP proof (OID4VCI 1.0 §6, RFC 9449
 * §5). The proof's {@code htu} is the endpoint's public URL, as the issuer's metadata gives it.
 */
@RequestScoped
public class TokenResource implements TokenApi {

    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:pre-authorized_code";
    private static final int MAX_PARAMETER = 512;

    @Inject
    private DpopGuard dpop;
    @Inject
    private PreAuthorizedGrant grant;
    @Inject
    private CredentialIssuerIdentifier issuer;
    @Context
    private HttpHeaders headers;

    @Override
    public Response token(String grantType, String dpopProof, String preAuthorizedCode, String txCode) {
        if (!GRANT_TYPE.equals(grantType)) {
            throw OAuthError.badRequest(grantType == null ? "invalid_request" : "unsupported_grant_type",
                    grantType == null ? "grant_type is required" : "only the pre-authorized code grant is supported");
        }
        if (preAuthorizedCode == null || preAuthorizedCode.isEmpty() || preAuthorizedCode.length() > MAX_PARAMETER
                || (txCode != null && txCode.length() > MAX_PARAMETER)) {
            throw OAuthError.badRequest("invalid_request", "pre-authorized_code is required (and short)");
        }
        URI htu = issuer.endpoint("/token");
        VerifiedDpopProof proof = dpop.atTokenEndpoint(proofs(), "POST", htu);
        PreAuthorizedGrant.Outcome outcome = grant.redeem(preAuthorizedCode, Optional.ofNullable(txCode), proof.jkt());
        if (outcome instanceof PreAuthorizedGrant.Outcome.Refused refused) {
            throw refused.error().withHeader("DPoP-Nonce", dpop.nonce());
        }
        PreAuthorizedGrant.Outcome.Granted granted = (PreAuthorizedGrant.Outcome.Granted) outcome;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", granted.accessToken());
        body.put("token_type", "DPoP");
        body.put("expires_in", granted.expiresIn());
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).cacheControl(OAuthError.noStore())
                .header("Pragma", "no-cache").header("DPoP-Nonce", dpop.nonce()).build();
    }

    private List<String> proofs() {
        return Optional.ofNullable(headers.getRequestHeader("DPoP")).orElse(List.of());
    }
}
