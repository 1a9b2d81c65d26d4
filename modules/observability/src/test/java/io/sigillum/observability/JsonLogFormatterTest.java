package io.sigillum.observability;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLogFormatterTest {

    private static JsonObject format(LogRecord record) {
        String line = new JsonLogFormatter().format(record);
        assertTrue(line.endsWith(System.lineSeparator()));
        assertEquals(1, line.strip().lines().count(), "one record, one line: " + line);
        return Json.createReader(new StringReader(line)).readObject();
    }

    @Test
    void oneRecordIsOneJsonLineEvenWithNewlinesInTheMessage() {
        LogRecord record = new LogRecord(Level.WARNING, "first line\nsecond \"quoted\" line");
        record.setLoggerName("io.sigillum.test");
        JsonObject json = format(record);
        assertEquals("WARNING", json.getString("level"));
        assertEquals("io.sigillum.test", json.getString("logger"));
        assertEquals("first line\nsecond \"quoted\" line", json.getString("message"));
        assertFalse(json.containsKey("correlation_id"));
    }

    @Test
    void anErrorCarriesItsTypeAndStack() {
        LogRecord record = new LogRecord(Level.SEVERE, "failed {0}");
        record.setParameters(new Object[] {"here"});
        record.setThrown(new IllegalStateException("boom"));
        JsonObject json = format(record);
        assertEquals("failed here", json.getString("message"));
        assertEquals("java.lang.IllegalStateException: boom", json.getString("error"));
        assertTrue(json.getString("stack").contains("JsonLogFormatterTest"));
    }
}
