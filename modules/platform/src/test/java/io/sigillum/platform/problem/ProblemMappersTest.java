package io.sigillum.platform.problem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ProblemMappersTest {

    private static JsonObject body(Response response) {
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        return Json.createReader(new StringReader((String) response.getEntity())).readObject();
    }

    @Test
    void anUnexpectedErrorIsA500ThatRevealsNothingOfIt() {
        Response response = new UnexpectedProblemMapper()
                .toResponse(new IllegalStateException("password=hunter2 at jdbc:postgresql://db/secret"));
        assertEquals(500, response.getStatus());
        JsonObject problem = body(response);
        assertEquals("Internal Server Error", problem.getString("title"));
        String text = problem.toString();
        assertFalse(text.contains("hunter2") || text.contains("IllegalStateException") || text.contains("\tat "), text);
    }

    @Test
    void aRaisedNotFoundKeepsItsDetail() {
        Response response = new WebApplicationProblemMapper().toResponse(new NotFoundException("No transaction has this id."));
        assertEquals(404, response.getStatus());
        assertEquals("No transaction has this id.", body(response).getString("detail"));
    }

    @Test
    void theHeadersAStatusNeedsSurviveTheMapping() {
        Response notAllowed = new WebApplicationProblemMapper().toResponse(new NotAllowedException("GET", new String[] {"HEAD"}));
        assertEquals(405, notAllowed.getStatus());
        assertEquals(java.util.Set.of("GET", "HEAD"),
                java.util.Set.of(String.valueOf(notAllowed.getHeaders().getFirst("Allow")).replace(" ", "").split(",")));

        Response unavailable = new WebApplicationProblemMapper().toResponse(new ServiceUnavailableException(30L));
        assertEquals(503, unavailable.getStatus());
        assertEquals("30", String.valueOf(unavailable.getHeaders().getFirst("Retry-After")));
        assertFalse(body(unavailable).containsKey("detail"), "5xx problems carry no detail");
    }
}
