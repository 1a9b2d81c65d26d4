package io.sigillum.verification.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillum.api.verifierwallet.RequestsApi;
import io.sigillum.platform.problem.Problem;
import io.sigillum.verification.protocol.OpenId4VpSpec;
import io.sigillum.verification.protocol.WalletError;
import io.sigillum.verification.transaction.PresentationTransactionRecord;
import io.sigillum.verification.transaction.PresentationTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.Optional;

/**
 * {@code GET} and {@code POST /requests/{id}}: the request object a wallet fetches by
 * {@code request_uri} (OpenID4VP 1.0 §5.10). Unknown, answered and expired requests are all the
 * same 404, so a request id reveals nothing.
 */
@ApplicationScoped
public class RequestObjectResource implements RequestsApi {

    private static final int MAX_WALLET_NONCE = 256;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PresentationTransactions transactions;
    private final RequestObjects requestObjects;

    @Inject
    RequestObjectResource(PresentationTransactions transactions, RequestObjects requestObjects) {
        this.transactions = transactions;
        this.requestObjects = requestObjects;
    }

    @Override
    public Response getRequestObject(String requestId) {
        return answer(pending(requestId), Optional.empty());
    }

    @Override
    public Response postRequestObject(String requestId, String walletMetadata, String walletNonce) {
        PresentationTransactionRecord transaction = pending(requestId);
        if (walletMetadata != null && !isJsonObject(walletMetadata)) {
            throw Problem.of(Response.Status.BAD_REQUEST, "wallet_metadata is not a JSON object (OpenID4VP 1.0 §5.10).").asException();
        }
        if (walletNonce != null && (walletNonce.isEmpty() || walletNonce.length() > MAX_WALLET_NONCE)) {
            throw Problem.of(Response.Status.BAD_REQUEST, "wallet_nonce is empty or longer than " + MAX_WALLET_NONCE + " characters.")
                    .asException();
        }
        return answer(transaction, Optional.ofNullable(walletNonce));
    }

    private PresentationTransactionRecord pending(String requestId) {
        return transactions.byRequestId(requestId).filter(t -> t.pendingAt(Instant.now())).orElseThrow(() ->
                Problem.of(Response.Status.NOT_FOUND, "No pending transaction has this request id.").asException());
    }

    private Response answer(PresentationTransactionRecord transaction, Optional<String> walletNonce) {
        return Response.ok(requestObjects.requestObject(transaction, walletNonce), OpenId4VpSpec.REQUEST_OBJECT_MEDIA_TYPE)
                .cacheControl(WalletError.noStore()).build();
    }

    private static boolean isJsonObject(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
