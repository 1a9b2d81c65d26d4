package io.sigillum.issuance.metadata;

import io.sigillum.api.issuerwallet.WellKnownApi;
import io.sigillum.api.issuerwallet.model.CredentialIssuerMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * {@code GET /.well-known/openid-credential-issuer} (OID4VCI 1.0 §12.2.2): public, unsigned.
 * The credential configurations arrive with the issuance issue; until then none is offered.
 */
@ApplicationScoped
public class CredentialIssuerMetadataResource implements WellKnownApi {

    private final CredentialIssuerMetadata metadata;

    @Inject
    CredentialIssuerMetadataResource(CredentialIssuerIdentifier issuer) {
        this.metadata = new CredentialIssuerMetadata(issuer.uri(), issuer.endpoint("/credential"), Map.of());
    }

    @Override
    public CredentialIssuerMetadata getCredentialIssuerMetadata() {
        return metadata;
    }
}
