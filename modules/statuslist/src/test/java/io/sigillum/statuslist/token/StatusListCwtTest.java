package io.sigillum.statuslist.token;

import io.sigillum.crypto.cbor.Cbor;
import io.sigillum.crypto.cbor.CborFloat;
import io.sigillum.crypto.cbor.CborMap;
import io.sigillum.crypto.cbor.CborTagged;
import io.sigillum.crypto.cbor.CborValue;
import io.sigillum.crypto.cose.CoseSign1;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.statuslist.DraftResources;
import io.sigillum.statuslist.StatusListException.Reason;
import io.sigillum.statuslist.list.DecodeLimits;
import io.sigillum.statuslist.list.Status;
import io.sigillum.statuslist.list.StatusList;
import io.sigillum.statuslist.reference.StatusReference;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.sigillum.statuslist.token.StatusListJwtTest.assertReason;
import static io.sigillum.statuslist.token.StatusListJwtTest.draftList;
import static io.sigillum.statuslist.token.StatusListJwtTest.draftToken;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Status List Tokens as CWT (draft §5.2): the draft's example, then every way to refuse one. */
class StatusListCwtTest {

    private static final URI URI_1 = URI.create("https://example.com/statuslists/1");
    private static final Instant IAT = Instant.ofEpochSecond(1686920170);
    private static final Instant EXP = Instant.ofEpochSecond(2291720170L);
    private static final Clock AN_HOUR_LATER = Clock.fixed(IAT.plusSeconds(3600), ZoneOffset.UTC);
    private static final CborValue TYP = CborValue.of("application/statuslist+cwt");

    private final TestSigners.Key key = TestSigners.es256();
    private final StatusListTokenVerifier verifier = StatusListTokenVerifier.builder().clock(AN_HOUR_LATER).build();

    @Test
    void theDraftsExampleReadsBackAndOursSaysTheSame() throws Exception {
        byte[] draft = DraftResources.hex("section-5.2-status-list-token-cwt.hex");
        CoseSign1 message = CoseSign1.decode(draft);
        assertTrue(message.isTagged());
        StatusListCwt.checkEnvelope(message);
        assertEquals(Optional.of(CborValue.of(-7)), message.protectedHeaders().algorithm());
        assertArrayEquals("12".getBytes(StandardCharsets.US_ASCII), message.unprotectedHeaders().keyId().orElseThrow());

        byte[] payload = message.payload().orElseThrow();
        StatusListToken token = StatusListCwt.readClaims(payload, DecodeLimits.defaults()).token();
        assertEquals(URI_1, token.subject());
        assertEquals(IAT, token.issuedAt());
        assertEquals(Optional.of(EXP), token.expiresAt());
        assertEquals(Optional.of(Duration.ofSeconds(43200)), token.timeToLive());
        assertEquals(draftList(), token.list());

        // Claim by claim: the draft lists them unsorted, deterministic encoding sorts them.
        assertEquals(Cbor.decode(payload), StatusListCwt.claims(draftToken()));
        byte[] ours = StatusListCwt.sign(draftToken(), key.signer());
        CoseSign1 ourMessage = CoseSign1.decode(ours);
        assertEquals(message.protectedHeaders().asMap(), ourMessage.protectedHeaders().asMap());
        assertEquals(message.unprotectedHeaders().asMap(), ourMessage.unprotectedHeaders().asMap());
        assertEquals(draft.length, ours.length);
        // The draft's key is not published: its signature only shows it is not ours.
        assertReason(Reason.BAD_SIGNATURE, () -> verifier.verifyCwt(draft, URI_1, key.verifier()));
    }

