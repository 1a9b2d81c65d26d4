package io.sigillum.benchmarks.kms;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;

/**
 * The calls a load run makes around the load: creating keys as the admin and reading the public
 * keys back. Any answer but the expected one is an {@link IllegalStateException}.
 */
final class KmsApi {

    /** A key as {@code POST /keys} answered. */
    record CreatedKey(String kid, String purpose, String scope, String backend) {
    }

    private final HttpClient client;
    private final URI base;

    KmsApi(HttpClient client, URI base) {
        this.client = client;
        this.base = base;
    }

    /** {@code POST /keys}: a key for this purpose and scope, active as the first of its slot. */
    CreatedKey createKey(String adminToken, String purpose, String scope) throws IOException, InterruptedException {
        String body = JSONObjectUtils.toJSONString(Map.of("purpose", purpose, "scope", scope));
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/keys"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        Map<String, Object> key = json(expect(201, client.send(request, HttpResponse.BodyHandlers.ofString()), "POST /keys"));
        try {
            return new CreatedKey(JSONObjectUtils.getString(key, "kid"), JSONObjectUtils.getString(key, "purpose"),
                    JSONObjectUtils.getString(key, "scope"), JSONObjectUtils.getString(key, "backend"));
        } catch (ParseException e) {
            throw new IllegalStateException("POST /keys answered an unexpected key: " + key, e);
        }
    }

    /** {@code GET /jwks/{purpose}?scope=…}: the published public key with this kid. */
    PublicKey publicKey(CreatedKey key) throws IOException, InterruptedException {
        URI uri = base.resolve("/jwks/" + key.purpose() + "?scope=" + URLEncoder.encode(key.scope(), StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
        String body = expect(200, client.send(request, HttpResponse.BodyHandlers.ofString()), "GET " + uri.getPath());
        try {
            JWK jwk = JWKSet.parse(body).getKeyByKeyId(key.kid());
            if (jwk == null) {
                throw new IllegalStateException("the JWK Set of " + key.purpose() + " does not publish " + key.kid());
            }
            return jwk.toECKey().toECPublicKey();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("the JWK Set of " + key.purpose() + " does not parse: " + e.getMessage(), e);
        }
    }

    /** Reads a JSON object, e.g. a health answer. */
    static Map<String, Object> json(String text) {
        try {
            return JSONObjectUtils.parse(text);
        } catch (ParseException e) {
            throw new IllegalStateException("not a JSON object: " + text, e);
        }
    }

    private static String expect(int status, HttpResponse<String> response, String call) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(call + " answered " + response.statusCode() + " (expected " + status + "): "
                    + response.body());
        }
        return response.body();
    }
}
