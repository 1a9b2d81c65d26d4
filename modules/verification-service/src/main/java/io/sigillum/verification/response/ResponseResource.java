package io.sigillum.verification.response;

import io.sigillum.api.verifierwallet.ResponsesApi;
import io.sigillum.verification.protocol.WalletError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /responses/{id}}: the response URI. A processed answer gets 200 with a JSON object
 * (OpenID4VP 1.0 §8.2), holding {@code redirect_uri} for a same-device transaction; a refused one
 * gets 400 {@code invalid_request} (RFC 6749 §5.2, §8.5's vocabulary), which the spec leaves to
 * the verifier.
 */
@ApplicationScoped
public class ResponseResource implements ResponsesApi {

    private final ResponseProcessing processing;

    @Inject
    ResponseResource(ResponseProcessing processing) {
        this.processing = processing;
    }

    @Override
    public Response postAuthorizationResponse(String requestId, String response, String vpToken, String state, String error,
                                              String errorDescription) {
        Map<String, String> body = new LinkedHashMap<>();
        try {
            processing.process(requestId, PostedForm.of(response, vpToken, state, error, errorDescription))
                    .ifPresent(redirect -> body.put("redirect_uri", redirect));
        } catch (WalletError refused) {
            return refused.toResponse();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).cacheControl(WalletError.noStore()).build();
    }
}
