package io.sigillum.verification.transaction;

import io.sigillum.verification.presentation.CheckedPresentation;

import java.time.Instant;

/** Records the wallet's answer on a transaction: its end state and its outcome. */
public final class TransactionAnswers {

    private TransactionAnswers() {
    }

    /**
     * @param transaction        the locked, pending transaction
     * @param outcome            what the checks concluded
     * @param responseCodeDigest same-device only: the digest of the response code given to the wallet
     * @param at                 when
     */
    public static void answer(PresentationTransactionRecord transaction, CheckedPresentation outcome,
                              String responseCodeDigest, Instant at) {
        String state = outcome instanceof CheckedPresentation.Verified
                ? PresentationTransactionRecord.VERIFIED : PresentationTransactionRecord.FAILED;
        transaction.answer(state, Outcomes.json(outcome), responseCodeDigest, at);
    }
}
