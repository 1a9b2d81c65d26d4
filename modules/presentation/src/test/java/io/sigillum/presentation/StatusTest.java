package io.sigillum.presentation;

import io.sigillum.presentation.fixture.Fixture;
import io.sigillum.statuslist.list.Status;
import io.sigillum.statuslist.TokenStatusListSpec;
import io.sigillum.statuslist.list.StatusList;
import io.sigillum.statuslist.token.StatusListCwt;
import io.sigillum.statuslist.token.StatusListToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.sigillum.presentation.fixture.Fixture.STATUS_URI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The credential's status from its issuer's status list, and the cache of verified lists. */
class StatusTest {

    private final Fixture fixture = new Fixture();

    private static void assertOnly(FailureReason reason, PresentationResult result) {
        PresentationResult.Failed failed = assertInstanceOf(PresentationResult.Failed.class, result, result::toString);
        assertEquals(List.of(reason), failed.failures().stream().map(Failure::reason).toList(), failed::toString);
    }

    @Test
    void aRevokedCredential() {
        fixture.setStatus(Status.INVALID);
        assertOnly(FailureReason.REVOKED, fixture.verifyPid(fixture.verifier()));
    }

    @Test
    void aSuspendedCredential() {
        fixture.setStatus(Status.SUSPENDED);
        assertOnly(FailureReason.SUSPENDED, fixture.verifyPid(fixture.verifier()));
    }

    @Test
    void anApplicationSpecificStatusIsNotValid() {
        fixture.setStatus(Status.APPLICATION_SPECIFIC);
        assertOnly(FailureReason.STATUS_UNKNOWN, fixture.verifyPid(fixture.verifier()));
    }

    @Test
    void aListSignedByAnotherTrustedIssuersKeyIsNotTheCredentialsStatus() {
        // The neighbour is trusted for the same type, and signs a list at the PID issuer's URI saying VALID.
        fixture.fetcher.serve(STATUS_URI, fixture.neighbour().statusList(STATUS_URI, StatusList.of(2, 1000), fixture.now(),
                Fixture.STATUS_TTL, fixture.now().plus(Duration.ofHours(1))));

        PresentationResult result = fixture.verifyPid(fixture.verifier());

        assertOnly(FailureReason.STATUS_UNKNOWN, result);
        assertTrue(((PresentationResult.Failed) result).failures().getFirst().detail().contains(fixture.neighbour().id), result::toString);
    }

    @Test
    void aListSignedByAnUntrustedKey() {
        fixture.fetcher.serve(STATUS_URI, fixture.rogue().statusList(STATUS_URI, StatusList.of(2, 1000), fixture.now(),
                Fixture.STATUS_TTL, fixture.now().plus(Duration.ofHours(1))));
        assertOnly(FailureReason.STATUS_UNKNOWN, fixture.verifyPid(fixture.verifier()));
    }

    @Test
    void aListServedForAnotherUri() {
        // Genuine and signed by the right key, but its sub is another list's URI (§8.3 step 4a).
        fixture.fetcher.serve(STATUS_URI, fixture.pid().statusList(java.net.URI.create("https://pid.example/status/2"),
                StatusList.of(2, 1000), fixture.now(), Fixture.STATUS_TTL, fixture.now().plus(Duration.ofHours(1))));
        assertOnly(FailureReason.STATUS_UNKNOWN, fixture.verifyPid(fixture.verifier()));
    }

    @Test
    void anIndexBeyondTheList() {
        // 8 entries of 2 bits: two bytes, and the credential's index 42 beyond them (§8.3 step 6).
        fixture.fetcher.serve(STATUS_URI, fixture.pid().statusList(STATUS_URI, StatusList.of(2, 8), fixture.now(),
                Fixture.STATUS_TTL, fixture.now().plus(Duration.ofHours(1))));
        assertOnly(FailureReason.STATUS_UNKNOWN, fixture.verifyPid(fixture.verifier()));
    }

    @Test
    void aCwtStatusListWithItsX5chain() {
        StatusList list = StatusList.of(2, 1000);
        list.set(Fixture.STATUS_INDEX, Status.INVALID);
        StatusListToken token = StatusListToken.builder(STATUS_URI, list).issuedAt(fixture.now())
                .timeToLive(Fixture.STATUS_TTL).expiresAt(fixture.now().plus(Duration.ofHours(1))).build();
        fixture.fetcher.serve(STATUS_URI, StatusListCwt.sign(token, fixture.pid().statusSigner),
                TokenStatusListSpec.CWT_MEDIA_TYPE + "; charset=binary");

        assertOnly(FailureReason.REVOKED, fixture.verifyPid(fixture.verifier()));
    }

    @Test
    void aBodyOfAnotherMediaType() {
        fixture.fetcher.serve(STATUS_URI, "{}".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "application/json");
        assertOnly(FailureReason.STATUS_UNKNOWN, fixture.verifyPid(fixture.verifier()));
    }

    @Test
    void aFetcherThatThrowsSomethingElse() {
        StatusLists lists = StatusLists.create(uri -> {
            throw new IllegalStateException("circuit open");
        }, fixture.clock);
        PresentationVerifier verifier = PresentationVerifier.builder(() -> fixture.trust.get().get(), lists).build();
        assertOnly(FailureReason.STATUS_UNKNOWN, fixture.verifyPid(verifier));
        assertEquals(1, lists.stats().failures());
    }

