package io.sigillum.status.command;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A row of {@code processed_command}: an event id seen, and what came of it. */
@Entity
@Table(name = "processed_command")
public class ProcessedCommandRecord {

    @Id
    @Column(name = "event_id", length = 36)
    private String eventId;

    @Column(name = "outcome", nullable = false, length = 16)
    private String outcome;

    @Column(name = "processed_at", nullable = false)
    private OffsetDateTime processedAt;

    protected ProcessedCommandRecord() {
        // for JPA
    }

    ProcessedCommandRecord(String eventId, CommandOutcome outcome, Instant now) {
        this.eventId = eventId;
        this.outcome = outcome.value();
        this.processedAt = now.atOffset(ZoneOffset.UTC);
    }
}
