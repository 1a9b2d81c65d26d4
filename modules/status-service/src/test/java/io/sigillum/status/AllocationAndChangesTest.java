package io.sigillum.status;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.platform.testing.ServiceChecks;
import io.sigillum.platform.testing.TestDatabase;
import io.sigillum.platform.testing.TestStack;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Allocation of entries (lists of 64, filled to half in tests) and changes of their status. */
@ExtendWith(TestStack.class)
@HelidonTest
class AllocationAndChangesTest {

    private static final int CAPACITY = 32;

    @Inject
    private WebTarget target;

    private StatusCalls calls() {
        return new StatusCalls(target);
    }

    @Test
    void entriesAreRandomNeverReusedAndANewListOpensWhenOneIsFull() {
        List<JsonObject> entries = new ArrayList<>();
        for (int i = 0; i < CAPACITY + 8; i++) {
            entries.add(calls().allocate("revocation"));
        }
        Set<String> distinct = new HashSet<>();
        entries.forEach(entry -> assertTrue(distinct.add(entry.getString("listId") + "/" + entry.getInt("idx"))));
        String first = entries.getFirst().getString("listId");
        assertNotEquals(first, entries.getLast().getString("listId"), "a new list opens when one is full");
        assertEquals("https://status.sigillum.test/status-lists/" + first, entries.getFirst().getString("uri"));
        assertEquals("VALID", entries.getFirst().getString("status"));
        List<Integer> firstIndexes = entries.stream().filter(e -> e.getString("listId").equals(first))
                .map(e -> e.getInt("idx")).toList();
        assertNotEquals(firstIndexes.stream().sorted().toList(), firstIndexes, "indices do not follow issuance order");
        assertEquals(List.of("full:32"), TestDatabase.column("SELECT l.state || ':' || (SELECT COUNT(*) FROM"
                + " status.status_entry e WHERE e.list_id = l.id) FROM status.status_list l WHERE l.id = ?", first),
                "the first list took entries up to its fill limit");
    }

    @Test
    void concurrentAllocationsNeverShareAnEntry() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonObject>> futures = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                futures.add(pool.submit(() -> calls().allocate("revocation-suspension")));
            }
            Set<String> distinct = new HashSet<>();
            for (Future<JsonObject> future : futures) {
                JsonObject entry = future.get();
                assertTrue(distinct.add(entry.getString("listId") + "/" + entry.getInt("idx")), entry.toString());
            }
        } finally {
            pool.shutdownNow();
        }
        for (String count : TestDatabase.column("SELECT (SELECT COUNT(*) FROM status.status_entry e WHERE e.list_id = l.id)"
                + " FROM status.status_list l WHERE l.list_type = 'revocation-suspension'")) {
            assertTrue(Integer.parseInt(count) <= CAPACITY + 8, "at most a client's worth past the fill limit: " + count);
        }
    }

    @Test
    void statusesChangeAsTheDraftAllows() {
        JsonObject suspendable = calls().allocate("revocation-suspension");
        try (Response suspended = calls().change(suspendable, "SUSPENDED")) {
            assertEquals(200, suspended.getStatus());
            assertEquals("SUSPENDED", suspended.readEntity(JsonObject.class).getString("status"));
        }
        try (Response back = calls().change(suspendable, "VALID")) {
            assertEquals(200, back.getStatus());
        }
        try (Response revoked = calls().change(suspendable, "INVALID")) {
            assertEquals("INVALID", revoked.readEntity(JsonObject.class).getString("status"));
        }
        try (Response again = calls().change(suspendable, "INVALID")) {
            assertEquals(200, again.getStatus(), "the status it has: nothing changes");
        }
        try (Response refused = calls().change(suspendable, "VALID")) {
            assertEquals("urn:sigillum:problem:status:forbidden-status-change", StatusCalls.problem(refused, 409).getString("type"));
        }
        try (Response read = ServiceChecks.get(target, "/status-lists/" + suspendable.getString("listId") + "/entries/"
                + suspendable.getInt("idx"), TestStack.token("status-admin"))) {
            assertEquals("INVALID", read.readEntity(JsonObject.class).getString("status"), "the list stays consistent");
        }

        JsonObject revocationOnly = calls().allocate("revocation");
        try (Response refused = calls().change(revocationOnly, "SUSPENDED")) {
            assertTrue(StatusCalls.problem(refused, 409).getString("detail").contains("no SUSPENDED"));
        }
    }

    @Test
    void unknownListsAndEntriesAndBadRequestsAreProblems() {
        JsonObject entry = calls().allocate("revocation");
        String list = entry.getString("listId");
        String admin = TestStack.token("status-admin");
        try (Response unknown = ServiceChecks.get(target, "/status-lists/nope/entries/0", admin)) {
            assertEquals("urn:sigillum:problem:status:unknown-list", StatusCalls.problem(unknown, 404).getString("type"));
        }
        int free = entry.getInt("idx") == 0 ? 1 : 0;
        try (Response notAllocated = calls().send("PUT", "/status-lists/" + list + "/entries/" + free, admin, "{\"status\":\"INVALID\"}")) {
            StatusCalls.problem(notAllocated, 404);
        }
        try (Response beyond = ServiceChecks.get(target, "/status-lists/" + list + "/entries/1000000", admin)) {
            StatusCalls.problem(beyond, 404);
        }
        for (String body : List.of("{", "{}", "{\"status\":\"REVOKED\"}", "{\"status\":1}", "[]")) {
            try (Response bad = calls().send("PUT", "/status-lists/" + list + "/entries/" + entry.getInt("idx"), admin, body)) {
                StatusCalls.problem(bad, 400);
            }
        }
        for (String body : List.of("{}", "{\"listType\":\"everything\"}", "not json")) {
            try (Response bad = calls().send("POST", "/allocations", TestStack.token("status-issuer"), body)) {
                StatusCalls.problem(bad, 400);
            }
        }
    }

    @Test
    void rolesAreChecked() {
        try (Response issuerChanging = calls().send("PUT", "/status-lists/x/entries/0", TestStack.token("status-issuer"),
                "{\"status\":\"INVALID\"}")) {
            assertEquals(403, issuerChanging.getStatus());
        }
        try (Response adminAllocating = calls().send("POST", "/allocations", TestStack.token("status-admin"), "{\"listType\":\"revocation\"}")) {
            assertEquals(403, adminAllocating.getStatus());
        }
        try (Response anonymous = calls().send("POST", "/allocations", null, "{\"listType\":\"revocation\"}")) {
            assertEquals(401, anonymous.getStatus());
        }
        try (Response expired = calls().send("POST", "/allocations", TestStack.expiredToken("status-issuer"), "{\"listType\":\"revocation\"}")) {
            assertEquals(401, expired.getStatus());
        }
    }
}
