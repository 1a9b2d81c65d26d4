package io.sigillum.trustregistry.evaluation;

import io.sigillum.api.trustregistry.model.EvaluatedIssuer;
import io.sigillum.api.trustregistry.model.EvaluationResult;
import io.sigillum.api.trustregistry.model.IssuerState;
import io.sigillum.trust.evaluation.Evaluation;
import io.sigillum.trust.model.TrustedIssuer;
import io.sigillum.trustregistry.snapshot.PublishedSnapshot;

import java.util.Locale;

/** The trust library's {@link Evaluation} as the API answers it, with the version it was given at. */
final class EvaluationAnswers {

    private EvaluationAnswers() {
    }

    static EvaluationResult toApi(Evaluation evaluation, PublishedSnapshot snapshot) {
        EvaluationResult result = new EvaluationResult().version(snapshot.version());
        return switch (evaluation) {
            case Evaluation.Trusted trusted -> result.trusted(true).issuer(issuer(trusted.issuer()))
                    .anchor(trusted.anchor().id())
                    .detail("Trusted: it leads to anchor " + trusted.anchor().id() + " of issuer " + trusted.issuer().id()
                            + ", active, within its validity and authorized for the type.");
            case Evaluation.NotTrusted refused -> result.trusted(false)
                    .reason(EvaluationResult.ReasonEnum.fromValue(refused.reason().name().toLowerCase(Locale.ROOT)))
                    .issuer(refused.issuerId().map(id -> snapshot.snapshot().issuer(id).map(EvaluationAnswers::issuer)
                            .orElseGet(() -> new EvaluatedIssuer().id(id))).orElse(null))
                    .detail(refused.detail());
        };
    }

    private static EvaluatedIssuer issuer(TrustedIssuer issuer) {
        return new EvaluatedIssuer().id(issuer.id()).legalName(issuer.legalName()).country(issuer.country())
                .state(IssuerState.valueOf(issuer.state().name()));
    }
}
