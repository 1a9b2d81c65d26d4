package io.sigillum.verification.transaction;

import io.sigillum.crypto.secret.Secrets;
import io.sigillum.api.verifierrp.TransactionsApi;
import io.sigillum.api.verifierrp.model.CreatedTransaction;
import io.sigillum.api.verifierrp.model.Transaction;
import io.sigillum.api.verifierrp.model.TransactionRequest;
import io.sigillum.platform.problem.Problem;
import io.sigillum.platform.qr.QrCodes;
import io.sigillum.verification.protocol.WalletError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code /transactions}: the relying party's side of a presentation (role in the spec). A
 * relying party sees only the transactions it opened; another's look unknown.
 */
@RequestScoped
public class TransactionsResource implements TransactionsApi {

    static final int MAX_WAIT_SECONDS = 30;
    /** How often a long poll looks at the database, which any replica may have written. */
    private static final long POLL_MILLIS = 200;

    @Inject
    private PresentationTransactions transactions;
    @Inject
    private TransactionCreation creation;
    @Inject
    private AuthorizationRequests urls;
    @Context
    private SecurityContext security;

    @Override
    public Response createTransaction(TransactionRequest transactionRequest) {
        if (transactionRequest == null) {
            throw Problem.of(Response.Status.BAD_REQUEST, "The request has no body.").asException();
        }
        CreatedTransaction created = creation.create(transactionRequest, caller());
        return Response.created(URI.create("transactions/" + created.getTransactionId())).cacheControl(WalletError.noStore())
                .entity(created).build();
    }

    @Override
    public Transaction getTransaction(String transactionId, Integer wait, String responseCode) {
        if (wait != null && (wait < 0 || wait > MAX_WAIT_SECONDS)) {
            throw Problem.of(Response.Status.BAD_REQUEST, "wait is between 0 and " + MAX_WAIT_SECONDS + " seconds.").asException();
        }
        PresentationTransactionRecord transaction = await(mine(transactionId), Optional.ofNullable(wait).orElse(0));
        Instant now = Instant.now();
        if (transaction.sameDevice() && transaction.responseCodeHash().isPresent()) {
            // OID4VP 1.0 §13.3: only the party the wallet's redirect reached may read the outcome.
            if (responseCode == null || responseCode.isEmpty()) {
                throw Problem.of(Response.Status.BAD_REQUEST, "This same-device transaction was answered; read it with the"
                        + " response_code the wallet's redirect carried.").asException();
            }
            if (!Secrets.same(Secrets.digest(responseCode), transaction.responseCodeHash().get())) {
                throw Problem.of(Response.Status.FORBIDDEN, "The response_code is not this transaction's.").asException();
            }
        }
        return view(transaction, now);
    }

    @Override
    public Response getTransactionQr(String transactionId) {
        PresentationTransactionRecord transaction = mine(transactionId);
        byte[] png = QrCodes.png(urls.authorizationRequest(transaction.clientId(), transaction.requestId()));
        return Response.ok(png, "image/png").cacheControl(WalletError.noStore()).build();
    }

    private PresentationTransactionRecord mine(String transactionId) {
        String caller = caller();
        return transactions.byId(transactionId).filter(t -> t.owner().map(caller::equals).orElse(true))
                .orElseThrow(TransactionsResource::unknown);
    }

    /** Reads the transaction again until it is no longer pending or the wait is over (long polling). */
    private PresentationTransactionRecord await(PresentationTransactionRecord transaction, int waitSeconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
        PresentationTransactionRecord current = transaction;
        while (current.pendingAt(Instant.now()) && System.nanoTime() - deadline < 0) {
            try {
                TimeUnit.MILLISECONDS.sleep(Math.min(POLL_MILLIS, Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            current = transactions.byId(transaction.id()).orElseThrow(TransactionsResource::unknown);
        }
        return current;
    }

    private static Transaction view(PresentationTransactionRecord transaction, Instant now) {
        String state = transaction.stateAt(now);
        Transaction view = new Transaction().id(transaction.id()).state(Transaction.StateEnum.fromValue(state))
                .createdAt(transaction.createdAt().atOffset(ZoneOffset.UTC))
                .expiresAt(transaction.expiresAt().atOffset(ZoneOffset.UTC));
        view.setCredentials(null);
        view.setFailures(null);
        // Claims only for a verified presentation; a failed one shows why and nothing it carried.
        if (PresentationTransactionRecord.VERIFIED.equals(state)) {
            transaction.outcome().ifPresent(outcome -> view.setCredentials(Outcomes.credentials(outcome)));
        } else if (PresentationTransactionRecord.FAILED.equals(state)) {
            transaction.outcome().ifPresent(outcome -> view.setFailures(Outcomes.failures(outcome)));
        }
        return view;
    }

    private String caller() {
        return security != null && security.getUserPrincipal() != null ? security.getUserPrincipal().getName() : "";
    }

    private static WebApplicationException unknown() {
        return Problem.of(Response.Status.NOT_FOUND, "No transaction has this id.").asException();
    }
}
