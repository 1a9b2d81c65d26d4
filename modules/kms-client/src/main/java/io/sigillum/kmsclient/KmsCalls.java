package io.sigillum.kmsclient;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillum.api.keymanagement.model.BatchSignRequest;
import io.sigillum.api.keymanagement.model.BatchSignResult;
import io.sigillum.api.keymanagement.model.InputType;
import io.sigillum.api.keymanagement.model.SignRequest;
import io.sigillum.api.keymanagement.model.SignResult;
import io.sigillum.api.keymanagement.model.SigningKey;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/** The HTTP calls, with the generated models of {@code api-specs/key-management.yaml}. */
final class KmsCalls {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final URI baseUri;
    private final HttpClient http;
    private final Supplier<String> tokens;
    private final Duration timeout;

    KmsCalls(URI baseUri, HttpClient http, Supplier<String> tokens, Duration timeout) {
        this.baseUri = baseUri;
        this.http = http;
        this.tokens = tokens;
        this.timeout = timeout;
    }

    SigningKey signingKey(String purpose, String scope) {
        String path = "signing-keys/" + encode(purpose) + "?scope=" + encode(scope);
        return read(send(request(path).GET().build()), SigningKey.class);
    }

    SignResult sign(String kid, byte[] input, InputType type) {
        SignRequest body = new SignRequest(kid, BASE64URL.encodeToString(input)).inputType(type);
        return read(send(post("signatures", body)), SignResult.class);
    }

    BatchSignResult signBatch(String kid, List<byte[]> inputs, InputType type) {
        BatchSignRequest body = new BatchSignRequest(kid, inputs.stream().map(BASE64URL::encodeToString).toList())
                .inputType(type);
        return read(send(post("signature-batches", body)), BatchSignResult.class);
    }

    private HttpRequest post(String path, Object body) {
        try {
            return request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
        } catch (IOException e) {
            throw new IllegalStateException("a request model does not serialise", e);
        }
    }

    private HttpRequest.Builder request(String path) {
        String base = baseUri.toString().endsWith("/") ? baseUri.toString() : baseUri + "/";
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + tokens.get());
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new KmsException(0, "about:blank", "the key-management service did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KmsException(0, "about:blank", "interrupted while calling the key-management service", e);
        }
    }

    private static <T> T read(HttpResponse<byte[]> response, Class<T> type) {
        try {
            if (response.statusCode() == 200) {
                return JSON.readValue(response.body(), type);
            }
            throw problem(response);
        } catch (IOException e) {
            throw new KmsException(response.statusCode(), "about:blank", "the key-management service answered what is not JSON", e);
        }
    }

    private static KmsException problem(HttpResponse<byte[]> response) {
        String type = "about:blank";
        String text = "HTTP " + response.statusCode();
        try {
            JsonNode problem = JSON.readTree(response.body());
            type = problem.path("type").asText(type);
            text = problem.path("title").asText(text) + (problem.hasNonNull("detail") ? ": " + problem.get("detail").asText() : "");
        } catch (IOException notAProblem) {
            // The status line says enough.
        }
        return new KmsException(response.statusCode(), type, "key-management service: " + text, null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