    @Test
    void signsAndVerifies() throws Exception {
        byte[] cwt = StatusListCwt.sign(draftToken(), key.signer());
        assertEquals((byte) 0xD2, cwt[0]);
        StatusListToken token = verifier.verifyCwt(cwt, URI_1, key.verifier());
        assertEquals(URI_1, token.subject());
        assertEquals(Optional.of(EXP), token.expiresAt());
        assertEquals(Optional.of(Duration.ofSeconds(43200)), token.timeToLive());
        assertEquals(Status.INVALID, token.statusOf(new StatusReference(URI_1, 15)));

        StatusListToken full = StatusListToken.builder(URI_1, StatusList.of(8, 300)).issuer("https://example.com").issuedAt(IAT)
                .aggregationUri(URI.create("https://example.com/statuslists")).build();
        StatusListToken back = verifier.verifyCwt(StatusListCwt.sign(full, TestSigners.elsewhere(key.signer())), URI_1, key.verifier());
        assertEquals(Optional.of("https://example.com"), back.issuer());
        assertEquals(full.aggregationUri(), back.aggregationUri());
        assertEquals(Optional.empty(), back.expiresAt());
        assertEquals(full.list(), back.list());
    }

    @Test
    void theChainGoesInAProtectedX5chain() throws Exception {
        TestSigners.Key certified = TestSigners.certified();
        CoseSign1 message = CoseSign1.decode(StatusListCwt.sign(draftToken(), certified.signer()));
        assertEquals(certified.signer().certificateChain(), message.protectedHeaders().x5chain());
        assertNotNull(verifier.verifyCwt(StatusListCwt.sign(draftToken(), certified.signer()), URI_1, certified.verifier()));
        assertTrue(CoseSign1.decode(StatusListCwt.sign(draftToken(), certified.signer(), false)).x5chain().isEmpty());
    }

    @Test
    void aTamperedTokenIsRefused() {
        byte[] cwt = StatusListCwt.sign(draftToken(), key.signer());
        byte[] sub = "statuslists/1".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(cwt, sub) + sub.length - 1;
        byte[] tampered = cwt.clone();
        tampered[at] = '2';
        assertReason(Reason.BAD_SIGNATURE, () -> verifier.verifyCwt(tampered, URI.create("https://example.com/statuslists/2"), key.verifier()));
        byte[] signature = cwt.clone();
        signature[signature.length - 1] ^= 1;
        assertReason(Reason.BAD_SIGNATURE, () -> verifier.verifyCwt(signature, URI_1, key.verifier()));
        assertReason(Reason.MALFORMED_TOKEN, () -> verifier.verifyCwt(Arrays.copyOf(cwt, cwt.length - 1), URI_1, key.verifier()));
        assertReason(Reason.MALFORMED_TOKEN, () -> verifier.verifyCwt(new byte[] {1, 2, 3}, URI_1, key.verifier()));
    }

    @Test
    void theMessageMustBeCoseSign1TaggedAndNothingElse() throws Exception {
        byte[] cwt = StatusListCwt.sign(draftToken(), key.signer());
        byte[] untagged = Arrays.copyOfRange(cwt, 1, cwt.length);
        assertReason(Reason.MALFORMED_TOKEN, () -> verifier.verifyCwt(untagged, URI_1, key.verifier()));
        // §5.2: the CWT tag (61, RFC 8392 §6) must not be used.
        byte[] cwtTagged = Cbor.encode(new CborTagged(61, Cbor.decode(cwt)));
        assertReason(Reason.MALFORMED_TOKEN, () -> verifier.verifyCwt(cwtTagged, URI_1, key.verifier()));
    }

