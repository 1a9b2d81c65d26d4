package io.sigillum.trustedlist;

import io.sigillum.trustedlist.TrustedListAcceptance.Accepted;
import io.sigillum.trustedlist.TrustedListAcceptance.Freshness;
import io.sigillum.trustedlist.TrustedListException.Reason;
import io.sigillum.trustedlist.model.TrustedList;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static io.sigillum.trustedlist.Refusals.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class TrustedListAcceptanceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    private final TrustedListAcceptance acceptance = TrustedListAcceptance.at(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aFirstListIsAccepted() {
        TrustedList list = list(7, "DE", Optional.of(NOW.plusSeconds(3600)));

        Accepted accepted = acceptance.accept(list);

        assertSame(list, accepted.list());
        assertEquals(Freshness.CURRENT, accepted.freshness());
    }

    @Test
    void aNewerListReplacesTheHeldOne() throws Exception {
        Accepted accepted = acceptance.accept(list(8, "DE", Optional.of(NOW.plusSeconds(3600))), list(7, "DE", Optional.empty()));

        assertEquals(8, accepted.list().sequenceNumber());
    }

    @Test
    void theSameOrAnOlderSequenceNumberIsStale() {
        TrustedList held = list(7, "DE", Optional.of(NOW.plusSeconds(3600)));

        refused(Reason.STALE, () -> acceptance.accept(list(7, "DE", Optional.of(NOW.plusSeconds(3600))), held));
        refused(Reason.STALE, () -> acceptance.accept(list(6, "DE", Optional.of(NOW.plusSeconds(3600))), held));
        refused(Reason.STALE, () -> acceptance.accept(list(3, "DE", Optional.of(NOW.plusSeconds(3600))), "DE", 7));
    }

    @Test
    void aVerifiedButStaleListReadFromXmlIsRefused() throws Exception {
        TrustedList read = TrustedListReader.withDefaults().read(TestLists.signedGermanList(), List.of(TestPki.DE_OPERATOR.certificate()));

        refused(Reason.STALE, () -> acceptance.accept(read, "DE", read.sequenceNumber()));
    }

    @Test
    void aListForAnotherTerritoryDoesNotReplaceTheHeldOne() {
        refused(Reason.TERRITORY_MISMATCH, () -> acceptance.accept(list(9, "FR", Optional.empty()), list(7, "DE", Optional.empty())));
    }

    @Test
    void aPassedNextUpdateIsReported() throws Exception {
        Accepted accepted = acceptance.accept(list(8, "DE", Optional.of(NOW.minusSeconds(1))), "DE", 7);

        assertEquals(Freshness.NEXT_UPDATE_PASSED, accepted.freshness());
    }

    @Test
    void aClosedListIsReported() {
        assertEquals(Freshness.CLOSED, acceptance.accept(list(8, "DE", Optional.empty())).freshness());
    }

    private static TrustedList list(long sequenceNumber, String territory, Optional<Instant> nextUpdate) {
        return new TrustedList(sequenceNumber, URI.create(TrustedListSpec.TSL_TYPE_EU_GENERIC), "Operator", territory,
                NOW.minusSeconds(86_400), nextUpdate, List.of(), List.of(), TestPki.DE_OPERATOR.certificate());
    }
}
