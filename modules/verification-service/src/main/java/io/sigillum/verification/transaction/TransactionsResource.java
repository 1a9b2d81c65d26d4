package io.sigillum.verification.transaction;

import io.sigillum.api.verifierrp.TransactionsApi;
import io.sigillum.api.verifierrp.model.Transaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import java.time.ZoneOffset;

/** {@code GET /transactions/{id}}: a transaction's state, for relying parties (role in the spec). */
@ApplicationScoped
public class TransactionsResource implements TransactionsApi {

    private final PresentationTransactions transactions;

    @Inject
    TransactionsResource(PresentationTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Transaction getTransaction(String transactionId) {
        PresentationTransactionRecord transaction = transactions.byId(transactionId)
                .orElseThrow(() -> new NotFoundException("No transaction has this id."));
        return new Transaction(transaction.id(), Transaction.StateEnum.fromValue(transaction.state()),
                transaction.createdAt().atOffset(ZoneOffset.UTC), transaction.expiresAt().atOffset(ZoneOffset.UTC));
    }
}
