package io.sigillum.keymanagement.signing;

import io.sigillum.api.keymanagement.SignatureBatchesApi;
import io.sigillum.api.keymanagement.model.Algorithm;
import io.sigillum.api.keymanagement.model.BatchSignRequest;
import io.sigillum.api.keymanagement.model.InputType;
import io.sigillum.api.keymanagement.model.BatchSignResult;
import io.sigillum.keymanagement.key.Callers;
import io.sigillum.keymanagement.key.KeyProblems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** {@code POST /signature-batches}: many signatures with one key in one call. */
@ApplicationScoped
public class SignatureBatchesResource implements SignatureBatchesApi {

    private final SigningService signing;

    @Context
    private SecurityContext security;

    @Inject
    SignatureBatchesResource(SigningService signing) {
        this.signing = signing;
    }

    @Override
    public BatchSignResult signBatch(BatchSignRequest request) {
        if (request == null) {
            throw KeyProblems.badRequest("The request has no body.");
        }
        SigningService.Signed signed = signing.sign(Callers.of(security), request.getKid(), request.getInputs(),
                request.getInputType() == InputType.DIGEST, true);
        BatchSignResult result = new BatchSignResult(signed.key().kid(), Algorithm.fromValue(signed.key().algorithm()),
                signed.signatures());
        result.setX5c(signed.key().x5c().isEmpty() ? null : signed.key().x5c());
        return result;
    }
}
