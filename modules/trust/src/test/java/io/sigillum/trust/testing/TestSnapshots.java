package io.sigillum.trust.testing;

import io.sigillum.trust.model.Anchor;
import io.sigillum.trust.model.Authorization;
import io.sigillum.trust.model.IssuerState;
import io.sigillum.trust.model.TrustSnapshot;
import io.sigillum.trust.model.TrustedIssuer;
import io.sigillum.trust.model.ValidityWindow;

import java.time.Instant;
import java.util.List;

/** Short ways to write the issuers and snapshots of the tests. */
public final class TestSnapshots {

    private TestSnapshots() {
    }

    public static TrustedIssuer issuer(String id, IssuerState state, ValidityWindow validity,
                                       List<Anchor> anchors, List<Authorization> authorizations) {
        return new TrustedIssuer(id, "Legal name of " + id, "DE", state, validity, anchors, authorizations);
    }

    public static TrustedIssuer active(String id, List<Anchor> anchors, List<Authorization> authorizations) {
        return issuer(id, IssuerState.ACTIVE, ValidityWindow.UNBOUNDED, anchors, authorizations);
    }

    public static TrustSnapshot snapshot(TrustedIssuer... issuers) {
        return new TrustSnapshot(7, Instant.parse("2026-01-01T00:00:00Z"), List.of(issuers));
    }
}
