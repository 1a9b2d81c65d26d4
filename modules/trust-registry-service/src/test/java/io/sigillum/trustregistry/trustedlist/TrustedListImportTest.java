package io.sigillum.trustregistry.trustedlist;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.crypto.x509.CertificateAuthority;
import io.sigillum.events.EventEnvelope;
import io.sigillum.events.JmsEventListener;
import io.sigillum.platform.testing.TestStack;
import io.sigillum.trust.model.AnchorKind;
import io.sigillum.trust.model.CertificateAnchor;
import io.sigillum.trust.model.TrustSnapshot;
import io.sigillum.trust.model.TrustedIssuer;
import io.sigillum.trust.snapshot.SnapshotFormatException;
import io.sigillum.trust.snapshot.SnapshotJson;
import io.sigillum.trustregistry.testing.ListSigning;
import io.sigillum.trustregistry.testing.RegistryCalls;
import io.sigillum.trustregistry.testing.TestList;
import io.sigillum.trustregistry.testing.TestPki;
import io.sigillum.trustregistry.testing.TrustedListFixtures;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.sigillum.trustregistry.testing.TestList.CA_QC;
import static io.sigillum.trustregistry.testing.TestList.GRANTED;
import static io.sigillum.trustregistry.testing.TestList.PDF;
import static io.sigillum.trustregistry.testing.TestList.PID_PROVIDER;
import static io.sigillum.trustregistry.testing.TestList.TSA_QTST;
import static io.sigillum.trustregistry.testing.TestList.WITHDRAWN;
import static io.sigillum.trustregistry.testing.TestList.XML;
import static io.sigillum.trustregistry.testing.TestList.service;
import static io.sigillum.trustregistry.testing.TrustedListFixtures.DE_OPERATOR;
import static io.sigillum.trustregistry.testing.TrustedListFixtures.FR_OPERATOR;
import static io.sigillum.trustregistry.testing.TrustedListFixtures.LOTL_OPERATOR;
import static io.sigillum.trustregistry.testing.TrustedListFixtures.STRANGER;
import static io.sigillum.trustregistry.testing.TrustedListFixtures.nextSequenceNumber;
import static io.sigillum.trustregistry.testing.TrustedListFixtures.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /trusted-lists} doing its job: a signed list's providers and their CA certificates
 * become issuers and anchors that verifiers see in the snapshot and that evaluate chains once an
 * authorization is granted; a newer list suspends and removes what it no longer lists; a list of
 * trusted lists names the certificates a territory's list is then verified with; each import is
 * one version, one log entry and one {@code trust.changed} event; a stale list changes nothing.
 */
@ExtendWith({TestStack.class, TrustedListFixtures.class})
@HelidonTest
class TrustedListImportTest {

    private static final String PID = "urn:eudi:pid:1";

    @Inject
    private WebTarget target;

