package io.sigillum.keymanagement.key;

import io.sigillum.platform.problem.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * The problems (RFC 9457) this service answers with. Each type is a URN of ours: a client can
 * branch on it; the title says it for people; the detail never carries key material.
 */
public final class KeyProblems {

    private KeyProblems() {
    }

    public static WebApplicationException unknownKey(String kid) {
        return problem("unknown-key", "Unknown key", Response.Status.NOT_FOUND, "No key has the id " + printable(kid) + ".");
    }

    public static WebApplicationException noActiveKey(String purpose, String scope) {
        return problem("no-active-key", "No active key", Response.Status.NOT_FOUND,
                "Purpose " + purpose + ", scope " + printable(scope) + " has no active key; rotate to make one.");
    }

    public static WebApplicationException notActive(String kid, KeyState state) {
        return problem("key-not-active", "Key not active", Response.Status.CONFLICT,
                "Key " + kid + " is " + state.value() + "; only the active key of a purpose signs. Ask for the active key again.");
    }

    public static WebApplicationException notGranted(String caller, String purpose) {
        return problem("purpose-not-granted", "Purpose not granted", Response.Status.FORBIDDEN,
                "Caller " + printable(caller) + " may not use keys of purpose " + purpose + ".");
    }

    public static WebApplicationException conflict(String detail) {
        return problem("lifecycle-conflict", "Lifecycle conflict", Response.Status.CONFLICT, detail);
    }

    public static WebApplicationException badRequest(String detail) {
        return problem("invalid-request", "Invalid request", Response.Status.BAD_REQUEST, detail);
    }

    public static WebApplicationException tooLarge(String detail) {
        return problem("too-large", "Request too large", Response.Status.REQUEST_ENTITY_TOO_LARGE, detail);
    }

    public static WebApplicationException backendUnavailable(String detail) {
        return problem("key-backend-unavailable", "Key backend unavailable", Response.Status.SERVICE_UNAVAILABLE, detail);
    }

    private static WebApplicationException problem(String name, String title, Response.Status status, String detail) {
        return new Problem(URI.create("urn:sigillum:problem:kms:" + name), title, status.getStatusCode(), detail).asException();
    }

    /** Echoes a caller-chosen value only if short and plain, so a problem cannot carry injected text. */
    private static String printable(String value) {
        if (value == null) {
            return "(none)";
        }
        boolean plain = value.length() <= 200 && value.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        return plain ? "'" + value + "'" : "(not shown)";
    }
}
