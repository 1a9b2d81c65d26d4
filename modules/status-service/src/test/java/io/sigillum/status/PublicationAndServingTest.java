package io.sigillum.status;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.crypto.pem.Pem;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.events.EventEnvelope;
import io.sigillum.events.JmsEventListener;
import io.sigillum.platform.testing.TestDatabase;
import io.sigillum.platform.testing.TestStack;
import io.sigillum.statuslist.list.Status;
import io.sigillum.statuslist.token.StatusListToken;
import io.sigillum.statuslist.token.StatusListTokenVerifier;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Publication and serving: a change is re-signed and served, bursts are gathered into few
 * signatures, the token is served in both forms with ETag, 304 and max-age, and each publication
 * is announced on the topic.
 */
@ExtendWith(TestStack.class)
@HelidonTest
class PublicationAndServingTest {

    private static final String JWT = "application/statuslist+jwt";
    private static final String CWT = "application/statuslist+cwt";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject
    private WebTarget target;

    private static Verifier key() throws IOException {
        return Verifier.of(Pem.decodePublicKey(Files.readString(Path.of("target/test-classes/status-signing-test-key.pub.pem"))));
    }

    private Response get(String listId, String accept, String ifNoneMatch) {
        var request = target.path("/status-lists/" + listId).request();
        if (accept != null) {
            request = request.header(HttpHeaders.ACCEPT, accept);
        }
        if (ifNoneMatch != null) {
            request = request.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        }
        return request.get();
    }

    private record Fetched(StatusListToken token, String etag, String cacheControl) {
    }

