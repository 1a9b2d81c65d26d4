package io.sigillum.statuslist.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import io.sigillum.crypto.cbor.Cbor;
import io.sigillum.crypto.cbor.CborMap;
import io.sigillum.crypto.cbor.CborValue;
import io.sigillum.crypto.cose.CoseSign1;
import io.sigillum.statuslist.DraftResources;
import io.sigillum.statuslist.StatusListException;
import io.sigillum.statuslist.StatusListException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.net.URI;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The referenced token's {@code status} claim, against the draft's §6.2 and §6.3 examples. */
class StatusClaimTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StatusReference DRAFT_REFERENCE = new StatusReference(URI.create("https://example.com/statuslists/1"), 0);

    @Test
    void section62JsonClaimBothWays() throws Exception {
        String payload = DraftResources.headerAndPayload("section-6.2-referenced-token-jwt.txt")[1];
        @SuppressWarnings("unchecked")
        Map<String, Object> claims = JSON.readValue(payload, Map.class);
        assertEquals(DRAFT_REFERENCE, JsonStatusClaim.fromClaims(claims));
        // The same claim read by the JWT library the services use.
        assertEquals(DRAFT_REFERENCE, JsonStatusClaim.fromClaims(JWTClaimsSet.parse(payload).getClaims()));

        String ours = JSON.writeValueAsString(Map.of("status", JsonStatusClaim.write(DRAFT_REFERENCE)));
        assertEquals(JSON.readTree(payload), JSON.readTree(ours));
        JWTClaimsSet built = new JWTClaimsSet.Builder().claim("status", JsonStatusClaim.write(DRAFT_REFERENCE)).build();
        assertEquals(JSON.readTree(payload), JSON.readTree(built.toString()));
    }

    @Test
    void section63CwtClaimBothWays() throws Exception {
        CoseSign1 referencedToken = CoseSign1.decode(DraftResources.hex("section-6.3-referenced-token-cwt.hex"));
        CborMap claims = (CborMap) Cbor.decode(referencedToken.payload().orElseThrow());
        assertEquals(DRAFT_REFERENCE, CborStatusClaim.fromCwtClaims(claims));

        CborMap ours = CborStatusClaim.write(DRAFT_REFERENCE);
        assertEquals(claims.get(65535).orElseThrow(), ours);
        // "idx" sorts before "uri" and "status_list" is alone, so deterministic encoding gives the draft's very bytes.
        String draftStatus = "a16b7374617475735f6c697374a2636964780063757269782168747470733a2f2f"
                + "6578616d706c652e636f6d2f7374617475736c697374732f31";
        assertEquals(draftStatus, HexFormat.of().formatHex(Cbor.encode(ours)));
    }

    @Test
    void anMdocCarriesTheSameStructureWhereverItIsFound() throws StatusListException {
        StatusReference reference = new StatusReference(URI.create("https://issuer.example/status/7"), 1_234_567);
        CborMap mso = CborMap.builder().put("version", CborValue.of("1.0")).put("status", CborStatusClaim.write(reference)).build();
        assertEquals(reference, CborStatusClaim.read(mso.get("status").orElseThrow()));
    }

    @Test
    void otherMechanismsAndMembersAreIgnored() throws StatusListException {
        Map<String, Object> statusList = new LinkedHashMap<>(Map.of("idx", 5, "uri", "https://example.com/s", "extension", true));
        Map<String, Object> status = Map.of("status_list", statusList, "other_mechanism", Map.of("x", 1));
        assertEquals(new StatusReference(URI.create("https://example.com/s"), 5), JsonStatusClaim.read(status));
        CborMap cbor = CborMap.builder()
                .put("status_list", CborMap.builder().put("idx", CborValue.of(5)).put("uri", CborValue.of("https://example.com/s"))
                        .put("extension", CborValue.of(true)).build())
                .put("other_mechanism", CborValue.of(1))
                .build();
        assertEquals(new StatusReference(URI.create("https://example.com/s"), 5), CborStatusClaim.read(cbor));
    }

    @Test
    void malformedJsonClaimsAreRefused() {
        List<Object> statuses = List.of(
                "status",
                Map.of(),
                Map.of("status_list", "x"),
                Map.of("status_list", Map.of("uri", "https://example.com/s")),
                Map.of("status_list", Map.of("idx", 1)),
                Map.of("status_list", Map.of("idx", -1, "uri", "https://example.com/s")),
                Map.of("status_list", Map.of("idx", 1.5, "uri", "https://example.com/s")),
                Map.of("status_list", Map.of("idx", 1.0, "uri", "https://example.com/s")),
                Map.of("status_list", Map.of("idx", "1", "uri", "https://example.com/s")),
                Map.of("status_list", Map.of("idx", 1, "uri", "/statuslists/1")),
                Map.of("status_list", Map.of("idx", 1, "uri", "https://exa mple.com/")),
                Map.of("status_list", Map.of("idx", 1, "uri", 7)));
        for (Object status : statuses) {
            assertReason(() -> JsonStatusClaim.read(status));
        }
        assertReason(() -> JsonStatusClaim.fromClaims(Map.of("sub", "x")));
    }

    @Test
    void malformedCborClaimsAreRefused() {
        CborValue uri = CborValue.of("https://example.com/s");
        List<CborValue> statuses = List.of(
                CborValue.of("status"),
                CborMap.EMPTY,
                CborMap.builder().put("status_list", CborValue.of(1)).build(),
                info(null, uri),
                info(CborValue.of(1), null),
                info(CborValue.of(-1), uri),
                info(CborValue.of("1"), uri),
                info(CborValue.of(1), CborValue.of(7)),
                info(CborValue.of(1), CborValue.of("relative/uri")),
                CborMap.builder().put(1, CborValue.of(1)).build());
        for (CborValue status : statuses) {
            assertReason(() -> CborStatusClaim.read(status));
        }
        assertReason(() -> CborStatusClaim.fromCwtClaims(CborMap.builder().put(2, CborValue.of("sub")).build()));
    }

    @Test
    void referencesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new StatusReference(URI.create("statuslists/1"), 0));
        assertThrows(IllegalArgumentException.class, () -> new StatusReference(URI.create("https://example.com/s"), -1));
        assertThrows(NullPointerException.class, () -> new StatusReference(null, 0));
    }

    private static CborMap info(CborValue idx, CborValue uri) {
        CborMap.Builder info = CborMap.builder();
        if (idx != null) {
            info.put("idx", idx);
        }
        if (uri != null) {
            info.put("uri", uri);
        }
        return CborMap.builder().put("status_list", info.build()).build();
    }

    private static void assertReason(Executable executable) {
        StatusListException e = assertThrows(StatusListException.class, executable);
        assertEquals(Reason.MALFORMED_REFERENCE, e.reason(), e.getMessage());
    }
}