    @Test
    void theTypMustBeApplicationStatuslistCwtAndProtected() throws Exception {
        byte[] claims = Cbor.encode(StatusListCwt.claims(draftToken()));
        CborMap alg = CborMap.builder().put(1, CborValue.of(-7)).build();
        for (CborValue typ : List.of(CborValue.of("application/cwt"), CborValue.of("statuslist+cwt"), CborValue.of(61), CborValue.of("statuslist+jwt"))) {
            byte[] cwt = HandMadeCose.sign(key.signer(), CborMap.builder().put(1, CborValue.of(-7)).put(16, typ).build(), CborMap.EMPTY, claims, true);
            assertReason(Reason.WRONG_TYPE, () -> verifier.verifyCwt(cwt, URI_1, key.verifier()));
        }
        byte[] absent = HandMadeCose.sign(key.signer(), alg, CborMap.EMPTY, claims, true);
        assertReason(Reason.WRONG_TYPE, () -> verifier.verifyCwt(absent, URI_1, key.verifier()));
        byte[] unprotected = HandMadeCose.sign(key.signer(), alg, CborMap.builder().put(16, TYP).build(), claims, true);
        assertReason(Reason.WRONG_TYPE, () -> verifier.verifyCwt(unprotected, URI_1, key.verifier()));
        byte[] upperCase = HandMadeCose.sign(key.signer(), CborMap.builder().put(1, CborValue.of(-7))
                .put(16, CborValue.of("Application/StatusList+CWT")).build(), CborMap.EMPTY, claims, true);
        assertNotNull(verifier.verifyCwt(upperCase, URI_1, key.verifier()));
    }

    @Test
    void algorithmsAndHeadersAreCheckedByTheCoseLayer() {
        byte[] claims = Cbor.encode(StatusListCwt.claims(draftToken()));
        // HMAC 256/256 (5): the draft allows MACs; this library verifies signatures only.
        byte[] mac = HandMadeCose.sign(key.signer(), CborMap.builder().put(1, CborValue.of(5)).put(16, TYP).build(), CborMap.EMPTY, claims, true);
        assertReason(Reason.ALGORITHM_NOT_ALLOWED, () -> verifier.verifyCwt(mac, URI_1, key.verifier()));
        byte[] noAlg = HandMadeCose.sign(key.signer(), CborMap.builder().put(16, TYP).build(), CborMap.EMPTY, claims, true);
        assertReason(Reason.ALGORITHM_NOT_ALLOWED, () -> verifier.verifyCwt(noAlg, URI_1, key.verifier()));
        byte[] crit = HandMadeCose.sign(key.signer(), CborMap.builder().put(1, CborValue.of(-7)).put(2, CborValue.array(CborValue.of(16)))
                .put(16, TYP).build(), CborMap.EMPTY, claims, true);
        assertReason(Reason.UNSUPPORTED_HEADER, () -> verifier.verifyCwt(crit, URI_1, key.verifier()));
        StatusListTokenVerifier es384Only = StatusListTokenVerifier.builder().clock(AN_HOUR_LATER)
                .allowedAlgorithms(Set.of(SignatureAlgorithm.ES384)).build();
        assertReason(Reason.ALGORITHM_NOT_ALLOWED,
                () -> es384Only.verifyCwt(StatusListCwt.sign(draftToken(), key.signer()), URI_1, key.verifier()));
    }

    @Test
    void subjectAndTimeAreChecked() {
        byte[] cwt = StatusListCwt.sign(draftToken(), key.signer());
        assertReason(Reason.WRONG_SUBJECT, () -> verifier.verifyCwt(cwt, URI.create("https://example.com/statuslists/2"), key.verifier()));
        StatusListTokenVerifier late = StatusListTokenVerifier.builder().clock(Clock.fixed(EXP.plusSeconds(61), ZoneOffset.UTC)).build();
        assertReason(Reason.EXPIRED, () -> late.verifyCwt(cwt, URI_1, key.verifier()));
        StatusListTokenVerifier early = StatusListTokenVerifier.builder().clock(Clock.fixed(IAT.minusSeconds(3600), ZoneOffset.UTC)).build();
        assertReason(Reason.NOT_YET_VALID, () -> early.verifyCwt(cwt, URI_1, key.verifier()));
        CborMap withNbf = CborMap.builder().put(5, CborValue.of(IAT.plusSeconds(7200).getEpochSecond()))
                .put(2, CborValue.of(URI_1.toString())).put(6, CborValue.of(IAT.getEpochSecond()))
                .put(65533, StatusListCwt.claims(draftToken()).get(65533).orElseThrow()).build();
        assertReason(Reason.NOT_YET_VALID, () -> verifier.verifyCwt(handMade(withNbf), URI_1, key.verifier()));
        StatusListTokenVerifier stale = StatusListTokenVerifier.builder().clock(AN_HOUR_LATER).maxAge(Duration.ofMinutes(10)).build();
        assertReason(Reason.STALE, () -> stale.verifyCwt(cwt, URI_1, key.verifier()));
    }

