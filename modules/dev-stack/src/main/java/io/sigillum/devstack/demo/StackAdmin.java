package io.sigillum.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillum.devstack.StackException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The admin calls the demo makes, as an operator would: JSON over HTTPS with a bearer token. */
final class StackAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient https;
    private final String token;

    StackAdmin(HttpClient https, String token) {
        this.https = https;
        this.token = token;
    }

    JsonNode get(URI uri, int expected) {
        return send(HttpRequest.newBuilder(uri).GET(), expected);
    }

    JsonNode put(URI uri, String json, int expected) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), expected);
    }

    JsonNode post(URI uri, String json, int expected) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), expected);
    }

    private JsonNode send(HttpRequest.Builder request, int expected) {
        HttpRequest built = request.timeout(TIMEOUT).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).build();
        try {
            HttpResponse<String> response = https.send(built, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new StackException(built.method() + " " + built.uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new StackException(built.method() + " " + built.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted", e);
        }
    }
}