    @Test
    void aSignedListBecomesIssuersAndAnchorsThatEvaluateOnceAuthorized() {
        RegistryCalls calls = new RegistryCalls(target);
        String run = UUID.randomUUID().toString().substring(0, 8);
        TestPki pki = TestPki.named("Listed " + run);
        CertificateAuthority pidRoot = CertificateAuthority.selfSigned("PID root " + run, Duration.ofDays(365));
        CertificateAuthority oldCa = CertificateAuthority.selfSigned("Old CA " + run, Duration.ofDays(365));
        String qualified = "urn:sigillum:trusted-list:DE:VATDE-" + run;
        String pidProvider = "urn:sigillum:trusted-list:DE:name:PID%20Provider%20" + run;
        long sequence = nextSequenceNumber();
        byte[] first = signed(TestList.of("DE", sequence)
                .provider("Qualified CA " + run, List.of("Qualified", "VATDE-" + run),
                        service(CA_QC, "QC CA", GRANTED, pki.root.certificate(), pki.intermediate.certificate()),
                        service(TSA_QTST, "Time stamps", GRANTED, STRANGER.certificate()))
                .provider("PID Provider " + run, List.of(),
                        service(PID_PROVIDER, "PID issuance", GRANTED, pidRoot.certificate(), pki.leaf.certificate()),
                        service(CA_QC, "Old CA", WITHDRAWN, oldCa.certificate()))
                .provider("Time stamps only " + run, List.of(), service(TSA_QTST, "Time stamps", GRANTED, STRANGER.certificate())),
                DE_OPERATOR);

        long before = RegistryCalls.version();
        JsonObject imported = calls.imported(first);
        assertEquals(before + 1, imported.getJsonNumber("version").longValue());
        assertEquals(before + 1, RegistryCalls.version(), "one import, one version");
        JsonObject held = imported.getJsonObject("trustedList");
        assertEquals("DE", held.getString("territory"));
        assertEquals("list", held.getString("kind"));
        assertEquals(sequence, held.getJsonNumber("sequenceNumber").longValue());
        assertEquals("current", held.getString("freshness"));
        assertEquals("alice-admin", held.getString("importedBy"));
        JsonObject summary = imported.getJsonObject("summary");
        assertEquals(List.of(qualified, pidProvider), strings(summary.getJsonObject("issuers").getJsonArray("registered")));
        List<JsonObject> added = summary.getJsonObject("anchors").getJsonArray("added").getValuesAs(JsonObject.class);
        assertEquals(List.of("root", "intermediate", "root"), added.stream().map(a -> a.getString("kind")).toList());
        List<String> skipped = summary.getJsonArray("skipped").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("reason")).toList();
        assertTrue(skipped.contains("service type " + TSA_QTST + " is not an anchor service type"), skipped.toString());
        assertTrue(skipped.contains("an end-entity certificate (no basicConstraints CA) is not an anchor"), skipped.toString());
        assertTrue(skipped.contains("service status " + WITHDRAWN + " is not a trusted one"), skipped.toString());
        assertTrue(skipped.contains("no service of an anchor service type: not an issuer"), skipped.toString());

        // Verifiers see them in the snapshot.
        TrustSnapshot snapshot = snapshot();
        TrustedIssuer issuer = snapshot.issuer(qualified).orElseThrow();
        assertEquals("Qualified CA " + run, issuer.legalName());
        assertEquals("DE", issuer.country());
        // An import promises which anchors an issuer has, not their order in the snapshot.
        assertEquals(java.util.Set.of(AnchorKind.ROOT, AnchorKind.INTERMEDIATE),
                issuer.certificateAnchors().map(CertificateAnchor::kind).collect(java.util.stream.Collectors.toSet()));
        assertEquals(2, issuer.certificateAnchors().count());
        assertEquals(pidRoot.certificate(), snapshot.issuer(pidProvider).orElseThrow().certificateAnchors().findFirst().orElseThrow().certificate());

        // Trusted lists do not say what a provider may issue: an administrator grants it.
        JsonObject notYet = evaluate(pki.x5cWithoutRoot());
        assertFalse(notYet.getBoolean("trusted"));
        assertEquals("type_not_authorized", notYet.getString("reason"));
        calls.grantVct(qualified, PID);
        JsonObject trusted = evaluate(pki.x5cWithoutRoot());
        assertTrue(trusted.getBoolean("trusted"), trusted.toString());
        assertEquals(qualified, trusted.getJsonObject("issuer").getString("id"));

        // The change log: one entry naming the territory, found through each issuer it touched.
        try (Response log = calls.get("/changes?issuer=" + qualified)) {
            List<JsonObject> changes = log.readEntity(JsonObject.class).getJsonArray("changes").getValuesAs(JsonObject.class);
            JsonObject entry = changes.getFirst();
            assertEquals("trusted-list.imported", entry.getString("operation"));
            assertEquals(before + 1, entry.getJsonNumber("version").longValue());
            assertEquals("DE", entry.getString("entity"));
            assertFalse(entry.containsKey("issuer"), "an import names no one issuer");
            assertEquals("alice-admin", entry.getString("changedBy"));
            assertEquals("the list as published", entry.getString("reason"));
            assertEquals(sequence, entry.getJsonObject("summary").getJsonNumber("sequenceNumber").longValue());
            assertEquals("authorization.granted", changes.get(1).getString("operation"));
        }
        try (Response lists = calls.get("/trusted-lists")) {
            JsonObject de = lists.readEntity(JsonArray.class).getValuesAs(JsonObject.class).stream()
                    .filter(l -> l.getString("territory").equals("DE") && l.getString("kind").equals("list")).findFirst().orElseThrow();
            assertEquals(sequence, de.getJsonNumber("sequenceNumber").longValue());
            assertEquals(before + 1, de.getJsonNumber("version").longValue());
            assertEquals("2099-07-15T10:00:00Z", de.getString("nextUpdate"));
            assertFalse(de.containsKey("pointers"));
        }

