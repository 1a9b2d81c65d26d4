package io.sigillum.status.serving;

import io.sigillum.status.entry.StatusProblems;

import java.time.Instant;

/** The {@code time} query parameter of historical resolution (draft §8.4): a unix timestamp in seconds. */
final class HistoricalTime {

    /** Up to the year 9999; longer values are not times, whatever they parse to. */
    private static final int MAX_DIGITS = 12;

    private HistoricalTime() {
    }

    /** @throws jakarta.ws.rs.WebApplicationException a 400 problem for anything but a non-negative integer */
    static Instant parse(String time) {
        if (time.isEmpty() || time.length() > MAX_DIGITS || !time.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw StatusProblems.badRequest("time is a unix timestamp: whole seconds since 1970-01-01T00:00:00Z.");
        }
        return Instant.ofEpochSecond(Long.parseLong(time));
    }
}
