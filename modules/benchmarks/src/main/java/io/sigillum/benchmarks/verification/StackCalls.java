package io.sigillum.benchmarks.verification;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;

/**
 * JSON calls to the services with a bearer token, for the run's set-up and its relying parties:
 * any other status than the expected one is an {@link IllegalStateException} naming the call and
 * the answer.
 */
final class StackCalls {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;

    StackCalls(HttpClient client) {
        this.client = client;
    }

    /** @return the answer's JSON object */
    Map<String, Object> get(URI uri, String token, int expected) throws IOException, InterruptedException {
        return json(send(HttpRequest.newBuilder(uri).GET(), token, expected), uri);
    }

    /** @return the answer's body, for an answer that is a JSON array */
    String getText(URI uri, String token, int expected) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).GET(), token, expected).body();
    }

    /** @return the answer's JSON object */
    Map<String, Object> post(URI uri, String token, String body, int expected) throws IOException, InterruptedException {
        return json(send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body)), token, expected), uri);
    }

    /** @return the answer's JSON object */
    Map<String, Object> put(URI uri, String token, String body, int expected) throws IOException, InterruptedException {
        return json(send(HttpRequest.newBuilder(uri).PUT(HttpRequest.BodyPublishers.ofString(body)), token, expected), uri);
    }

    /** @return the answer whatever its status, e.g. a health check that is 503 while the broker is away */
    HttpResponse<String> any(URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(CALL_TIMEOUT).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token, int expected)
            throws IOException, InterruptedException {
        request.timeout(CALL_TIMEOUT).header("Content-Type", "application/json").header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpRequest built = request.build();
        HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(built.method() + " " + built.uri().getPath() + " answered " + response.statusCode()
                    + " (expected " + expected + "): " + clip(response.body()));
        }
        return response;
    }

    private static Map<String, Object> json(HttpResponse<String> response, URI uri) {
        try {
            return response.body().isEmpty() ? Map.of() : JSONObjectUtils.parse(response.body());
        } catch (ParseException e) {
            throw new IllegalStateException(uri.getPath() + " answered what is not a JSON object: " + clip(response.body()), e);
        }
    }

    static String clip(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