        // The same list again changes nothing.
        long now = RegistryCalls.version();
        refused(calls, first, 409, "trusted-list-stale");
        assertEquals(now, RegistryCalls.version());

        // A newer list: the intermediate is gone, the PID service withdrawn.
        long newer = nextSequenceNumber();
        JsonObject second = calls.imported(signed(TestList.of("DE", newer)
                .provider("Qualified CA " + run, List.of("VATDE-" + run), service(CA_QC, "QC CA", GRANTED, pki.root.certificate()))
                .provider("PID Provider " + run, List.of(), service(PID_PROVIDER, "PID issuance", WITHDRAWN, pidRoot.certificate())),
                DE_OPERATOR)).getJsonObject("summary");
        assertEquals(sequence, second.getJsonNumber("previousSequenceNumber").longValue());
        assertTrue(strings(second.getJsonObject("issuers").getJsonArray("updated")).contains(qualified), second.toString());
        assertTrue(strings(second.getJsonObject("issuers").getJsonArray("suspended")).contains(pidProvider), second.toString());
        List<String> removed = second.getJsonObject("anchors").getJsonArray("removed").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("kind") + "@" + a.getString("issuer")).toList();
        assertTrue(removed.containsAll(List.of("intermediate@" + qualified, "root@" + pidProvider)), removed.toString());
        TrustSnapshot after = snapshot();
        assertEquals(List.of(AnchorKind.ROOT), after.issuer(qualified).orElseThrow().certificateAnchors().map(CertificateAnchor::kind).toList());
        assertEquals("SUSPENDED", after.issuer(pidProvider).orElseThrow().state().name());
        assertTrue(evaluate(pki.x5cWithoutRoot()).getBoolean("trusted"), "the root still leads to the issuer; its authorization stays");

        // An older list is stale too.
        refused(calls, signed(TestList.of("DE", sequence + 0).provider("Replayed " + run, List.of(),
                service(CA_QC, "CA", GRANTED, pidRoot.certificate())), DE_OPERATOR), 409, "trusted-list-stale");
    }

    @Test
    void aListOfTrustedListsNamesTheCertificatesATerritorysListIsVerifiedWith() {
        RegistryCalls calls = new RegistryCalls(target);
        String run = UUID.randomUUID().toString().substring(0, 8);
        byte[] lotl = signed(TestList.listOfLists(nextSequenceNumber())
                .pointer("https://fr.example.test/tl-" + run + ".pdf", "FR", PDF, FR_OPERATOR.certificate())
                .pointer("https://fr.example.test/tl-" + run + ".xml", "FR", XML, FR_OPERATOR.certificate()), LOTL_OPERATOR);
        refused(calls, signed(TestList.listOfLists(nextSequenceNumber()), DE_OPERATOR), 422, "trusted-list-unknown-signer");

        JsonObject imported = calls.imported(lotl);
        JsonObject held = imported.getJsonObject("trustedList");
        assertEquals("lotl", held.getString("kind"));
        assertEquals("EU", held.getString("territory"));
        JsonObject pointer = held.getJsonArray("pointers").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("territory").equals("FR")).findFirst().orElseThrow();
        assertEquals("https://fr.example.test/tl-" + run + ".xml", pointer.getString("location"), "the XML form's location");
        assertEquals(FR_OPERATOR.certificate().getSubjectX500Principal().getName(),
                pointer.getJsonArray("signers").getJsonObject(0).getString("subject"));

        // FR's list, signed with the certificate the list of lists names for FR.
        CertificateAuthority frRoot = CertificateAuthority.selfSigned("FR root " + run, Duration.ofDays(365));
        JsonObject fr = calls.imported(signed(TestList.of("FR", nextSequenceNumber())
                .provider("Prestataire " + run, List.of("NTRFR-" + run), service(CA_QC, "AC qualifiée", GRANTED, frRoot.certificate())),
                FR_OPERATOR));
        assertEquals(List.of("urn:sigillum:trusted-list:FR:NTRFR-" + run),
                strings(fr.getJsonObject("summary").getJsonObject("issuers").getJsonArray("registered")));
        assertEquals("FR", snapshot().issuer("urn:sigillum:trusted-list:FR:NTRFR-" + run).orElseThrow().country());

        // Another territory's operator cannot sign FR's list, nor FR's operator DE's.
        refused(calls, signed(TestList.of("FR", nextSequenceNumber()), DE_OPERATOR), 422, "trusted-list-unknown-signer");
        refused(calls, signed(TestList.of("DE", nextSequenceNumber()), FR_OPERATOR), 422, "trusted-list-unknown-signer");
        // A territory nothing is held for.
        refused(calls, signed(TestList.of("IT", nextSequenceNumber()), DE_OPERATOR), 422, "trusted-list-territory-not-configured");
        refused(calls, signed(TestList.of("IT", nextSequenceNumber()), STRANGER), 422, "trusted-list-unknown-signer");

        try (Response lists = calls.get("/trusted-lists")) {
            List<JsonObject> all = lists.readEntity(JsonArray.class).getValuesAs(JsonObject.class);
            assertEquals("lotl", all.getFirst().getString("kind"), "the list of lists first");
            assertTrue(all.stream().anyMatch(l -> l.getString("territory").equals("FR") && l.getString("kind").equals("list")));
        }
    }

    @Test
    void eachImportIsAnnouncedOnceAndARefusedOneIsNot() throws Exception {
        RegistryCalls calls = new RegistryCalls(target);
        String run = UUID.randomUUID().toString().substring(0, 8);
        CertificateAuthority root = CertificateAuthority.selfSigned("Announced " + run, Duration.ofDays(365));
        byte[] list = signed(TestList.of("DE", nextSequenceNumber())
                .provider("Announced " + run, List.of(), service(CA_QC, "CA", GRANTED, root.certificate())), DE_OPERATOR);
        try (JMSContext context = TestStack.broker().connectionFactory().createContext(JMSContext.AUTO_ACKNOWLEDGE);
             JMSConsumer subscriber = context.createConsumer(context.createTopic("sigillum.trust.changed"))) {
            long version = calls.imported(list).getJsonNumber("version").longValue();
            refused(calls, list, 409, "trusted-list-stale");
            long next = calls.register(RegistryCalls.newIssuerId("after-import")).getJsonNumber("version").longValue();
            assertEquals(version + 1, next, "the refused import took no version");
            assertEquals(List.of(version, next), versionsUpTo(subscriber, version, next), "one event per change, none for the refusal");
        }
    }

    @Test
    void hostileTamperedAndUnsignedListsAreRefusedAndChangeNothing() {
        RegistryCalls calls = new RegistryCalls(target);
        String run = UUID.randomUUID().toString().substring(0, 8);
        CertificateAuthority root = CertificateAuthority.selfSigned("Refused " + run, Duration.ofDays(365));
        TestList list = TestList.of("DE", nextSequenceNumber())
                .provider("Tamper Target " + run, List.of(), service(CA_QC, "CA", GRANTED, root.certificate()));
        byte[] signed = signed(list, DE_OPERATOR);

        byte[] tampered = new String(signed, java.nio.charset.StandardCharsets.UTF_8)
                .replace("Tamper Target", "Tamper Forged").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        refused(calls, tampered, 422, "trusted-list-bad-signature");
        refused(calls, list.xml().getBytes(java.nio.charset.StandardCharsets.UTF_8), 422, "trusted-list-unsigned");
        refused(calls, ListSigning.sign(list.xml(), DE_OPERATOR.privateKey(), DE_OPERATOR.certificate(),
                javax.xml.crypto.dsig.DigestMethod.SHA1), 422, "trusted-list-weak-algorithm");
        refused(calls, signed(list, STRANGER), 422, "trusted-list-unknown-signer");

        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE TrustServiceStatusList [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<TrustServiceStatusList xmlns=\"" + TestList.NS_TSL + "\">&xxe;</TrustServiceStatusList>";
        String body = refused(calls, xxe.getBytes(java.nio.charset.StandardCharsets.UTF_8), 400, "trusted-list-forbidden-construct");
        assertFalse(body.contains("root:"), "no file content in the answer");
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>"
                + "<TrustServiceStatusList xmlns=\"" + TestList.NS_TSL + "\">&lol4;</TrustServiceStatusList>";
        refused(calls, laughs.getBytes(java.nio.charset.StandardCharsets.UTF_8), 400, "trusted-list-forbidden-construct");
        refused(calls, "<TrustServiceStatusList xmlns=\"http://uri.etsi.org/02231/v2#\"><Scheme".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                400, "trusted-list-malformed");
        refused(calls, new byte[TrustedListFixtures.MAX_BYTES + 1], 413, "too-large");

        long before = RegistryCalls.version();
        try (Response noReason = calls.importList(signed, null)) {
            assertEquals(400, noReason.getStatus());
            assertTrue(noReason.readEntity(String.class).contains("reason-required"));
        }
        try (Response verifier = calls.as(TestStack.token("verifier-rp")).importList(signed, "not mine to import")) {
            assertEquals(403, verifier.getStatus());
        }
        try (Response anonymous = calls.as(null).get("/trusted-lists")) {
            assertEquals(401, anonymous.getStatus());
        }
        assertEquals(before, RegistryCalls.version());
        // After all that, the list itself is still importable.
        calls.imported(signed);
    }

    /** Posts the list, expects the status and the problem type, and that the registry did not move; returns the body. */
    private static String refused(RegistryCalls calls, byte[] xml, int status, String problem) {
        long before = RegistryCalls.version();
        try (Response response = calls.importList(xml, "testing a refusal")) {
            String body = response.readEntity(String.class);
            assertEquals(status, response.getStatus(), body);
            assertTrue(String.valueOf(response.getMediaType()).startsWith("application/problem+json"), body);
            assertTrue(body.contains("\"type\":\"urn:sigillum:problem:trust-registry:" + problem + "\""), body);
            assertEquals(before, RegistryCalls.version(), problem + ": the registry changed");
            return body;
        }
    }

    private TrustSnapshot snapshot() {
        try (Response response = new RegistryCalls(target, TestStack.token("verifier-rp")).get("/snapshot")) {
            assertEquals(200, response.getStatus());
            return SnapshotJson.read(response.readEntity(byte[].class));
        } catch (SnapshotFormatException e) {
            throw new AssertionError("the snapshot does not read", e);
        }
    }

    private JsonObject evaluate(List<String> x5c) {
        JsonArrayBuilder chain = Json.createArrayBuilder();
        x5c.forEach(chain::add);
        try (Response response = new RegistryCalls(target, TestStack.token("verifier-rp")).post("/evaluations",
                Json.createObjectBuilder().add("x5c", chain).add("credentialType", Json.createObjectBuilder().add("vct", PID)).build())) {
            assertEquals(200, response.getStatus());
            return response.readEntity(JsonObject.class);
        }
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonValue.class).stream().map(v -> ((JsonString) v).getString()).toList();
    }

    /** The versions of the events from {@code from} on, until {@code last} arrives. */
    private static List<Long> versionsUpTo(JMSConsumer subscriber, long from, long last) throws Exception {
        List<Long> seen = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            Message message = subscriber.receive(1000);
            if (message == null) {
                continue;
            }
            EventEnvelope event = JmsEventListener.decode(message);
            long version = event.payload().getJsonNumber("version").longValue();
            if (version >= from) {
                seen.add(version);
            }
            if (version == last) {
                return seen;
            }
        }
        throw new AssertionError("no trust.changed event for version " + last + "; seen " + seen);
    }
}