    @Test
    void claimsMissingOrOfTheWrongTypeAreRefused() throws Exception {
        CborValue statusList = StatusListCwt.claims(draftToken()).get(65533).orElseThrow();
        CborValue sub = CborValue.of(URI_1.toString());
        CborValue iat = CborValue.of(IAT.getEpochSecond());
        List<CborMap> malformed = List.of(
                claims(null, iat, statusList),
                claims(sub, null, statusList),
                claims(sub, iat, null),
                claims(CborValue.of(2), iat, statusList),
                claims(CborValue.of("statuslists/1"), iat, statusList),
                claims(sub, CborValue.of("yesterday"), statusList),
                claims(sub, CborValue.tag(1, iat), statusList),
                claims(sub, iat, CborValue.of(StatusList.of(1, 8).compress())),
                with(claims(sub, iat, statusList), 65534, CborValue.of(0)),
                with(claims(sub, iat, statusList), 65534, CborValue.of(-1)),
                with(claims(sub, iat, statusList), 65534, CborValue.of("1h")),
                with(claims(sub, iat, statusList), 4, CborValue.of("tomorrow")),
                with(claims(sub, iat, statusList), 1, CborValue.of(7)));
        for (CborMap claims : malformed) {
            assertReason(Reason.MALFORMED_TOKEN, () -> verifier.verifyCwt(handMade(claims), URI_1, key.verifier()));
        }
        byte[] notAMap = HandMadeCose.sign(key.signer(), CborMap.builder().put(1, CborValue.of(-7)).put(16, TYP).build(),
                CborMap.EMPTY, Cbor.encode(CborValue.of("claims")), true);
        assertReason(Reason.MALFORMED_TOKEN, () -> verifier.verifyCwt(notAMap, URI_1, key.verifier()));
        byte[] notCbor = HandMadeCose.sign(key.signer(), CborMap.builder().put(1, CborValue.of(-7)).put(16, TYP).build(),
                CborMap.EMPTY, new byte[] {(byte) 0xFF}, true);
        assertReason(Reason.MALFORMED_TOKEN, () -> verifier.verifyCwt(notCbor, URI_1, key.verifier()));

        CborMap badBits = claims(sub, iat, CborMap.builder().put("bits", CborValue.of(3))
                .put("lst", CborValue.of(StatusList.of(1, 8).compress())).build());
        assertReason(Reason.UNSUPPORTED_BITS, () -> verifier.verifyCwt(handMade(badBits), URI_1, key.verifier()));
        // NumericDate may be a float (RFC 8392 §2).
        StatusListToken floatIat = verifier.verifyCwt(handMade(claims(sub, new CborFloat(IAT.getEpochSecond() + 0.5), statusList)),
                URI_1, key.verifier());
        assertEquals(IAT.plusMillis(500), floatIat.issuedAt());
    }

    private byte[] handMade(CborMap claims) {
        return HandMadeCose.sign(key.signer(), CborMap.builder().put(1, CborValue.of(-7)).put(16, TYP).build(),
                CborMap.builder().put(4, CborValue.of("12".getBytes(StandardCharsets.US_ASCII))).build(), Cbor.encode(claims), true);
    }

    private static CborMap claims(CborValue sub, CborValue iat, CborValue statusList) {
        CborMap.Builder claims = CborMap.builder();
        if (sub != null) {
            claims.put(2, sub);
        }
        if (iat != null) {
            claims.put(6, iat);
        }
        if (statusList != null) {
            claims.put(65533, statusList);
        }
        return claims.build();
    }

    private static CborMap with(CborMap claims, long key, CborValue value) {
        CborMap.Builder builder = CborMap.builder();
        claims.entries().forEach(builder::put);
        return builder.put(key, value).build();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found: " + HexFormat.of().formatHex(needle));
    }
}
