package io.sigillum.trustregistry;

import io.sigillum.platform.problem.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * The problems (RFC 9457) the trust registry answers with. Each type is a URN of ours a client can
 * branch on; the detail names the rule broken and never quotes a certificate or a key.
 */
public final class TrustProblems {

    private static final String PREFIX = "urn:sigillum:problem:trust-registry:";

    private TrustProblems() {
    }

    /** 400: a member is missing, or is not what the schema or the standard says. */
    public static WebApplicationException invalidRequest(String detail) {
        return problem("invalid-request", "Invalid request", Response.Status.BAD_REQUEST, detail);
    }

    /** 400: a certificate or key that does not parse. */
    public static WebApplicationException malformedKeyMaterial(String detail) {
        return problem("malformed-key-material", "Malformed certificate or key", Response.Status.BAD_REQUEST, detail);
    }

    /** 400: an evaluation's chain that is no chain (the trust library's MALFORMED). */
    public static WebApplicationException malformedChain(String detail) {
        return problem("malformed-chain", "Malformed certificate chain", Response.Status.BAD_REQUEST, detail);
    }

    /** 400: a change without a usable reason. */
    public static WebApplicationException reasonRequired(String detail) {
        return problem("reason-required", "Reason required", Response.Status.BAD_REQUEST, detail);
    }

    /** 404: no such issuer. */
    public static WebApplicationException unknownIssuer(String id) {
        return problem("unknown-issuer", "Unknown issuer", Response.Status.NOT_FOUND,
                "No issuer " + printable(id) + " is registered.");
    }

    /** 404: no such anchor or authorization. */
    public static WebApplicationException unknown(String what, String id) {
        return problem("unknown-" + what, "Unknown " + what, Response.Status.NOT_FOUND,
                "No " + what + " " + printable(id) + " is registered.");
    }

    /** 409: the change contradicts the registry's state (withdrawn is final, a duplicate…). */
    public static WebApplicationException conflict(String detail) {
        return problem("conflict", "Conflict with the registry's state", Response.Status.CONFLICT, detail);
    }

    /** 413: a request body over the limit. */
    public static WebApplicationException tooLarge(String detail) {
        return problem("too-large", "Request too large", Response.Status.REQUEST_ENTITY_TOO_LARGE, detail);
    }

    /** 422: well formed, but the trust model refuses it. */
    public static WebApplicationException refusedByModel(String detail) {
        return problem("refused-by-trust-model", "Refused by the trust model", 422, detail);
    }

    private static WebApplicationException problem(String name, String title, Response.Status status, String detail) {
        return problem(name, title, status.getStatusCode(), detail);
    }

    /**
     * A problem of another type of ours, {@code urn:sigillum:problem:trust-registry:<name>}.
     *
     * @param name   the type's last part, lower case with dashes
     * @param title  the type's title
     * @param status the HTTP status
     * @param detail what exactly, never quoting key material or input the caller should not see again
     */
    public static WebApplicationException problem(String name, String title, int status, String detail) {
        return new Problem(URI.create(PREFIX + name), title, status, detail).asException();
    }

    /** Echoes a caller-chosen value only if short and plain, so a problem cannot carry injected text. */
    public static String printable(String value) {
        if (value == null) {
            return "(none)";
        }
        boolean plain = value.length() <= 200 && value.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        return plain ? "'" + value + "'" : "(not shown)";
    }
}
