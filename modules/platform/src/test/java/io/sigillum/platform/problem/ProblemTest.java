package io.sigillum.platform.problem;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProblemTest {

    @Test
    void rendersTheMembersOfRfc9457() {
        Problem problem = new Problem(URI.create("https://sigillum.example/problems/unknown-transaction"),
                "Unknown transaction", 404, "No transaction \"t-1\"");
        assertEquals("{\"type\":\"https://sigillum.example/problems/unknown-transaction\",\"title\":\"Unknown transaction\","
                + "\"status\":404,\"detail\":\"No transaction \\\"t-1\\\"\"}", problem.toJson());
    }

    @Test
    void aStatusOnlyProblemIsAboutBlankWithTheReasonPhrase() {
        Problem problem = Problem.of(Response.Status.METHOD_NOT_ALLOWED, null);
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Method Not Allowed\",\"status\":405}", problem.toJson());
    }

    @Test
    void onlyErrorStatusesMakeProblems() {
        assertThrows(IllegalArgumentException.class, () -> new Problem(Problem.ABOUT_BLANK, "OK", 200, null));
        assertThrows(IllegalArgumentException.class, () -> new Problem(Problem.ABOUT_BLANK, "?", 600, null));
    }
}
