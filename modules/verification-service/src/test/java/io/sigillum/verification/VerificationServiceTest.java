package io.sigillum.verification;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.platform.testing.ServiceChecks;
import io.sigillum.platform.testing.TestDatabase;
import io.sigillum.platform.testing.TestStack;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Timestamp;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(TestStack.class)
@ExtendWith(VerificationServiceTest.KeyManagementUnreachable.class)
@HelidonTest
class VerificationServiceTest {

    private static final String INSERT = "INSERT INTO verification.presentation_transaction"
            + " (id, request_id, state, created_at, expires_at, dcql_query, nonce, oauth_state, client_id, response_mode, flow,"
            + " outcome) VALUES (?, ?, ?, CURRENT_TIMESTAMP, ?, '{\"credentials\":[{\"id\":\"q\",\"format\":\"dc+sd-jwt\"}]}',"
            + " 'n', 's', 'x509_hash:x', 'direct_post', 'cross_device', ?)";

    @Inject
    private WebTarget target;

    /** Request objects are signed by a key-management service that cannot be reached. */
    static final class KeyManagementUnreachable implements org.junit.jupiter.api.extension.BeforeAllCallback {
        @Override
        public void beforeAll(org.junit.jupiter.api.extension.ExtensionContext context) {
            System.setProperty("sigillum.verification.signer", "kms");
            System.setProperty("sigillum.kms.url", "http://127.0.0.1:1");
        }
    }

    @BeforeAll
    static void transactions() {
        Timestamp later = Timestamp.from(Instant.now().plusSeconds(600));
        TestDatabase.execute(INSERT, "t-pending", "r-pending", "pending", later, null);
        TestDatabase.execute(INSERT, "t-expired", "r-expired", "pending", Timestamp.from(Instant.now().minusSeconds(1)), null);
        TestDatabase.execute(INSERT, "t-done", "r-done", "verified", later,
                "{\"credentials\":{\"q\":[{\"vct\":\"urn:test\",\"issuer\":\"test-issuer\",\"claims\":{\"given_name\":\"Erika\"}}]}}");
    }

    private static void assertProblem(Response response, int status, String detail) {
        assertEquals(status, response.getStatus());
        assertEquals("application/problem+json", response.getMediaType().toString());
        JsonObject problem = response.readEntity(JsonObject.class);
        assertEquals(status, problem.getInt("status"));
        if (detail != null) {
            assertEquals(detail, problem.getString("detail"));
        }
    }

    @Test
    void isReady() {
        ServiceChecks.assertReady(target);
    }

    @Test
    void aRelyingPartyReadsItsTransaction() {
        try (Response response = ServiceChecks.get(target, "/transactions/t-done", TestStack.token("verifier-rp"))) {
            assertEquals(200, response.getStatus());
            JsonObject transaction = response.readEntity(JsonObject.class);
            assertEquals("t-done", transaction.getString("id"));
            assertEquals("verified", transaction.getString("state"));
            assertTrue(transaction.getString("expires_at").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"),
                    "RFC 3339 time: " + transaction.getString("expires_at"));
            JsonObject credential = transaction.getJsonObject("credentials").getJsonArray("q").getJsonObject(0);
            assertEquals("urn:test", credential.getString("vct"));
            assertEquals("test-issuer", credential.getString("issuer"));
            assertEquals("Erika", credential.getJsonObject("claims").getString("given_name"));
        }
    }

    @Test
    void anUnknownTransactionIsAProblem() {
        try (Response response = ServiceChecks.get(target, "/transactions/nope", TestStack.token("verifier-rp"))) {
            assertProblem(response, 404, "No transaction has this id.");
        }
    }

    @Test
    void transactionsAreForRelyingPartiesOnly() {
        ServiceChecks.assertGuarded(target, "/transactions/t-done", "verifier-rp", "issuer-admin");
    }

    @Test
    void walletsFetchRequestsWithoutATokenAndUnknownUsedOrExpiredOnesLookAlike() {
        for (String requestId : new String[] {"r-unknown", "r-expired", "r-done"}) {
            try (Response response = target.path("/requests/" + requestId).request().get()) {
                assertProblem(response, 404, "No pending transaction has this request id.");
            }
        }
    }

    @Inject
    private io.sigillum.verification.transaction.ExpiredTransactions expiry;

    @Test
    void theSweepEndsExpiredTransactionsAndErasesTheirKeys() {
        TestDatabase.execute(INSERT, "t-sweep", "r-sweep", "pending", Timestamp.from(Instant.now().minusSeconds(5)), null);
        TestDatabase.execute("UPDATE verification.presentation_transaction SET encryption_jwk = 'a-private-key' WHERE id = 't-sweep'");
        assertTrue(expiry.sweep() >= 1);
        assertEquals(java.util.List.of("expired"),
                TestDatabase.column("SELECT state FROM verification.presentation_transaction WHERE id = 't-sweep'"));
        assertEquals(java.util.Collections.singletonList(null),
                TestDatabase.column("SELECT encryption_jwk FROM verification.presentation_transaction WHERE id = 't-sweep'"));
        assertEquals(java.util.List.of("pending"),
                TestDatabase.column("SELECT state FROM verification.presentation_transaction WHERE id = 't-pending'"));
    }

    @Test
    void theSweepDeletesTransactionsPastTheirRetentionWithTheirOutcome() {
        Timestamp longAgo = Timestamp.from(Instant.now().minus(java.time.Duration.ofHours(2)));
        TestDatabase.execute(INSERT, "t-old-answer", "r-old-answer", "verified", longAgo, null);
        TestDatabase.execute("UPDATE verification.presentation_transaction SET outcome = '{\"credentials\":{}}'"
                + " WHERE id = 't-old-answer'");
        TestDatabase.execute(INSERT, "t-recent-answer", "r-recent-answer", "verified",
                Timestamp.from(Instant.now().minusSeconds(60)), null);
        expiry.sweep();
        assertEquals(java.util.List.of(),
                TestDatabase.column("SELECT id FROM verification.presentation_transaction WHERE id = 't-old-answer'"),
                "past the retention (30 minutes after its expiry): gone, with the claims it held");
        assertEquals(java.util.List.of("t-recent-answer"),
                TestDatabase.column("SELECT id FROM verification.presentation_transaction WHERE id = 't-recent-answer'"),
                "within the retention: still there for the relying party to read");
    }

    @Test
    void anExpiredTransactionReadsAsExpired() {
        try (Response response = ServiceChecks.get(target, "/transactions/t-expired", TestStack.token("verifier-rp"))) {
            assertEquals("expired", response.readEntity(JsonObject.class).getString("state"));
        }
    }

    @Test
    void withoutKeyManagementARequestObjectIsA503WithRetryAfterNeverUnsigned() {
        try (Response response = target.path("/requests/r-pending").request().get()) {
            assertProblem(response, 503, null);
            assertEquals("10", response.getHeaderString("Retry-After"));
        }
    }
}
