package io.sigillum.status;

import io.sigillum.events.EventEnvelope;
import io.sigillum.platform.testing.ChildService;
import io.sigillum.platform.testing.TestDatabase;
import io.sigillum.platform.testing.TestStack;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A revocation sent while the status service is down waits in the broker's persistent queue and
 * is applied exactly once when the service starts again, even when the producer sent it twice.
 * The service runs as its own process (its packaged jar), against the test's broker and database.
 */
@ExtendWith(TestStack.class)
class StoppedServiceIT {

    private static Path work;
    private static ChildService service;
    private static Client client;

    @BeforeAll
    static void startTheService() throws IOException {
        work = Files.createTempDirectory("sigillum-status-stopped");
        String url = System.getProperty("sigillum.db.url");
        if (url.startsWith("jdbc:h2:mem:")) {
            // A file the service and this test open at once (H2's automatic mixed mode).
            url = "jdbc:h2:file:" + work.resolve("db").toAbsolutePath() + ";DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE";
            System.setProperty("sigillum.db.url", url);
        }
        Map<String, String> properties = new LinkedHashMap<>();
        for (String name : List.of("sigillum.db.url", "sigillum.db.user", "sigillum.db.password", "sigillum.broker.url",
                "mp.jwt.verify.publickey.location", "mp.jwt.verify.issuer")) {
            properties.put(name, System.getProperty(name));
        }
        properties.put("ObjectStoreEnvironmentBean.objectStoreDir", work.resolve("narayana").toString());
        properties.put("sigillum.status.signer", "local");
        properties.put("sigillum.status.signer.key-file", Path.of("target/test-classes/status-signing-test-key.pem")
                .toAbsolutePath().toString());
        service = ChildService.start(Path.of("target/sigillum-status-service.jar"), properties, work.resolve("status.log"));
        client = ClientBuilder.newClient();
    }

    @AfterAll
    static void stopTheService() {
        if (client != null) {
            client.close();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aRevocationSentWhileTheServiceIsDownIsAppliedOnceWhenItIsBack() throws Exception {
        JsonObject entry = new StatusCalls(client.target(service.base())).allocate("revocation");
        service.stop();
        long changesBefore = changes(entry);

        EventEnvelope revoke = StatusCalls.command(entry, "INVALID");
        // Twice: the producer's relay sent it again (it crashed before it marked the row sent).
        StatusCalls.sendCommands(revoke, revoke);
        assertEquals("0", status(entry), "nothing consumes the queue while the service is down");

        service.start();
        awaitStatus(entry, "1");
        assertEquals(List.of("applied"), TestDatabase.column(
                "SELECT outcome FROM status.processed_command WHERE event_id = ?", revoke.id().toString()));
        assertEquals(changesBefore + 1, changes(entry), "applied exactly once");
    }

    private static long changes(JsonObject entry) {
        return Long.parseLong(TestDatabase.column("SELECT changes FROM status.status_list WHERE id = ?",
                entry.getString("listId")).getFirst());
    }

    private static String status(JsonObject entry) {
        return TestDatabase.column("SELECT status FROM status.status_entry WHERE list_id = ? AND idx = ?",
                entry.getString("listId"), entry.getInt("idx")).getFirst();
    }

    private static void awaitStatus(JsonObject entry, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (status(entry).equals(status)) {
                return;
            }
            Thread.sleep(100);
        }
        fail("the entry did not become " + status + " after the service started again");
    }
}
