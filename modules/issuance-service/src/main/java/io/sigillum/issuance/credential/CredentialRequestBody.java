package io.sigillum.issuance.credential;

import io.sigillum.issuance.oauth.OAuthError;

import java.util.List;
import java.util.Map;

/**
 * A Credential Request (OID4VCI 1.0 §8.2) as this issuer accepts it: a
 * {@code credential_configuration_id} and {@code proofs.jwt}, one JWT proof per credential.
 *
 * @param configurationId the requested configuration
 * @param proofs          the key proofs, at least one
 */
record CredentialRequestBody(String configurationId, List<String> proofs) {

    /** @throws OAuthError {@code invalid_credential_request} when the request is not one */
    static CredentialRequestBody parse(Map<String, Object> body, int batchSize) {
        if (body == null) {
            throw invalid("the request has no JSON body");
        }
        if (body.containsKey("credential_identifier")) {
            throw invalid("this issuer hands out no credential identifiers; use credential_configuration_id");
        }
        if (body.containsKey("proof")) {
            throw invalid("use proofs (OID4VCI 1.0 §8.2), not proof");
        }
        if (body.containsKey("credential_response_encryption")) {
            throw OAuthError.badRequest("invalid_encryption_parameters", "this issuer does not encrypt credential responses");
        }
        if (!(body.get("credential_configuration_id") instanceof String id) || id.isEmpty()) {
            throw invalid("credential_configuration_id is required");
        }
        if (!(body.get("proofs") instanceof Map<?, ?> proofs)) {
            throw invalid("proofs is required: this issuer binds every credential to a key");
        }
        if (proofs.size() != 1 || !(proofs.get("jwt") instanceof List<?> jwts)) {
            throw invalid("proofs holds exactly one proof type, jwt");
        }
        if (jwts.isEmpty()) {
            throw invalid("proofs.jwt is empty");
        }
        if (jwts.size() > batchSize) {
            throw invalid("at most " + batchSize + " proofs (batch_size) per request");
        }
        for (Object jwt : jwts) {
            if (!(jwt instanceof String)) {
                throw invalid("proofs.jwt holds JWTs as strings");
            }
        }
        return new CredentialRequestBody(id, jwts.stream().map(String.class::cast).toList());
    }

    private static OAuthError invalid(String description) {
        return OAuthError.badRequest("invalid_credential_request", description);
    }
}