    /** Fetches the JWT until it satisfies {@code until}; fails after a generous wait (no timing is asserted). */
    private Fetched fetchUntil(JsonObject entry, Predicate<StatusListToken> until) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        URI uri = URI.create(entry.getString("uri"));
        while (Instant.now().isBefore(deadline)) {
            try (Response response = get(entry.getString("listId"), JWT, null)) {
                if (response.getStatus() == 200) {
                    assertEquals(JWT, response.getMediaType().toString());
                    StatusListToken token = StatusListTokenVerifier.builder().build()
                            .verifyJwt(response.readEntity(String.class), uri, key());
                    if (until.test(token)) {
                        return new Fetched(token, response.getHeaderString(HttpHeaders.ETAG),
                                response.getHeaderString(HttpHeaders.CACHE_CONTROL));
                    }
                } else {
                    assertEquals(404, response.getStatus(), "only a list not yet signed is missing");
                }
            }
            Thread.sleep(50);
        }
        return fail("the token did not show the change within " + PATIENCE);
    }

    private static Predicate<StatusListToken> shows(JsonObject entry, Status status) {
        return token -> token.list().get(entry.getInt("idx")).equals(status);
    }

    @Test
    void aChangeIsSignedAndServedWithItsCacheHeaders() throws Exception {
        StatusCalls calls = new StatusCalls(target);
        JsonObject entry = calls.allocate("revocation-suspension");

        Fetched valid = fetchUntil(entry, shows(entry, Status.VALID));
        assertEquals(2, valid.token().list().bits(), "a revocation-suspension list has 2 bits per entry");
        assertEquals(URI.create(entry.getString("uri")), valid.token().subject());
        assertTrue(valid.cacheControl().matches("max-age=300, stale-if-error=(\\d+)"), valid.cacheControl());
        long staleIfError = Long.parseLong(valid.cacheControl().replaceAll(".*stale-if-error=", ""));
        long untilExpiry = valid.token().expiresAt().orElseThrow().getEpochSecond() - Instant.now().getEpochSecond();
        assertTrue(staleIfError <= untilExpiry - 300 && staleIfError > untilExpiry - 300 - 60,
                "max-age is the token's ttl, and a cache may serve it stale on errors until its exp: " + valid.cacheControl());
        try (Response response = get(entry.getString("listId"), JWT, null)) {
            assertEquals("Accept", response.getHeaderString(HttpHeaders.VARY), "the form depends on Accept");
        }
        assertEquals(Duration.ofMinutes(5), valid.token().timeToLive().orElseThrow());
        assertTrue(valid.token().expiresAt().orElseThrow().isAfter(Instant.now().plus(Duration.ofHours(23))));

        calls.changeTo(entry, "SUSPENDED");
        Fetched suspended = fetchUntil(entry, shows(entry, Status.SUSPENDED));
        assertNotEquals(valid.etag(), suspended.etag(), "a new version has a new entity tag");

        calls.changeTo(entry, "INVALID");
        fetchUntil(entry, shows(entry, Status.INVALID));
    }

    @Test
    void theCwtFormCarriesTheSameStatusAndItsOwnTag() throws Exception {
        StatusCalls calls = new StatusCalls(target);
        JsonObject entry = calls.allocate("revocation");
        calls.changeTo(entry, "INVALID");
        Fetched jwt = fetchUntil(entry, shows(entry, Status.INVALID));

        try (Response response = get(entry.getString("listId"), CWT + ", " + JWT + ";q=0.5", null)) {
            assertEquals(200, response.getStatus());
            assertEquals(CWT, response.getMediaType().toString());
            StatusListToken token = StatusListTokenVerifier.builder().build()
                    .verifyCwt(response.readEntity(byte[].class), URI.create(entry.getString("uri")), key());
            assertEquals(Status.INVALID, token.list().get(entry.getInt("idx")));
            assertNotEquals(jwt.etag(), response.getHeaderString(HttpHeaders.ETAG), "each form has its own tag");
        }
    }

    @Test
    void anUnchangedTokenIsNotSentAgain() throws Exception {
        JsonObject entry = new StatusCalls(target).allocate("revocation");
        Fetched fetched = fetchUntil(entry, token -> true);
        String listId = entry.getString("listId");

        try (Response response = get(listId, JWT, fetched.etag())) {
            assertEquals(304, response.getStatus());
            assertEquals(fetched.etag(), response.getHeaderString(HttpHeaders.ETAG));
            assertFalse(response.hasEntity() && response.readEntity(String.class).length() > 0, "a 304 has no body");
        }
        try (Response response = get(listId, JWT, "\"other\", W/" + fetched.etag())) {
            assertEquals(304, response.getStatus(), "a weak match of any listed tag counts");
        }
        try (Response response = get(listId, null, "\"an-old-version\"")) {
            assertEquals(200, response.getStatus());
            assertEquals(JWT, response.getMediaType().toString(), "no Accept: the JWT");
        }
    }

    @Test
    void aBurstOfChangesCostsFewSignatures() throws Exception {
        StatusCalls calls = new StatusCalls(target);
        JsonObject first = calls.allocate("revocation");
        String listId = first.getString("listId");
        java.util.List<JsonObject> burst = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            JsonObject entry = calls.allocate("revocation");
            if (entry.getString("listId").equals(listId)) {
                burst.add(entry);
            }
        }
        fetchUntil(first, token -> true);
        long before = version(listId);

        burst.forEach(entry -> calls.changeTo(entry, "INVALID"));
        fetchUntil(first, token -> burst.stream().allMatch(entry -> token.list().get(entry.getInt("idx")).equals(Status.INVALID)));

        long published = version(listId) - before;
        assertTrue(published >= 1 && published < burst.size(),
                burst.size() + " changes made " + published + " publications: changes are gathered");
    }

    @Test
    void eachPublicationIsAnnounced() throws Exception {
        StatusCalls calls = new StatusCalls(target);
        try (JMSContext context = TestStack.broker().connectionFactory().createContext(JMSContext.AUTO_ACKNOWLEDGE);
             JMSConsumer consumer = context.createConsumer(context.createTopic("sigillum.status.published"))) {
            JsonObject entry = calls.allocate("revocation");
            calls.changeTo(entry, "INVALID");
            Instant deadline = Instant.now().plus(PATIENCE);
            while (Instant.now().isBefore(deadline)) {
                Message message = consumer.receive(1000);
                if (message == null) {
                    continue;
                }
                EventEnvelope event = JmsEventListener.decode(message);
                assertEquals("status.published", event.type());
                if (event.payload().getString("list_id").equals(entry.getString("listId"))
                        && event.payload().getJsonNumber("version").longValue() == version(entry.getString("listId"))) {
                    assertEquals(entry.getString("uri"), event.payload().getString("uri"));
                    return;
                }
            }
            fail("no status.published event for the list's current version");
        }
    }

    @Test
    void aPastTokenIsServedForATimeItWasValidAt() throws Exception {
        StatusCalls calls = new StatusCalls(target);
        JsonObject entry = calls.allocate("revocation");
        Fetched before = fetchUntil(entry, shows(entry, Status.VALID));
        long then = before.token().issuedAt().getEpochSecond();
        // iat has whole seconds: change in a later second, so the two tokens' iat differ.
        Thread.sleep(Math.max(0, Instant.ofEpochSecond(then + 1).toEpochMilli() - System.currentTimeMillis()) + 50);
        calls.changeTo(entry, "INVALID");
        fetchUntil(entry, shows(entry, Status.INVALID));

        StatusListToken past = historical(entry, Long.toString(then), 200);
        assertEquals(Status.VALID, past.list().get(entry.getInt("idx")), "the token valid at that time");
        assertEquals(then, past.issuedAt().getEpochSecond());
        StatusListToken now = historical(entry, Long.toString(Instant.now().getEpochSecond()), 200);
        assertEquals(Status.INVALID, now.list().get(entry.getInt("idx")));

        try (Response response = target.path("/status-lists/" + entry.getString("listId")).queryParam("time", "0")
                .request(JWT).get()) {
            assertEquals("urn:sigillum:problem:status:no-token-at-time", StatusCalls.problem(response, 406).getString("type"),
                    "before the list's first token");
        }
        long afterExpiry = now.expiresAt().orElseThrow().getEpochSecond() + 10;
        try (Response response = target.path("/status-lists/" + entry.getString("listId"))
                .queryParam("time", Long.toString(afterExpiry)).request(JWT).get()) {
            StatusCalls.problem(response, 406);
        }
        for (String malformed : java.util.List.of("soon", "-5", "1.5", "9".repeat(13))) {
            try (Response response = target.path("/status-lists/" + entry.getString("listId")).queryParam("time", malformed)
                    .request(JWT).get()) {
                assertEquals(400, response.getStatus(), malformed);
            }
        }
    }

    private StatusListToken historical(JsonObject entry, String time, int status) throws Exception {
        try (Response response = target.path("/status-lists/" + entry.getString("listId")).queryParam("time", time)
                .request(JWT).get()) {
            assertEquals(status, response.getStatus());
            return StatusListTokenVerifier.builder().build()
                    .verifyJwt(response.readEntity(String.class), URI.create(entry.getString("uri")), key());
        }
    }

    @Test
    void theAggregationListsEveryListAndEachTokenNamesIt() throws Exception {
        JsonObject entry = new StatusCalls(target).allocate("revocation-suspension");
        Fetched fetched = fetchUntil(entry, token -> true);
        assertEquals(URI.create("https://status.sigillum.test/status-list-aggregation"),
                fetched.token().aggregationUri().orElseThrow(), "aggregation_uri in the status_list claim (draft §9.2)");

        try (Response response = target.path("/status-list-aggregation").request().get()) {
            assertEquals(200, response.getStatus());
            assertEquals("application/json", response.getMediaType().toString());
            assertEquals("max-age=300", response.getHeaderString(HttpHeaders.CACHE_CONTROL));
            JsonObject aggregation = response.readEntity(JsonObject.class);
            assertTrue(aggregation.getJsonArray("status_lists").getValuesAs(jakarta.json.JsonString.class).stream()
                    .anyMatch(uri -> uri.getString().equals(entry.getString("uri"))), aggregation.toString());
        }
    }

    @Test
    void unknownListsAndUnacceptableFormsAreProblems() {
        try (Response response = get("no-such-list", JWT, null)) {
            StatusCalls.problem(response, 404);
        }
        JsonObject entry = new StatusCalls(target).allocate("revocation");
        try (Response response = get(entry.getString("listId"), "application/json", null)) {
            assertEquals(406, response.getStatus());
        }
        try (Response response = get("x".repeat(300), JWT, null)) {
            assertEquals(404, response.getStatus(), "an id longer than any list's is unknown, not an error");
        }
    }

    private static long version(String listId) {
        String version = TestDatabase.column("SELECT version FROM status.status_list WHERE id = ?", listId).getFirst();
        assertNotNull(version);
        return Long.parseLong(version);
    }
}
