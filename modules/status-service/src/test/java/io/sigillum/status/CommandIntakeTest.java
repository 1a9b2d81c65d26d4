package io.sigillum.status;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.events.EventEnvelope;
import io.sigillum.events.JmsEventPublisher;
import io.sigillum.events.testing.EmbeddedBroker;
import io.sigillum.platform.testing.TestDatabase;
import io.sigillum.platform.testing.TestStack;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Status commands over the broker: applied once whatever the redeliveries, refusals recorded as
 * outcomes, and poison messages dead-lettered after the bounded attempts.
 */
@ExtendWith(TestStack.class)
@HelidonTest
class CommandIntakeTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject
    private WebTarget target;

    private static String outcome(EventEnvelope event) {
        List<String> outcomes = waitFor(() -> TestDatabase.column(
                "SELECT outcome FROM status.processed_command WHERE event_id = ?", event.id().toString()), rows -> !rows.isEmpty());
        return outcomes.getFirst();
    }

    private static <T> T waitFor(Supplier<T> read, java.util.function.Predicate<T> done) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            T value = read.get();
            if (done.test(value)) {
                return value;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return fail("not done within " + PATIENCE);
    }

    private static String status(JsonObject entry) {
        return TestDatabase.column("SELECT status FROM status.status_entry WHERE list_id = ? AND idx = ?",
                entry.getString("listId"), entry.getInt("idx")).getFirst();
    }

    private static long changes(JsonObject entry) {
        return Long.parseLong(TestDatabase.column("SELECT changes FROM status.status_list WHERE id = ?",
                entry.getString("listId")).getFirst());
    }

    @Test
    void aCommandIsAppliedOnceHoweverOftenItArrives() {
        JsonObject entry = new StatusCalls(target).allocate("revocation-suspension");
        long before = changes(entry);
        EventEnvelope suspend = StatusCalls.command(entry, "SUSPENDED");

        StatusCalls.sendCommands(suspend);
        assertEquals("applied", outcome(suspend));
        assertEquals("2", status(entry), "SUSPENDED");

        // The same event again (a redelivery, or a producer's relay that sent it twice), after a
        // later change by another event: the duplicate must not undo that change.
        EventEnvelope reinstate = StatusCalls.command(entry, "VALID");
        StatusCalls.sendCommands(reinstate);
        assertEquals("applied", outcome(reinstate));
        StatusCalls.sendCommands(new EventEnvelope(suspend.id(), suspend.type(), suspend.occurredAt(), 1, suspend.payload()));
        EventEnvelope marker = StatusCalls.command(entry, "VALID");
        StatusCalls.sendCommands(marker);
        assertEquals("applied", outcome(marker));

        assertEquals("0", status(entry), "the duplicate changed nothing");
        assertEquals(before + 2, changes(entry), "two changes: the duplicate and the no-op counted none");
        assertEquals(List.of("1"), TestDatabase.column("SELECT COUNT(*) FROM status.processed_command WHERE event_id = ?",
                suspend.id().toString()));
    }

    @Test
    void forbiddenChangesAndUnknownEntriesAreOutcomesNotRetries() {
        JsonObject entry = new StatusCalls(target).allocate("revocation");
        EventEnvelope suspend = StatusCalls.command(entry, "SUSPENDED");
        StatusCalls.sendCommands(suspend);
        assertEquals("refused", outcome(suspend), "a revocation list has no SUSPENDED");
        assertEquals("0", status(entry));

        EventEnvelope unknown = EventEnvelope.of("status.change-requested", 1, Json.createObjectBuilder()
                .add("list_id", "no-such-list").add("idx", 3).add("status", "INVALID").build());
        StatusCalls.sendCommands(unknown);
        assertEquals("unknown-entry", outcome(unknown));
    }

    @Test
    void poisonMessagesEndInTheDeadLetterQueue() throws Exception {
        String marker = UUID.randomUUID().toString();
        try (JMSContext context = TestStack.broker().connectionFactory().createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            context.createProducer().send(context.createQueue("sigillum.status.commands"), "not an event " + marker);
            EventEnvelope wrongPayload = EventEnvelope.of("status.change-requested", 1,
                    Json.createObjectBuilder().add("list_id", "l").add("idx", -1).add("status", "INVALID").build());
            new JmsEventPublisher(context).publish(context.createQueue("sigillum.status.commands"), wrongPayload);

            try (JMSConsumer dead = context.createConsumer(context.createQueue(EmbeddedBroker.DEAD_LETTER_QUEUE))) {
                boolean text = false;
                boolean payload = false;
                Instant deadline = Instant.now().plus(PATIENCE);
                while (!(text && payload) && Instant.now().isBefore(deadline)) {
                    Message message = dead.receive(500);
                    if (message instanceof TextMessage body) {
                        text |= body.getText().equals("not an event " + marker);
                        payload |= wrongPayload.id().toString().equals(message.getStringProperty(JmsEventPublisher.EVENT_ID_PROPERTY));
                        if (body.getText().equals("not an event " + marker) || payload) {
                            assertNotNull(message.getStringProperty("_AMQ_ORIG_QUEUE"), "dead-lettered from its queue");
                        }
                    }
                }
                assertEquals(List.of(true, true), List.of(text, payload), "both poison messages dead-lettered");
            }
        }
    }
}
