package io.sigillum.trust.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillum.trust.model.IssuerState;
import io.sigillum.trust.model.TrustSnapshot;
import io.sigillum.trust.model.TrustedIssuer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotEtagTest {

    @Test
    void theEtagIsAStrongTagOfVersionAndDigest() throws Exception {
        String etag = SnapshotEtag.of(SnapshotJson.read(SnapshotJsonTest.example()));
        assertTrue(etag.matches("\"42-[A-Za-z0-9_-]{43}\""), etag);
        assertTrue(!etag.startsWith("W/"), "strong, not weak");
    }

    @Test
    void equalSnapshotsHaveEqualEtagsHoweverTheirJsonWasLaidOut() throws Exception {
        byte[] pretty = SnapshotJsonTest.example();
        byte[] compact = new ObjectMapper().writeValueAsBytes(new ObjectMapper().readTree(pretty));
        TrustSnapshot a = SnapshotJson.read(pretty);
        TrustSnapshot b = SnapshotJson.read(compact);
        assertEquals(SnapshotEtag.of(a), SnapshotEtag.of(b));
        assertEquals(SnapshotEtag.of(a), SnapshotEtag.of(a));
        assertEquals(SnapshotEtag.of(a), SnapshotEtag.of(a.version(), SnapshotJson.write(a)));
        // And across a round trip through the canonical form.
        assertEquals(SnapshotEtag.of(a), SnapshotEtag.of(SnapshotJson.read(SnapshotJson.write(a))));
    }

    @Test
    void anyChangeChangesTheEtag() throws Exception {
        TrustSnapshot a = SnapshotJson.read(SnapshotJsonTest.example());
        TrustSnapshot nextVersion = new TrustSnapshot(a.version() + 1, a.generatedAt(), a.issuers());
        assertNotEquals(SnapshotEtag.of(a), SnapshotEtag.of(nextVersion));

        List<TrustedIssuer> issuers = new ArrayList<>(a.issuers());
        TrustedIssuer first = issuers.get(0);
        issuers.set(0, new TrustedIssuer(first.id(), first.legalName(), first.country(), IssuerState.SUSPENDED,
                first.validity(), first.anchors(), first.authorizations()));
        TrustSnapshot suspended = new TrustSnapshot(a.version(), a.generatedAt(), issuers);
        String etag = SnapshotEtag.of(suspended);
        assertNotEquals(SnapshotEtag.of(a), etag);
        // Same version, other content: the digest part differs, not only the version part.
        assertEquals(etag.substring(0, 4), SnapshotEtag.of(a).substring(0, 4));
    }
}
