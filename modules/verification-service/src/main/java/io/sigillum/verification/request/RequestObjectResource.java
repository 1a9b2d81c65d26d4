package io.sigillum.verification.request;

import io.sigillum.api.verifierwallet.RequestsApi;
import io.sigillum.verification.transaction.PresentationTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ServerErrorException;
import jakarta.ws.rs.core.Response;

import java.time.Instant;

/**
 * {@code GET /requests/{id}}: the signed request object a wallet fetches by {@code request_uri}.
 * Unknown, used and expired requests are all the same 404, so a request id reveals nothing.
 * Signing request objects (through key management) arrives with the verification issue; until
 * then a pending request is answered 501, never with an unsigned object.
 */
@ApplicationScoped
public class RequestObjectResource implements RequestsApi {

    private final PresentationTransactions transactions;

    @Inject
    RequestObjectResource(PresentationTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public String getRequestObject(String requestId) {
        if (transactions.byRequestId(requestId).filter(t -> t.pendingAt(Instant.now())).isEmpty()) {
            throw new NotFoundException("No pending transaction has this request id.");
        }
        throw new ServerErrorException("Request objects for transaction requests are not signed yet.",
                Response.Status.NOT_IMPLEMENTED);
    }
}
