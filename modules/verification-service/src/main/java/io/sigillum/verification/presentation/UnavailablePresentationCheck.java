package io.sigillum.verification.presentation;

import io.sigillum.dcql.query.DcqlQuery;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** Until the presentation library is wired: no presentation is called verified. */
@ApplicationScoped
public class UnavailablePresentationCheck implements PresentationCheck {

    @Override
    public CheckedPresentation check(String vpTokenJson, DcqlQuery query, String clientId, String nonce, Instant now) {
        return CheckedPresentation.failed("verifier_unavailable", "This verifier cannot check presentations yet.");
    }
}
