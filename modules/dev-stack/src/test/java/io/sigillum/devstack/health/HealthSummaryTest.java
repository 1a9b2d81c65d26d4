package io.sigillum.devstack.health;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HealthSummaryTest {

    @Test
    void upWithPassingChecksIsJustUp() {
        assertEquals("UP", HealthSummary.of("{\"status\":\"UP\",\"checks\":[{\"name\":\"db\",\"status\":\"UP\"}]}"));
        assertEquals("UP", HealthSummary.of("{\"status\":\"UP\",\"checks\":[]}"));
    }

    @Test
    void downNamesTheFailingChecks() {
        assertEquals("DOWN: database, broker", HealthSummary.of("""
                {"status":"DOWN","checks":[
                  {"name":"database","status":"DOWN"},
                  {"name":"kms","status":"UP"},
                  {"name":"broker","status":"DOWN","data":{"url":"tcp://127.0.0.1:61616"}}]}"""));
    }

    @Test
    void aBodyThatIsNotHealthJsonIsShownShortened() {
        assertEquals("Not Found", HealthSummary.of("Not Found\n"));
        String summary = HealthSummary.of("x".repeat(500));
        assertEquals(80, summary.length());
        assertTrue(summary.endsWith("…"));
        assertEquals("{\"other\":1}", HealthSummary.of("{\"other\":1}"));
    }
}
