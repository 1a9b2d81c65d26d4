package io.sigillum.status;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.platform.testing.ServiceChecks;
import io.sigillum.platform.testing.TestDatabase;
import io.sigillum.platform.testing.TestStack;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(TestStack.class)
@HelidonTest
class StatusServiceTest {

    @Inject
    private WebTarget target;

    @Test
    void isReady() {
        ServiceChecks.assertReady(target);
    }

    @Test
    void listsItsStatusListsToStatusAdministrators() {
        // Full, so the allocation tests sharing this database never hand out its entries.
        TestDatabase.execute("INSERT INTO status.status_list (id, uri, bits, size, version, list_type, state, created_at)"
                + " VALUES ('l1', 'https://status.example/lists/l1', 2, 1048576, 7, 'revocation-suspension', 'full', CURRENT_TIMESTAMP)");
        try (Response response = ServiceChecks.get(target, "/status-lists", TestStack.token("status-admin"))) {
            assertEquals(200, response.getStatus());
            JsonObject list = response.readEntity(JsonArray.class).getValuesAs(JsonObject.class).stream()
                    .filter(each -> each.getString("id").equals("l1")).findFirst().orElseThrow();
            assertEquals("l1", list.getString("id"));
            assertEquals("https://status.example/lists/l1", list.getString("uri"));
            assertEquals(2, list.getInt("bits"));
            assertEquals(1048576, list.getInt("size"));
            assertEquals(7, list.getInt("version"));
            assertEquals("revocation-suspension", list.getString("listType"));
        }
    }

    @Test
    void theListsAreForStatusAdministratorsOnly() {
        ServiceChecks.assertGuarded(target, "/status-lists", "status-admin", "issuer-admin");
    }
}
