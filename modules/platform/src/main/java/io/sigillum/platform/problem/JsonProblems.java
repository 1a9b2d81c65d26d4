package io.sigillum.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.stream.Collectors;

/** The problem for a request body that cannot be read, described by position and member path only. */
final class JsonProblems {

    private static final URI TYPE = URI.create("urn:sigillum:problem:malformed-body");

    private JsonProblems() {
    }

    static Response badBody(String detail) {
        return new Problem(TYPE, "Malformed request body", Response.Status.BAD_REQUEST.getStatusCode(), detail)
                .toResponse().build();
    }

    static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0
                ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** A JSON-pointer-like path of member names and indexes, e.g. {@code /inputs/3}. */
    static String path(JsonMappingException exception) {
        String path = exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? printable(reference.getFieldName()) : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining("/", "/", ""));
        return path.equals("/") ? "the top level" : path;
    }

    private static String printable(String name) {
        boolean plain = name.length() <= 64 && name.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        return plain ? name : "(member)";
    }
}