    @Test
    void anUnreachableListFailsClosed() {
        fixture.fetcher.down(true);
        PresentationResult result = fixture.verifyPid(fixture.verifier());
        assertOnly(FailureReason.STATUS_UNKNOWN, result);
        assertTrue(((PresentationResult.Failed) result).failures().getFirst().detail().contains("connection refused"), result::toString);
    }

    @Test
    void anUnreachableListIsAcceptedWhenThePolicySaysSo() {
        fixture.fetcher.down(true);
        assertTrue(fixture.verifyPid(fixture.verifier(UnknownStatusPolicy.ACCEPT)).verified());
    }

    @Test
    void aKnownRevocationIsRefusedEvenWhenUnknownStatusIsAccepted() {
        fixture.setStatus(Status.INVALID);
        assertOnly(FailureReason.REVOKED, fixture.verifyPid(fixture.verifier(UnknownStatusPolicy.ACCEPT)));
    }

    @Test
    void aListIsFetchedOnceWithinItsTtl() {
        PresentationVerifier verifier = fixture.verifier();
        assertTrue(fixture.verifyPid(verifier).verified());
        // Revoked at the source, but the cached list stands until its ttl.
        fixture.setStatus(Status.INVALID);
        fixture.clock.advance(Fixture.STATUS_TTL.minusSeconds(1));

        assertTrue(fixture.verifyPid(verifier).verified());

        assertEquals(1, fixture.fetcher.fetches());
        StatusLists.Stats stats = fixture.statusLists.stats();
        assertEquals(1, stats.fetched());
        assertEquals(1, stats.servedFromCache());
        assertEquals(1, stats.entries());
    }

    @Test
    void aListIsFetchedAgainAfterItsTtl() {
        PresentationVerifier verifier = fixture.verifier();
        assertTrue(fixture.verifyPid(verifier).verified());
        fixture.setStatus(Status.INVALID);
        fixture.clock.advance(Fixture.STATUS_TTL);

        assertOnly(FailureReason.REVOKED, fixture.verifyPid(verifier));
        assertEquals(2, fixture.fetcher.fetches());
    }

    @Test
    void invalidateForcesARefetch() {
        PresentationVerifier verifier = fixture.verifier();
        assertTrue(fixture.verifyPid(verifier).verified());
        fixture.setStatus(Status.INVALID);

        fixture.statusLists.invalidate(STATUS_URI);

        assertOnly(FailureReason.REVOKED, fixture.verifyPid(verifier));
        assertEquals(2, fixture.fetcher.fetches());
    }

    @Test
    void theHeldListServesWithinItsExpWhenARefreshFails() {
        PresentationVerifier verifier = fixture.verifier();
        assertTrue(fixture.verifyPid(verifier).verified());
        fixture.fetcher.down(true);
        fixture.clock.advance(Fixture.STATUS_TTL.plusMinutes(5));

        assertTrue(fixture.verifyPid(verifier).verified());

        StatusLists.Stats stats = fixture.statusLists.stats();
        assertEquals(1, stats.servedStale());
        assertEquals(1, stats.failures());
        assertEquals(2, fixture.fetcher.fetches());
    }

    @Test
    void afterAFailedRefreshTheHeldListServesWithoutRetryingForAWhile() {
        PresentationVerifier verifier = fixture.verifier();
        assertTrue(fixture.verifyPid(verifier).verified());
        fixture.fetcher.down(true);
        fixture.clock.advance(Fixture.STATUS_TTL);
        assertTrue(fixture.verifyPid(verifier).verified());

        fixture.clock.advance(Duration.ofSeconds(9));
        assertTrue(fixture.verifyPid(verifier).verified());
        assertEquals(2, fixture.fetcher.fetches());

        // The source is back, and after the wait it is asked again: the revocation is seen.
        fixture.fetcher.down(false);
        fixture.setStatus(Status.INVALID);
        fixture.clock.advance(Duration.ofSeconds(1));
        assertOnly(FailureReason.REVOKED, fixture.verifyPid(verifier));
        assertEquals(3, fixture.fetcher.fetches());
        assertEquals(2, fixture.statusLists.stats().servedStale());
    }

    @Test
    void invalidateEndsTheWaitAfterAFailedRefresh() {
        PresentationVerifier verifier = fixture.verifier();
        assertTrue(fixture.verifyPid(verifier).verified());
        fixture.fetcher.down(true);
        fixture.clock.advance(Fixture.STATUS_TTL);
        assertTrue(fixture.verifyPid(verifier).verified());
        fixture.fetcher.down(false);
        fixture.setStatus(Status.SUSPENDED);

        fixture.statusLists.invalidate(STATUS_URI);

        assertOnly(FailureReason.SUSPENDED, fixture.verifyPid(verifier));
    }

    @Test
    void theHeldListNoLongerServesPastItsExp() {
        PresentationVerifier verifier = fixture.verifier();
        assertTrue(fixture.verifyPid(verifier).verified());
        fixture.fetcher.down(true);
        fixture.clock.advance(Fixture.STATUS_LIFETIME);

        assertOnly(FailureReason.STATUS_UNKNOWN, fixture.verifyPid(verifier));
        assertEquals(0, fixture.statusLists.stats().servedStale());
    }

    @Test
    void anInvalidatedListStillServesAsFallbackWithinItsExp() {
        PresentationVerifier verifier = fixture.verifier();
        assertTrue(fixture.verifyPid(verifier).verified());
        fixture.fetcher.down(true);

        fixture.statusLists.invalidate(STATUS_URI);

        assertTrue(fixture.verifyPid(verifier).verified());
        assertEquals(1, fixture.statusLists.stats().servedStale());
    }
}
