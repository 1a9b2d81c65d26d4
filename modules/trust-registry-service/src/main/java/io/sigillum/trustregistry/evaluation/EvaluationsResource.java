package io.sigillum.trustregistry.evaluation;

import io.sigillum.api.trustregistry.EvaluationsApi;
import io.sigillum.api.trustregistry.model.EvaluationRequest;
import io.sigillum.api.trustregistry.model.EvaluationResult;
import io.sigillum.trust.evaluation.Evaluation;
import io.sigillum.trust.model.CredentialType;
import io.sigillum.trustregistry.TrustProblems;
import io.sigillum.trustregistry.anchor.JwkKeys;
import io.sigillum.trustregistry.authorization.AuthorizationChanges;
import io.sigillum.trustregistry.snapshot.CurrentTrust;
import io.sigillum.trustregistry.snapshot.PublishedSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.PublicKey;
import java.time.Instant;
import java.util.List;

/**
 * {@code POST /evaluations}: a chain ({@code x5c}) or a key ({@code jwk}), a credential type and a
 * time, answered against the current snapshot. A not-trusted answer is a 200; a request that is
 * not one, or a chain that is no chain (the library's {@code MALFORMED}), is a 400 problem.
 */
@ApplicationScoped
public class EvaluationsResource implements EvaluationsApi {

    private final CurrentTrust trust;

    @Inject
    EvaluationsResource(CurrentTrust trust) {
        this.trust = trust;
    }

    @Override
    public EvaluationResult evaluate(EvaluationRequest request) {
        if (request == null) {
            throw TrustProblems.invalidRequest("The request body is what to evaluate.");
        }
        List<String> x5c = request.getX5c() == null || request.getX5c().isEmpty() ? null : request.getX5c();
        boolean hasJwk = request.getJwk() != null && !request.getJwk().isEmpty();
        if ((x5c == null) == !hasJwk) {
            throw TrustProblems.invalidRequest("Evaluate exactly one of 'x5c' (a certificate chain, leaf first) and 'jwk' (a key).");
        }
        if (request.getCredentialType() == null) {
            throw TrustProblems.invalidRequest("'credentialType' is required: {\"vct\": …} or {\"doctype\": …}.");
        }
        CredentialType type = AuthorizationChanges.type(request.getCredentialType().getVct(),
                request.getCredentialType().getDoctype());
        Instant at = request.getAt() == null ? Instant.now() : request.getAt().toInstant();
        PublicKey key = x5c == null ? JwkKeys.fromRequest(request.getJwk()) : null;

        PublishedSnapshot snapshot = trust.current();
        Evaluation answer = key == null
                ? snapshot.evaluator().evaluateX5c(x5c, type, at)
                : snapshot.evaluator().evaluateKey(key, type, at);
        if (answer instanceof Evaluation.NotTrusted refused && refused.reason() == Evaluation.Reason.MALFORMED) {
            throw TrustProblems.malformedChain(refused.detail());
        }
        return EvaluationAnswers.toApi(answer, snapshot);
    }
}
