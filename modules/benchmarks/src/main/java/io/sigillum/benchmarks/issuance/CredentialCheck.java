package io.sigillum.benchmarks.issuance;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import io.sigillum.crypto.sign.CompactJws;
import io.sigillum.crypto.sign.JwsVerificationException;
import io.sigillum.crypto.sign.VerifiedJws;
import io.sigillum.crypto.sign.Verifier;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the credentials a load received (one per wallet from the measured window): each is an
 * SD-JWT ({@code dc+sd-jwt}) whose issuer-signed JWT verifies with the {@code credential-signing}
 * key the key-management service publishes, and names a {@code vct}, a holder key ({@code cnf})
 * and a status entry.
 *
 * @param checked  how many were checked
 * @param failures what was wrong, one line each
 * @param jwtBytes the size of the last issuer-signed JWT's signing input, for the crypto bound's input size
 */
record CredentialCheck(int checked, List<String> failures, int jwtBytes) {

    /** @param keyManagement the key-management service's real address */
    static CredentialCheck of(List<String> credentials, HttpClient client, URI keyManagement)
            throws IOException, InterruptedException {
        JWKSet keys;
        HttpResponse<String> jwks = client.send(HttpRequest.newBuilder(keyManagement.resolve("/jwks/credential-signing?scope=default"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        try {
            keys = JWKSet.parse(jwks.body());
        } catch (ParseException e) {
            return new CredentialCheck(0, List.of("GET /jwks/credential-signing answered " + jwks.statusCode()
                    + " and no JWK Set: " + jwks.body()), 0);
        }
        List<String> failures = new ArrayList<>();
        int size = 0;
        for (String credential : credentials) {
            String jwt = credential.substring(0, Math.max(0, credential.indexOf('~')));
            try {
                JWSObject parsed = JWSObject.parse(jwt);
                size = parsed.getSigningInput().length;
                JWK key = keys.getKeyByKeyId(parsed.getHeader().getKeyID());
                if (key == null) {
                    failures.add("a credential is signed by " + parsed.getHeader().getKeyID() + ", which the KMS does not publish");
                    continue;
                }
                VerifiedJws verified = CompactJws.verify(jwt, Verifier.of(key.toECKey().toECPublicKey()));
                Map<String, Object> claims = parsed.getPayload().toJSONObject();
                if (!"dc+sd-jwt".equals(String.valueOf(verified.header().getType()))
                        || claims.get("vct") == null || claims.get("cnf") == null || claims.get("status") == null) {
                    failures.add("a credential lacks typ dc+sd-jwt, vct, cnf or status: " + claims.keySet());
                }
            } catch (ParseException | JOSEException | JwsVerificationException | RuntimeException e) {
                failures.add("a credential does not verify: " + e.getMessage());
            }
        }
        return new CredentialCheck(credentials.size(), List.copyOf(failures), size);
    }
}
