package io.sigillum.gateway.access;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccessLogDurationTest {

    @Test
    void durationsAreMillisecondsWithThreeDecimals() {
        assertEquals("0.000", AccessLog.millis(999));
        assertEquals("0.001", AccessLog.millis(1_000));
        assertEquals("0.045", AccessLog.millis(45_900));
        assertEquals("1.200", AccessLog.millis(1_200_000));
        assertEquals("12.345", AccessLog.millis(12_345_678));
        assertEquals("30000.000", AccessLog.millis(30_000_000_000L));
        assertEquals("0.000", AccessLog.millis(-5), "a clock that stepped back is no negative duration");
    }
}
