package io.sigillum.trustregistry.admin;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.jwk.PublicJwks;
import io.sigillum.crypto.pem.Pem;
import io.sigillum.events.EventEnvelope;
import io.sigillum.events.JmsEventListener;
import io.sigillum.platform.testing.TestStack;
import io.sigillum.trustregistry.testing.RegistryCalls;
import io.sigillum.trustregistry.testing.TestPki;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.sigillum.trustregistry.testing.RegistryCalls.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administration API doing its job: an issuer's life from registration to withdrawal, its
 * anchors and authorizations added and taken away but kept as history, every change logged with
 * who, when, what and why, versions gapless under concurrent changes, and each change announced
 * on the {@code sigillum.trust.changed} topic.
 */
@ExtendWith(TestStack.class)
@HelidonTest
class IssuerAdministrationTest {

    @Inject
    private WebTarget target;

    @Test
    void anIssuerLivesFromRegistrationToWithdrawalAndStaysVisible() {
        RegistryCalls calls = new RegistryCalls(target);
        String id = RegistryCalls.newIssuerId("lifecycle");
        long before = RegistryCalls.version();
        try (Response created = calls.post("/issuers", Json.createObjectBuilder().add("id", id).add("legalName", "Lifecycle GmbH")
                .add("country", "AT").add("validity", Json.createObjectBuilder().add("notBefore", "2026-01-01T00:00:00Z"))
                .add("reason", "accredited on 2026-01-01").build())) {
            assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
            assertTrue(created.getLocation().toString().endsWith("/issuer?id=" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8)),
                    created.getLocation().toString());
            JsonObject issuer = created.readEntity(JsonObject.class);
            assertEquals("active", issuer.getString("state"));
            assertEquals("2026-01-01T00:00:00Z", issuer.getJsonObject("validity").getString("notBefore"));
            assertEquals(before + 1, issuer.getJsonNumber("version").longValue());
            assertEquals(before + 1, RegistryCalls.version());
        }
        try (Response updated = calls.put("/issuer?id=" + query(id), Json.createObjectBuilder().add("legalName", "Lifecycle AG")
                .add("country", "CH").add("validity", Json.createObjectBuilder().add("notAfter", "2031-01-01T00:00:00Z"))
                .add("reason", "renamed and moved, commercial register entry of 2026-02-01").build())) {
            assertEquals(200, updated.getStatus(), () -> updated.readEntity(String.class));
            JsonObject issuer = updated.readEntity(JsonObject.class);
            assertEquals("Lifecycle AG", issuer.getString("legalName"));
            assertEquals("CH", issuer.getString("country"));
            assertEquals(Json.createObjectBuilder().add("notAfter", "2031-01-01T00:00:00Z").build(), issuer.getJsonObject("validity"),
                    "the window replaced");
        }
        try (Response log = calls.get("/changes?issuer=" + query(id))) {
            JsonObject update = log.readEntity(JsonObject.class).getJsonArray("changes").getJsonObject(1);
            assertEquals("issuer.updated", update.getString("operation"));
            assertEquals("Lifecycle GmbH", update.getJsonObject("summary").getJsonObject("before").getString("legalName"));
            assertEquals("CH", update.getJsonObject("summary").getJsonObject("after").getString("country"));
        }
        assertEquals("suspended", calls.state(id, "suspended").getString("state"));
        assertEquals("active", calls.state(id, "active").getString("state"));
        JsonObject withdrawn = calls.state(id, "withdrawn");
        assertEquals("withdrawn", withdrawn.getString("state"));
        assertEquals(before + 5, withdrawn.getJsonNumber("version").longValue());

