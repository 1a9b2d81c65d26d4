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
 * {@code POST /responses/{id}}: the response URI. An accepted presentation (or a wallet's error
 * response) gets 200 with a JSON object (OpenID4VP 1.0 §8.2), holding {@code redirect_uri} for a
 * same-device transaction. A presentation that failed its checks ends the transaction as failed
 * and gets 400 {@code invalid_request} naming the failure reasons (with the same-device
 * {@code redirect_uri}); an answer that cannot be taken at all gets 400 {@code invalid_request}
 * and changes nothing (RFC 6749 §5.2 with §8.5's vocabulary; §8.2 leaves errors to the verifier).
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
        ProcessedResponse processed;
        try {
            processed = processing.process(requestId, PostedForm.of(response, vpToken, state, error, errorDescription));
        } catch (WalletError refused) {
            return refused.toResponse();
        }
        if (processed.refusal().isPresent()) {
            // The failure is committed: the relying party reads it; the wallet is not told "200, fine".
            return WalletError.invalidRequest(processed.refusal().get(), processed.redirectUri()).toResponse();
        }
        Map<String, String> body = new LinkedHashMap<>();
        processed.redirectUri().ifPresent(redirect -> body.put("redirect_uri", redirect));
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).cacheControl(WalletError.noStore()).build();
    }
}
