package io.sigillum.observability;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * Formats each log record as one line of JSON:
 * {@code {"ts":…,"level":…,"logger":…,"thread":…,"message":…,"correlation_id":…,"error":…,"stack":…}}.
 * Named in each service's {@code logging.properties} as the console handler's formatter. Messages
 * and stack traces pass through {@link SecretRedaction} first.
 */
public class JsonLogFormatter extends Formatter {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public String format(LogRecord record) {
        JsonObjectBuilder line = JSON.createObjectBuilder()
                .add("ts", Instant.ofEpochMilli(record.getMillis()).toString())
                .add("level", record.getLevel().getName())
                .add("logger", String.valueOf(record.getLoggerName()))
                .add("thread", Thread.currentThread().getName())
                .add("message", String.valueOf(SecretRedaction.redact(formatMessage(record))));
        CorrelationId.current().ifPresent(id -> line.add("correlation_id", id));
        Throwable thrown = record.getThrown();
        if (thrown != null) {
            line.add("error", thrown.getClass().getName() + ": " + SecretRedaction.redact(thrown.getMessage()));
            StringWriter stack = new StringWriter();
            thrown.printStackTrace(new PrintWriter(stack));
            // Stack traces repeat the messages of the exception and its causes.
            line.add("stack", SecretRedaction.redact(stack.toString()));
        }
        return line.build().toString() + System.lineSeparator();
    }
}