        try (Response list = calls.get("/issuers")) {
            JsonObject listed = list.readEntity(JsonArray.class).getValuesAs(JsonObject.class).stream()
                    .filter(i -> i.getString("id").equals(id)).findFirst().orElseThrow();
            assertEquals("withdrawn", listed.getString("state"), "withdrawn issuers stay visible");
        }
        try (Response read = calls.as(TestStack.token("verifier-rp")).get("/issuer?id=" + query(id))) {
            assertEquals(200, read.getStatus());
            assertEquals("Lifecycle AG", read.readEntity(JsonObject.class).getString("legalName"));
        }
    }

    @Test
    void anchorsAndAuthorizationsAreAddedAndTakenAwayButKeptAsHistory() throws Exception {
        RegistryCalls calls = new RegistryCalls(target);
        String id = RegistryCalls.newIssuerId("anchors");
        calls.register(id);
        TestPki pki = TestPki.named("History " + System.nanoTime());
        JsonObject root = calls.addCertificate(id, null, "root", TestPki.base64(pki.root.certificate()));
        assertEquals("x509", root.getString("type"));
        assertEquals("root", root.getString("kind"));
        assertEquals(pki.root.certificate().getSubjectX500Principal().getName(), root.getString("subject"));
        assertFalse(root.containsKey("jwk"));
        assertFalse(root.containsKey("removedAt"));
        JsonObject intermediate = calls.addCertificate(id, "history-ica-" + System.nanoTime(), "intermediate",
                Pem.encodeCertificate(pki.intermediate.certificate()));
        assertEquals(64, intermediate.getString("fingerprint").length());

        Map<String, Object> jwk = PublicJwks.of(EcKeyPairs.p256().getPublic(), "some-kid").toJSONObject();
        JsonObject key;
        try (Response added = calls.post("/anchors", Json.createObjectBuilder().add("issuer", id).add("type", "jwk")
                .add("jwk", Json.createObjectBuilder(jwk)).add("reason", "its JWKS key").build())) {
            assertEquals(201, added.getStatus(), () -> added.readEntity(String.class));
            key = added.readEntity(JsonObject.class);
        }
        assertEquals(List.of("crv", "kty", "x", "y"), List.copyOf(key.getJsonObject("jwk").keySet()), "RFC 7638 members only");

        JsonObject granted = calls.grantVct(id, "urn:eudi:pid:1");
        assertEquals("urn:eudi:pid:1", granted.getString("vct"));

        try (Response removed = calls.post("/anchors/" + root.getString("id") + "/removal",
                Json.createObjectBuilder().add("reason", "root retired").build())) {
            assertEquals(200, removed.getStatus(), () -> removed.readEntity(String.class));
            assertNotNull(removed.readEntity(JsonObject.class).getString("removedAt"));
        }
        try (Response revoked = calls.post("/authorizations/" + granted.getString("id") + "/revocation",
                Json.createObjectBuilder().add("reason", "accreditation for PID ended").build())) {
            assertEquals(200, revoked.getStatus(), () -> revoked.readEntity(String.class));
        }
        JsonObject issuer;
        try (Response read = calls.get("/issuer?id=" + query(id))) {
            issuer = read.readEntity(JsonObject.class);
        }
        assertEquals(3, issuer.getJsonArray("anchors").size(), "the removed root stays in the history");
        JsonObject historicRoot = issuer.getJsonArray("anchors").getJsonObject(0);
        assertEquals(root.getString("id"), historicRoot.getString("id"));
        assertTrue(historicRoot.getJsonNumber("removedVersion").longValue() > historicRoot.getJsonNumber("addedVersion").longValue());
        assertNotNull(issuer.getJsonArray("authorizations").getJsonObject(0).getString("revokedAt"));

        // Another issuer may register the same root (a shared root).
        String other = RegistryCalls.newIssuerId("shares-root");
        calls.register(other);
        calls.addCertificate(other, null, "root", TestPki.base64(pki.root.certificate()));
    }

    @Test
    void theChangeLogSaysWhoWhenWhatAndWhy() {
        RegistryCalls calls = new RegistryCalls(target, TestStack.tokenFor("bob-operator", "trust-admin"));
        String id = RegistryCalls.newIssuerId("logged");
        Instant before = Instant.now().minusSeconds(1);
        calls.register(id);
        TestPki pki = TestPki.named("Logged " + System.nanoTime());
        JsonObject anchor = calls.addCertificate(id, null, "root", TestPki.base64(pki.root.certificate()));
        calls.state(id, "suspended");
        Instant after = Instant.now().plusSeconds(1);

        JsonObject page;
        try (Response response = calls.get("/changes?issuer=" + query(id))) {
            assertEquals(200, response.getStatus(), () -> response.readEntity(String.class));
            page = response.readEntity(JsonObject.class);
        }
        List<JsonObject> changes = page.getJsonArray("changes").getValuesAs(JsonObject.class);
        assertEquals(List.of("issuer.registered", "anchor.added", "issuer.suspended"),
                changes.stream().map(c -> c.getString("operation")).toList());
        for (JsonObject change : changes) {
            assertEquals("bob-operator", change.getString("changedBy"));
            assertEquals(id, change.getString("issuer"));
            Instant at = Instant.parse(change.getString("changedAt"));
            assertTrue(!at.isBefore(before) && !at.isAfter(after), at.toString());
        }
        assertEquals("onboarding " + id, changes.get(0).getString("reason"));
        assertEquals("DE", changes.get(0).getJsonObject("summary").getString("country"));
        assertEquals(anchor.getString("id"), changes.get(1).getString("entity"));
        assertEquals(anchor.getString("fingerprint"), changes.get(1).getJsonObject("summary").getString("fingerprint"));
        assertEquals("its root", changes.get(1).getString("reason"));
        assertEquals("active", changes.get(2).getJsonObject("summary").getString("from"));
        assertEquals("suspended", changes.get(2).getJsonObject("summary").getString("to"));
        long first = changes.get(0).getJsonNumber("version").longValue();
        assertTrue(page.getJsonNumber("currentVersion").longValue() >= first + 2);

        // Paging: one at a time, from the first of this issuer's changes.
        try (Response response = calls.get("/changes?since=" + (first - 1) + "&limit=1")) {
            JsonObject one = response.readEntity(JsonObject.class);
            assertEquals(1, one.getJsonArray("changes").size());
            assertEquals(first, one.getJsonArray("changes").getJsonObject(0).getJsonNumber("version").longValue());
            assertEquals(first, one.getJsonNumber("next").longValue());
        }
        try (Response response = calls.as(TestStack.token("verifier-rp")).get("/changes")) {
            assertEquals(403, response.getStatus(), "the log is for administrators");
        }
    }

    @Test
    void concurrentChangesGetGaplessVersionsOneEach() throws Exception {
        RegistryCalls calls = new RegistryCalls(target);
        int count = 12;
        long before = RegistryCalls.version();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<JsonObject>> registered = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String id = RegistryCalls.newIssuerId("concurrent-" + i);
                registered.add(pool.submit(() -> calls.register(id)));
            }
            List<Long> versions = new ArrayList<>();
            for (Future<JsonObject> issuer : registered) {
                versions.add(issuer.get().getJsonNumber("version").longValue());
            }
            assertEquals(count, versions.stream().distinct().count(), "one version per change: " + versions);
            assertEquals(before + count, RegistryCalls.version());
            try (Response response = calls.get("/changes?since=" + before + "&limit=" + count)) {
                List<Long> logged = response.readEntity(JsonObject.class).getJsonArray("changes").getValuesAs(JsonObject.class)
                        .stream().map(c -> c.getJsonNumber("version").longValue()).toList();
                assertEquals(java.util.stream.LongStream.rangeClosed(before + 1, before + count).boxed().toList(), logged,
                        "gapless, each version logged once");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachChangeIsAnnouncedOnTheTopicAndARefusedOneIsNot() throws Exception {
        RegistryCalls calls = new RegistryCalls(target);
        String id = RegistryCalls.newIssuerId("announced");
        try (JMSContext context = TestStack.broker().connectionFactory().createContext(JMSContext.AUTO_ACKNOWLEDGE);
             JMSConsumer subscriber = context.createConsumer(context.createTopic("sigillum.trust.changed"))) {
            long registered = calls.register(id).getJsonNumber("version").longValue();
            EventEnvelope first = next(subscriber, registered);
            assertEquals("trust.changed", first.type());

            calls.state(id, "withdrawn");
            assertEquals(registered + 1, next(subscriber, registered + 1).payload().getJsonNumber("version").longValue());
            try (Response again = calls.put("/issuer/state?id=" + query(id),
                    Json.createObjectBuilder().add("state", "withdrawn").add("reason", "twice").build())) {
                assertEquals(409, again.getStatus());
            }
            // The refused change sent nothing: the next event is the next change's.
            String another = RegistryCalls.newIssuerId("announced-next");
            long next = calls.register(another).getJsonNumber("version").longValue();
            assertEquals(registered + 2, next, "the refused change took no version");
            EventEnvelope following = next(subscriber, registered + 1);
            assertEquals(next, following.payload().getJsonNumber("version").longValue(),
                    "no event between the withdrawal's and the next change's");
        }
    }

    /** The next event of at least the version, skipping older ones that earlier tests left on their way. */
    private static EventEnvelope next(JMSConsumer subscriber, long atLeast) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            Message message = subscriber.receive(1000);
            if (message == null) {
                continue;
            }
            EventEnvelope event = JmsEventListener.decode(message);
            if (event.payload().getJsonNumber("version").longValue() >= atLeast) {
                return event;
            }
        }
        throw new AssertionError("no trust.changed event for version " + atLeast);
    }

    @Test
    void nothingIsDeletedNoDeleteMethodIsOffered() {
        RegistryCalls calls = new RegistryCalls(target);
        String id = RegistryCalls.newIssuerId("undeletable");
        calls.register(id);
        try (Response response = calls.request("/issuer?id=" + query(id)).delete()) {
            assertEquals(405, response.getStatus());
        }
        try (Response response = calls.get("/issuer?id=" + query(id))) {
            assertEquals(200, response.getStatus());
            assertNull(response.readEntity(JsonObject.class).get("removedAt"));
        }
    }
}
