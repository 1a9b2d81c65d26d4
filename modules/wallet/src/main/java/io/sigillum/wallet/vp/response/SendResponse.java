package io.sigillum.wallet.vp.response;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.Step;
import io.sigillum.wallet.http.Http;
import io.sigillum.wallet.http.HttpReply;
import io.sigillum.wallet.http.Json;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Posts an Authorization Response form to the {@code response_uri} and reads the answer (§8.2): 200
 * with a JSON object, whose {@code redirect_uri} (if any) is where the End-User goes next; any other
 * status is the Verifier's refusal, carried with its {@code error} in a {@link WalletException}.
 */
final class SendResponse {

    private final Http http;

    SendResponse(Http http) {
        this.http = http;
    }

    /** @return the form body of these parameters, UTF-8 and form-encoded, in order */
    static String form(Map<String, String> parameters) {
        StringJoiner form = new StringJoiner("&");
        parameters.forEach((name, value) -> form.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return form.toString();
    }

    /**
     * @param responseUri the Verifier's {@code response_uri}
     * @param form        the form-encoded body
     * @return the {@code redirect_uri} of the answer, if any
     */
    Optional<URI> post(URI responseUri, String form) {
        HttpRequest request = Http.request(responseUri).header("Content-Type", Http.FORM).header("Accept", Http.JSON)
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build();
        HttpReply reply = http.send(request, Step.RESPONSE);
        if (reply.status() != 200) {
            throw reply.refusal(Step.RESPONSE, "the Authorization Response");
        }
        if (reply.body().length == 0) {
            return Optional.empty();
        }
        JsonNode answer = Json.object(reply.body(), Step.RESPONSE, "the Response URI's answer");
        Optional<String> redirect = Json.optionalText(answer, "redirect_uri", Step.RESPONSE, "the Response URI's answer");
        if (redirect.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(redirect.get());
            if (!uri.isAbsolute()) {
                throw new WalletException(Step.RESPONSE, "redirect_uri " + redirect.get() + " is not an absolute URI (§8.2)");
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw new WalletException(Step.RESPONSE, "redirect_uri " + redirect.get() + " is not a URI", e);
        }
    }
}
