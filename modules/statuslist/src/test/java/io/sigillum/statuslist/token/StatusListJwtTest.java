package io.sigillum.statuslist.token;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import io.sigillum.crypto.sign.CompactJws;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.statuslist.DraftResources;
import io.sigillum.statuslist.StatusListException;
import io.sigillum.statuslist.StatusListException.Reason;
import io.sigillum.statuslist.list.DecodeLimits;
import io.sigillum.statuslist.list.Status;
import io.sigillum.statuslist.list.StatusList;
import io.sigillum.statuslist.reference.StatusReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.Deflater;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Status List Tokens as JWT (draft §5.1): the draft's example, then every way to refuse one. */
class StatusListJwtTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final URI URI_1 = URI.create("https://example.com/statuslists/1");
    /** The draft's example: iat 1686920170, exp 2291720170, ttl 43200. */
    private static final Instant IAT = Instant.ofEpochSecond(1686920170);
    private static final Instant EXP = Instant.ofEpochSecond(2291720170L);
    private static final Clock AN_HOUR_LATER = Clock.fixed(IAT.plusSeconds(3600), ZoneOffset.UTC);

    private final TestSigners.Key key = TestSigners.es256();
    private final StatusListTokenVerifier verifier = StatusListTokenVerifier.builder().clock(AN_HOUR_LATER).build();

    @Test
    void signsTheDraftsExampleClaimByClaim() throws Exception {
        String jwt = StatusListJwt.sign(draftToken(), key.signer());
        String[] draft = DraftResources.headerAndPayload("section-5.1-status-list-token-jwt.txt");
        String[] parts = jwt.split("\\.");
        assertEquals(JSON.readTree(draft[0]), JSON.readTree(decode(parts[0])));
        assertEquals(JSON.readTree(draft[1]), JSON.readTree(decode(parts[1])));

        StatusListToken token = verifier.verifyJwt(jwt, URI_1, key.verifier());
        assertEquals(URI_1, token.subject());
        assertEquals(IAT, token.issuedAt());
        assertEquals(Optional.of(EXP), token.expiresAt());
        assertEquals(Optional.of(Duration.ofSeconds(43200)), token.timeToLive());
        assertEquals(Optional.empty(), token.issuer());
        assertEquals(draftList(), token.list());
        assertEquals(Status.INVALID, token.statusOf(new StatusReference(URI_1, 0)));
        assertEquals(Status.VALID, token.statusOf(new StatusReference(URI_1, 1)));
    }

    @Test
    void readsTheDraftsResponseExample() throws Exception {
        String draft = DraftResources.joined("section-8.2-status-list-response.jwt");
        String[] parts = draft.split("\\.");
        ReadClaims claims = StatusListJwt.readClaims(Base64URL.from(parts[1]).decode(), DecodeLimits.defaults());
        StatusListToken token = claims.token();
        assertEquals(URI_1, token.subject());
        assertEquals(Optional.of("https://example.com"), token.issuer());
        assertEquals(IAT, token.issuedAt());
        assertEquals(Optional.of(EXP), token.expiresAt());
        assertEquals(Optional.of(Duration.ofSeconds(43200)), token.timeToLive());
        assertEquals(draftList(), token.list());
        assertTrue(StatusListJwt.isStatusListType(JWSObject.parse(draft).getHeader().getType()));

        // Ours, with the same iss, says the same thing; the draft does not publish its key, so its
        // signature can only be shown not to verify with ours.
        StatusListToken withIssuer = StatusListToken.builder(URI_1, draftList()).issuer("https://example.com")
                .issuedAt(IAT).expiresAt(EXP).timeToLive(Duration.ofSeconds(43200)).build();
        String ours = StatusListJwt.sign(withIssuer, key.signer());
        assertEquals(JSON.readTree(decode(parts[1])), JSON.readTree(decode(ours.split("\\.")[1])));
        assertEquals(JSON.readTree(decode(parts[0])), JSON.readTree(decode(ours.split("\\.")[0])));
        assertReason(Reason.BAD_SIGNATURE, () -> verifier.verifyJwt(draft, URI_1, key.verifier()));
    }

    @Test
    void anySignerWillDoAndTheChainGoesInX5c() throws Exception {
        String remote = StatusListJwt.sign(draftToken(), TestSigners.elsewhere(key.signer()));
        assertEquals("kms:12", JWSObject.parse(remote).getHeader().getKeyID());
        assertNotNull(verifier.verifyJwt(remote, URI_1, key.verifier()));

        TestSigners.Key certified = TestSigners.certified();
        String withChain = StatusListJwt.sign(draftToken(), certified.signer());
        JWSHeader header = JWSObject.parse(withChain).getHeader();
        assertEquals(certified.signer().certificateChain().size(), header.getX509CertChain().size());
        assertEquals("status-1", header.getKeyID());
        assertNotNull(verifier.verifyJwt(withChain, URI_1, certified.verifier()));
        assertNull(JWSObject.parse(StatusListJwt.sign(draftToken(), certified.signer(), false)).getHeader().getX509CertChain());
    }

    @Test
    void aTamperedTokenIsRefused() {
        String jwt = StatusListJwt.sign(draftToken(), key.signer());
        String[] parts = jwt.split("\\.");
        String revived = decode(parts[1]).replace("eNrbuRgAAhcBXQ", StatusList.of(1, 16).toLst());
        String tampered = parts[0] + "." + Base64URL.encode(revived) + "." + parts[2];
        assertReason(Reason.BAD_SIGNATURE, () -> verifier.verifyJwt(tampered, URI_1, key.verifier()));
        assertReason(Reason.BAD_SIGNATURE, () -> verifier.verifyJwt(jwt, URI_1, TestSigners.es256().verifier()));
        assertReason(Reason.MALFORMED_TOKEN, () -> verifier.verifyJwt(parts[0] + "." + parts[1], URI_1, key.verifier()));
        assertReason(Reason.MALFORMED_TOKEN, () -> verifier.verifyJwt("not a jwt", URI_1, key.verifier()));
    }

    @Test
    void theTypMustBeStatuslistJwt() throws Exception {
        for (String typ : new String[] {"JWT", "statuslist+cwt", "application/statuslist+cwt", "dc+sd-jwt"}) {
            String jwt = signed(new JOSEObjectType(typ), payload(draftToken()));
            assertReason(Reason.WRONG_TYPE, () -> verifier.verifyJwt(jwt, URI_1, key.verifier()));
        }
        assertReason(Reason.WRONG_TYPE, () -> verifier.verifyJwt(signed(null, payload(draftToken())), URI_1, key.verifier()));
        // RFC 7515 §4.1.9: media types ignore case, and "application/" may be left out.
        for (String typ : new String[] {"application/statuslist+jwt", "StatusList+JWT"}) {
            assertNotNull(verifier.verifyJwt(signed(new JOSEObjectType(typ), payload(draftToken())), URI_1, key.verifier()));
        }
    }

    @Test
    void theSubjectMustBeWhereTheTokenCameFrom() throws StatusListException {
        String jwt = StatusListJwt.sign(draftToken(), key.signer());
        for (String other : new String[] {"https://example.com/statuslists/2", "https://example.com/statuslists/1/",
                "https://EXAMPLE.com/statuslists/1", "http://example.com/statuslists/1"}) {
            assertReason(Reason.WRONG_SUBJECT, () -> verifier.verifyJwt(jwt, URI.create(other), key.verifier()));
        }
        StatusListToken token = verifier.verifyJwt(jwt, URI_1, key.verifier());
        assertReason(Reason.WRONG_SUBJECT, () -> token.statusOf(new StatusReference(URI.create("https://example.com/statuslists/2"), 0)));
        assertReason(Reason.INDEX_OUT_OF_RANGE, () -> token.statusOf(new StatusReference(URI_1, 16)));
    }

    @Test
    void timeIsCheckedWithSkew() throws StatusListException {
        String jwt = StatusListJwt.sign(draftToken(), key.signer());
        assertReason(Reason.EXPIRED, () -> verifierAt(EXP.plusSeconds(60)).verifyJwt(jwt, URI_1, key.verifier()));
        assertReason(Reason.EXPIRED, () -> verifierAt(EXP.plusSeconds(3600)).verifyJwt(jwt, URI_1, key.verifier()));
        assertNotNull(verifierAt(EXP.plusSeconds(59)).verifyJwt(jwt, URI_1, key.verifier()));
        assertReason(Reason.NOT_YET_VALID, () -> verifierAt(IAT.minusSeconds(61)).verifyJwt(jwt, URI_1, key.verifier()));
        assertNotNull(verifierAt(IAT.minusSeconds(60)).verifyJwt(jwt, URI_1, key.verifier()));

        StatusListTokenVerifier strict = StatusListTokenVerifier.builder().clock(AN_HOUR_LATER).clockSkew(Duration.ZERO)
                .maxAge(Duration.ofMinutes(30)).build();
        assertReason(Reason.STALE, () -> strict.verifyJwt(jwt, URI_1, key.verifier()));
        StatusListTokenVerifier relaxed = StatusListTokenVerifier.builder().clock(AN_HOUR_LATER).maxAge(Duration.ofHours(2)).build();
        assertNotNull(relaxed.verifyJwt(jwt, URI_1, key.verifier()));

        String withNbf = signed(new JOSEObjectType("statuslist+jwt"),
                payload(draftToken()).replaceFirst("\\{", "{\"nbf\":" + IAT.plusSeconds(7200).getEpochSecond() + ","));
        assertReason(Reason.NOT_YET_VALID, () -> verifier.verifyJwt(withNbf, URI_1, key.verifier()));
    }

    @Test
    void algNoneAndMacsAreRefused() throws Exception {
        String payload = Base64URL.encode(payload(draftToken())).toString();
        String none = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"statuslist+jwt\"}") + "." + payload + ".";
        assertReason(Reason.ALGORITHM_NOT_ALLOWED, () -> verifier.verifyJwt(none, URI_1, key.verifier()));

        // The draft allows MACs (§5.1, §11.6); this library verifies signatures only.
        JWSObject hmac = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("statuslist+jwt")).build(),
                new Payload(payload(draftToken())));
        hmac.sign(new MACSigner(java.util.Arrays.copyOf(key.signer().keyId().getBytes(StandardCharsets.UTF_8), 32)));
        assertReason(Reason.ALGORITHM_NOT_ALLOWED, () -> verifier.verifyJwt(hmac.serialize(), URI_1, key.verifier()));

        String es256 = StatusListJwt.sign(draftToken(), key.signer());
        StatusListTokenVerifier es384Only = StatusListTokenVerifier.builder().clock(AN_HOUR_LATER)
                .allowedAlgorithms(Set.of(SignatureAlgorithm.ES384)).build();
        assertReason(Reason.ALGORITHM_NOT_ALLOWED, () -> es384Only.verifyJwt(es256, URI_1, key.verifier()));
    }

    @Test
    void criticalHeadersAreRefused() {
        JWSHeader crit = CompactJws.header(key.signer()).type(new JOSEObjectType("statuslist+jwt"))
                .criticalParams(Set.of("exp")).build();
        String jwt = CompactJws.sign(key.signer(), crit, payload(draftToken()).getBytes(StandardCharsets.UTF_8));
        assertReason(Reason.UNSUPPORTED_HEADER, () -> verifier.verifyJwt(jwt, URI_1, key.verifier()));
    }

    @Test
    void claimsMissingOrOfTheWrongTypeAreRefused() {
        String lst = "\"status_list\":{\"bits\":1,\"lst\":\"eNrbuRgAAhcBXQ\"}";
        String sub = "\"sub\":\"https://example.com/statuslists/1\"";
        String iat = "\"iat\":1686920170";
        List<String> malformed = List.of(
                "{" + iat + "," + lst + "}",
                "{" + sub + "," + lst + "}",
                "{" + sub + "," + iat + "}",
                "{\"sub\":7," + iat + "," + lst + "}",
                "{\"sub\":\"statuslists/1\"," + iat + "," + lst + "}",
                "{" + sub + ",\"iat\":\"yesterday\"," + lst + "}",
                "{" + sub + "," + iat + ",\"status_list\":\"eNrbuRgAAhcBXQ\"}",
                "{" + sub + "," + iat + ",\"status_list\":{\"bits\":1}}",
                "{" + sub + "," + iat + ",\"ttl\":0," + lst + "}",
                "{" + sub + "," + iat + ",\"ttl\":-5," + lst + "}",
                "{" + sub + "," + iat + ",\"ttl\":\"1h\"," + lst + "}",
                "[1,2]",
                "not json");
        for (String claims : malformed) {
            String jwt = signed(new JOSEObjectType("statuslist+jwt"), claims);
            assertReason(Reason.MALFORMED_TOKEN, () -> verifier.verifyJwt(jwt, URI_1, key.verifier()));
        }
    }

    @Test
    void theListInsideIsCheckedLikeAnyOther() throws Exception {
        String base = "{\"sub\":\"https://example.com/statuslists/1\",\"iat\":1686920170,";
        String badBits = signed(new JOSEObjectType("statuslist+jwt"), base + "\"status_list\":{\"bits\":3,\"lst\":\"eNrbuRgAAhcBXQ\"}}");
        assertReason(Reason.UNSUPPORTED_BITS, () -> verifier.verifyJwt(badBits, URI_1, key.verifier()));
        String badLst = signed(new JOSEObjectType("statuslist+jwt"), base + "\"status_list\":{\"bits\":1,\"lst\":\"eNrbuRgAAhcBXQ==\"}}");
        assertReason(Reason.MALFORMED_LIST, () -> verifier.verifyJwt(badLst, URI_1, key.verifier()));

        byte[] zeros = new byte[4 * 1024 * 1024];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(zeros);
        deflater.finish();
        byte[] buffer = new byte[64 * 1024];
        int length = deflater.deflate(buffer);
        assertTrue(deflater.finished());
        deflater.end();
        String bombLst = Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(buffer, length));
        String bomb = signed(new JOSEObjectType("statuslist+jwt"), base + "\"status_list\":{\"bits\":1,\"lst\":\"" + bombLst + "\"}}");
        StatusListTokenVerifier capped = StatusListTokenVerifier.builder().clock(AN_HOUR_LATER)
                .limits(DecodeLimits.defaults().withMaxDecompressedBytes(1024 * 1024)).build();
        assertReason(Reason.TOO_LARGE, () -> capped.verifyJwt(bomb, URI_1, key.verifier()));
        assertEquals(32L * 1024 * 1024, verifier.verifyJwt(bomb, URI_1, key.verifier()).list().size());
        // A declared size the list does not have.
        StatusListTokenVerifier sized = StatusListTokenVerifier.builder().clock(AN_HOUR_LATER)
                .limits(DecodeLimits.defaults().expectingEntries(1000)).build();
        assertReason(Reason.LENGTH_MISMATCH, () -> sized.verifyJwt(StatusListJwt.sign(draftToken(), key.signer()), URI_1, key.verifier()));
    }

    @Test
    void fractionalTtlAndUnknownClaimsAreAccepted() throws StatusListException {
        String jwt = signed(new JOSEObjectType("statuslist+jwt"), "{\"sub\":\"https://example.com/statuslists/1\",\"iat\":1686920170,"
                + "\"ttl\":1.5,\"cnf\":{\"x\":1},\"status_list\":{\"bits\":1,\"lst\":\"eNrbuRgAAhcBXQ\",\"future\":true}}");
        StatusListToken token = verifier.verifyJwt(jwt, URI_1, key.verifier());
        assertEquals(Optional.of(Duration.ofMillis(1500)), token.timeToLive());
        assertFalse(token.expiresAt().isPresent());
    }

    @Test
    void theBuilderChecksWhatItMakes() {
        StatusList list = StatusList.of(1, 8);
        assertThrows(IllegalArgumentException.class, () -> StatusListToken.builder(URI.create("statuslists/1"), list));
        assertThrows(IllegalArgumentException.class, () -> StatusListToken.builder(URI_1, list).issuedAt(IAT).expiresAt(IAT).build());
        assertThrows(IllegalArgumentException.class, () -> StatusListToken.builder(URI_1, list).timeToLive(Duration.ofMillis(999)));
        assertThrows(IllegalArgumentException.class, () -> StatusListToken.builder(URI_1, list).aggregationUri(URI.create("/agg")));
        StatusListToken token = StatusListToken.builder(URI_1, list).issuedAt(IAT.plusMillis(999))
                .aggregationUri(URI.create("https://example.com/statuslists")).build();
        assertEquals(IAT, token.issuedAt());
        list.set(0, Status.INVALID);
        assertEquals(Status.VALID, token.list().get(0));
        assertEquals(Optional.of(URI.create("https://example.com/statuslists")), token.aggregationUri());
    }

    @Test
    void theAggregationUriRoundTrips() throws StatusListException {
        StatusListToken token = StatusListToken.builder(URI_1, draftList()).issuedAt(IAT)
                .aggregationUri(URI.create("https://example.com/statuslists")).build();
        String jwt = StatusListJwt.sign(token, key.signer());
        assertTrue(decode(jwt.split("\\.")[1]).contains("\"aggregation_uri\":\"https://example.com/statuslists\""));
        assertEquals(token.aggregationUri(), verifier.verifyJwt(jwt, URI_1, key.verifier()).aggregationUri());
    }

    static StatusList draftList() {
        StatusList list = StatusList.of(1, 16);
        int[] statuses = {1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1};
        for (int i = 0; i < statuses.length; i++) {
            list.set(i, Status.of(statuses[i]));
        }
        return list;
    }

    static StatusListToken draftToken() {
        return StatusListToken.builder(URI_1, draftList()).issuedAt(IAT).expiresAt(EXP).timeToLive(Duration.ofSeconds(43200)).build();
    }

    private String signed(JOSEObjectType type, String claims) {
        JWSHeader.Builder header = CompactJws.header(key.signer());
        if (type != null) {
            header.type(type);
        }
        return CompactJws.sign(key.signer(), header.build(), claims.getBytes(StandardCharsets.UTF_8));
    }

    private static String payload(StatusListToken token) {
        return StatusListJwt.claims(token).toString();
    }

    private static StatusListTokenVerifier verifierAt(Instant now) {
        return StatusListTokenVerifier.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    static void assertReason(Reason reason, Executable executable) {
        StatusListException e = assertThrows(StatusListException.class, executable);
        assertEquals(reason, e.reason(), e.getMessage());
    }
}
