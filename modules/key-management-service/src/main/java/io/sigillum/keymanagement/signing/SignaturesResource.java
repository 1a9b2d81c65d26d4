package io.sigillum.keymanagement.signing;

import io.sigillum.api.keymanagement.SignaturesApi;
import io.sigillum.api.keymanagement.model.Algorithm;
import io.sigillum.api.keymanagement.model.InputType;
import io.sigillum.api.keymanagement.model.SignRequest;
import io.sigillum.api.keymanagement.model.SignResult;
import io.sigillum.keymanagement.key.Callers;
import io.sigillum.keymanagement.key.KeyProblems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

import java.util.Collections;

/** {@code POST /signatures}: one signature. */
@ApplicationScoped
public class SignaturesResource implements SignaturesApi {

    private final SigningService signing;

    @Context
    private SecurityContext security;

    @Inject
    SignaturesResource(SigningService signing) {
        this.signing = signing;
    }

    @Override
    public SignResult sign(SignRequest request) {
        if (request == null) {
            throw KeyProblems.badRequest("The request has no body.");
        }
        SigningService.Signed signed = signing.sign(Callers.of(security), request.getKid(),
                request.getInput() == null ? null : Collections.singletonList(request.getInput()),
                request.getInputType() == InputType.DIGEST, false);
        SignResult result = new SignResult(signed.key().kid(), Algorithm.fromValue(signed.key().algorithm()),
                signed.signatures().get(0));
        result.setX5c(signed.key().x5c().isEmpty() ? null : signed.key().x5c());
        return result;
    }
}
