package io.sigillum.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that is not JSON is a 400 problem saying where it broke. Jersey's own Jackson
 * mapper would answer with the parser's message as plain text, naming our classes; this one wins
 * by priority.
 */
@Provider
@ApplicationScoped
@Priority(1)
public class MalformedJsonProblemMapper implements ExceptionMapper<JsonParseException> {

    @Override
    public Response toResponse(JsonParseException exception) {
        return JsonProblems.badBody("The request body is not valid JSON" + JsonProblems.at(exception.getLocation()) + ".");
    }
}
