package io.sigillum.verification.response;

import io.sigillum.crypto.secret.Secrets;
import io.sigillum.dcql.DcqlException;
import io.sigillum.dcql.query.DcqlQuery;
import io.sigillum.verification.presentation.CheckedPresentation;
import io.sigillum.verification.presentation.PresentationCheck;
import io.sigillum.verification.protocol.OpenId4VpSpec;
import io.sigillum.verification.protocol.WalletError;
import io.sigillum.verification.transaction.DcqlQueries;
import io.sigillum.verification.transaction.PresentationTransactionRecord;
import io.sigillum.verification.transaction.PresentationTransactions;
import io.sigillum.verification.transaction.TransactionAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.logging.Logger;

/**
 * Processes one authorization response (OpenID4VP 1.0 §8.2, §8.3, §8.5) under a row lock, so a
 * transaction takes exactly one answer across replicas. An answer that cannot be read (no pending
 * request, wrong form for the response mode, undecryptable, wrong or missing {@code state}) is
 * refused and changes nothing. Once its {@code state} matches, the transaction ends: verified
 * when every check passes, failed otherwise (a wallet error included); the key the wallet
 * encrypted to is erased either way.
 */
@ApplicationScoped
public class ResponseProcessing {

    private static final Logger LOG = Logger.getLogger(ResponseProcessing.class.getName());
    private static final int MAX_ERROR_CHARS = 512;

    private final PresentationTransactions transactions;
    private final PresentationCheck check;
    private final DcqlQueries queries;
    private final Clock clock = Clock.systemUTC();

    @Inject
    ResponseProcessing(PresentationTransactions transactions, PresentationCheck check, DcqlQueries queries) {
        this.transactions = transactions;
        this.check = check;
        this.queries = queries;
    }

    /**
     * @param requestId the request id of the response URI
     * @param form      the posted parameters
     * @return the redirect for a verified same-device transaction (§8.2), or why the presentation failed
     * @throws WalletError when the answer is refused before it could end the transaction (nothing changes)
     */
    @Transactional
    public ProcessedResponse process(String requestId, PostedForm form) {
        Instant now = clock.instant();
        PresentationTransactionRecord transaction = transactions.lockByRequestId(requestId)
                .filter(t -> t.pendingAt(now))
                .orElseThrow(() -> WalletError.invalidRequest("No pending request has this id (unknown, answered or expired)."));
        WalletResponse response = read(transaction, form);
        if (response.state().isEmpty() || !Secrets.same(response.state().get(), transaction.oauthState())) {
            throw WalletError.invalidRequest("state is missing or not the request's.");
        }
        CheckedPresentation outcome = outcome(transaction, response, now);
        Optional<String> responseCode = transaction.sameDevice() ? Optional.of(Secrets.random()) : Optional.empty();
        TransactionAnswers.answer(transaction, outcome, responseCode.map(Secrets::digest).orElse(null), now);
        LOG.fine(() -> "transaction " + transaction.id() + " answered: " + transaction.state());
        Optional<String> redirect = responseCode.flatMap(code -> transaction.redirectUri()
                .map(uri -> uri + "#" + OpenId4VpSpec.RESPONSE_CODE + "=" + code));
        if (outcome instanceof CheckedPresentation.Failed failed && response.error().isEmpty()) {
            // Ended and recorded as failed; the wallet learns it was not accepted, and why in a word,
            // and still gets the relying party's redirect so the user is not left stranded.
            return new ProcessedResponse(redirect, Optional.of("The presentation was not accepted: " + failed.failures().stream()
                    .map(CheckedPresentation.Failure::reason).distinct().collect(Collectors.joining(", ")) + "."));
        }
        return new ProcessedResponse(redirect, Optional.empty());
    }

    /** The response parameters, as the transaction's response mode says they come. */
    private static WalletResponse read(PresentationTransactionRecord transaction, PostedForm form) {
        boolean encrypted = OpenId4VpSpec.DIRECT_POST_JWT.equals(transaction.responseMode());
        if (encrypted) {
            if (form.vpToken().isPresent()) {
                throw WalletError.invalidRequest("This request asked for direct_post.jwt: vp_token travels encrypted in response.");
            }
            if (form.response().isPresent()) {
                return EncryptedResponses.decrypt(form.response().get(), transaction.encryptionJwk().orElseThrow(() ->
                        WalletError.invalidRequest("No pending request has this id (unknown, answered or expired).")));
            }
        } else if (form.response().isPresent()) {
            throw WalletError.invalidRequest("This request asked for direct_post: vp_token and state, not response.");
        }
        if (form.error().isPresent()) {
            // §8.5: a wallet's error response; accepted in the clear in both modes, as it carries no personal data.
            return new WalletResponse(Optional.empty(), form.state(), form.error(), form.errorDescription());
        }
        if (form.vpToken().isEmpty()) {
            throw WalletError.invalidRequest(encrypted ? "response is required." : "vp_token or error is required.");
        }
        return new WalletResponse(form.vpToken(), form.state(), Optional.empty(), Optional.empty());
    }

    private CheckedPresentation outcome(PresentationTransactionRecord transaction, WalletResponse response, Instant now) {
        if (response.error().isPresent()) {
            String detail = clip(response.error().get())
                    + response.errorDescription().map(d -> ": " + clip(d)).orElse("");
            return CheckedPresentation.failed("wallet_error", detail);
        }
        if (response.vpToken().isEmpty()) {
            return CheckedPresentation.failed("malformed_vp_token", "The response carries neither vp_token nor error.");
        }
        // Its shape (a JSON object of presentations by query id, §8.1) is the library's first check.
        String vpToken = response.vpToken().get();
        DcqlQuery query;
        try {
            query = queries.parse(transaction.dcqlQuery());
        } catch (DcqlException e) {
            throw new IllegalStateException("a stored DCQL query was checked when the transaction opened", e);
        }
        return check.check(vpToken, query, transaction.clientId(), transaction.nonce(), now);
    }

    private static String clip(String text) {
        return text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS) + "…";
    }
}
