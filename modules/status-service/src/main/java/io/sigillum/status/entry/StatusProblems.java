package io.sigillum.status.entry;

import io.sigillum.platform.problem.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The problems (RFC 9457) of the status service, each with a type of its own. */
public final class StatusProblems {

    private StatusProblems() {
    }

    public static WebApplicationException unknownList() {
        return problem("unknown-list", "Unknown status list", Response.Status.NOT_FOUND, "No status list has this id.");
    }

    public static WebApplicationException notAllocated(int idx) {
        return problem("entry-not-allocated", "Entry not allocated", Response.Status.NOT_FOUND,
                "Entry " + idx + " of this list was never allocated (or is beyond its size).");
    }

    public static WebApplicationException forbiddenChange(String detail) {
        return problem("forbidden-status-change", "Forbidden status change", Response.Status.CONFLICT, detail);
    }

    public static WebApplicationException badRequest(String detail) {
        return problem("invalid-request", "Invalid request", Response.Status.BAD_REQUEST, detail);
    }

    /** Historical resolution (draft §8.4): 406 when no token of the list was valid at that time. */
    public static WebApplicationException noTokenAt(java.time.Instant time) {
        return problem("no-token-at-time", "No token for that time", Response.Status.NOT_ACCEPTABLE,
                "No token of this list was valid at " + time + " (before its first token, or past the history kept).");
    }

    /** Historical resolution is off (draft §8.4 says 501; its privacy considerations say why one would). */
    public static WebApplicationException historyNotOffered() {
        return problem("historical-resolution-not-offered", "Historical resolution not offered", Response.Status.NOT_IMPLEMENTED,
                "This deployment serves only current status list tokens; ask without time.");
    }

    public static WebApplicationException unavailable(String detail) {
        return problem("allocation-unavailable", "Allocation unavailable", Response.Status.SERVICE_UNAVAILABLE, detail);
    }

    private static WebApplicationException problem(String name, String title, Response.Status status, String detail) {
        return new Problem(URI.create("urn:sigillum:problem:status:" + name), title, status.getStatusCode(), detail).asException();
    }
}
