package io.sigillum.trustregistry.anchor;

import io.sigillum.api.trustregistry.model.AnchorKind;
import io.sigillum.api.trustregistry.model.AnchorType;
import io.sigillum.api.trustregistry.model.TrustAnchor;
import io.sigillum.crypto.x509.DerCertificates;

import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.util.Base64;

/** Anchors as the API shows them. */
public final class AnchorViews {

    private AnchorViews() {
    }

    public static TrustAnchor toApi(TrustAnchorRecord record) {
        TrustAnchor anchor = new TrustAnchor().id(record.id()).issuer(record.issuerId())
                .type(AnchorType.fromValue(record.anchorType())).fingerprint(record.fingerprint())
                .addedAt(record.addedAt().atOffset(ZoneOffset.UTC)).addedVersion(record.addedVersion())
                .removedAt(record.removedAt().map(t -> t.atOffset(ZoneOffset.UTC)).orElse(null))
                .removedVersion(record.removedVersion().orElse(null));
        if ("x509".equals(record.anchorType())) {
            X509Certificate certificate = DerCertificates.parse(Base64.getDecoder().decode(record.material()));
            anchor.kind(AnchorKind.fromValue(record.kind().orElseThrow())).certificate(record.material())
                    .subject(certificate.getSubjectX500Principal().getName())
                    .notAfter(certificate.getNotAfter().toInstant().atOffset(ZoneOffset.UTC))
                    // The generated model starts with an empty map; an x509 anchor has no jwk member.
                    .jwk(null);
        } else {
            anchor.jwk(JwkKeys.storedMembers(record.material()));
        }
        return anchor;
    }
}
