package io.sigillum.devstack.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillum.devstack.StackException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Admin calls into the stack, as an operator makes them: JSON over HTTPS with a bearer token. */
public final class AdminClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient https;
    private final String token;

    /**
     * @param https a client trusting the development CA
     * @param token the operator's bearer token, or null for public reads (no Authorization field)
     */
    public AdminClient(HttpClient https, String token) {
        this.https = https;
        this.token = token;
    }

    /** GET, expecting that status; the JSON answer. */
    public JsonNode get(URI uri, int expected) {
        return send(HttpRequest.newBuilder(uri).GET(), expected);
    }

    /** PUT JSON, expecting that status; the JSON answer. */
    public JsonNode put(URI uri, String json, int expected) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), expected);
    }

    /** POST JSON, expecting that status; the JSON answer. */
    public JsonNode post(URI uri, String json, int expected) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), expected);
    }

    /** GET, expecting 200 and the media type; the answer's bytes (an image, a signed token). */
    public byte[] bytes(URI uri, String mediaType) {
        HttpRequest built = authorized(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", mediaType)).GET().build();
        try {
            HttpResponse<byte[]> response = https.send(built, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new StackException("GET " + uri + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new StackException("GET " + uri + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted", e);
        }
    }

    /** GET: the status alone, for existence checks (200 or 404). */
    public int status(URI uri) {
        HttpRequest built = authorized(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json"))
                .GET().build();
        try {
            return https.send(built, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new StackException("GET " + uri + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted", e);
        }
    }

    private JsonNode send(HttpRequest.Builder request, int expected) {
        HttpRequest built = authorized(request.timeout(TIMEOUT).header("Accept", "application/json")).build();
        try {
            HttpResponse<String> response = https.send(built, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new StackException(built.method() + " " + built.uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new StackException(built.method() + " " + built.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted", e);
        }
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }
}
