package io.sigillum.wallet.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.Step;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/** Sends requests with the JDK client and reads answers whole; failures become {@link WalletException}s. */
public final class Http {

    /** The media type of JSON requests and answers. */
    public static final String JSON = "application/json";
    /** The media type of form-encoded requests (RFC 6749 §4.1.3). */
    public static final String FORM = "application/x-www-form-urlencoded";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;

    /** @param client the client to send with */
    public Http(HttpClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * @param uri where to send
     * @return a request builder with the wallet's timeout
     */
    public static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT);
    }

    /**
     * @param request the request
     * @param step    the step sending it
     * @return the answer, whatever its status
     * @throws WalletException when there is no answer
     */
    public HttpReply send(HttpRequest request, Step step) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new HttpReply(request.uri(), response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new WalletException(step, request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WalletException(step, "interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    /**
     * GETs a JSON object: status 200 required.
     *
     * @param uri  where
     * @param step the step
     * @param what what it is, for errors
     * @return the object
     */
    public JsonNode getJson(URI uri, Step step, String what) {
        HttpReply reply = send(request(uri).header("Accept", JSON).GET().build(), step);
        if (reply.status() != 200) {
            throw reply.refusal(step, "reading " + what);
        }
        return Json.object(reply.body(), step, what + " at " + uri);
    }
}
