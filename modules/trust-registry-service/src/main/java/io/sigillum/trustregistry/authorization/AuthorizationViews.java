package io.sigillum.trustregistry.authorization;

import io.sigillum.api.trustregistry.model.IssuerAuthorization;
import io.sigillum.trust.model.CredentialType;
import io.sigillum.trustregistry.issuer.Windows;

import java.time.ZoneOffset;

/** Authorizations as the API shows them. */
public final class AuthorizationViews {

    private AuthorizationViews() {
    }

    public static IssuerAuthorization toApi(AuthorizationRecord record) {
        CredentialType type = record.type();
        IssuerAuthorization authorization = new IssuerAuthorization().id(record.id()).issuer(record.issuerId())
                .validity(Windows.toApi(record.validity()))
                .grantedAt(record.grantedAt().atOffset(ZoneOffset.UTC)).grantedVersion(record.grantedVersion())
                .revokedAt(record.revokedAt().map(t -> t.atOffset(ZoneOffset.UTC)).orElse(null))
                .revokedVersion(record.revokedVersion().orElse(null));
        return type.format() == CredentialType.Format.SD_JWT_VC
                ? authorization.vct(type.identifier()) : authorization.doctype(type.identifier());
    }
}
