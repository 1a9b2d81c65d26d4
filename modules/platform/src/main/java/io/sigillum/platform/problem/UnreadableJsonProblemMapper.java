package io.sigillum.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON that does not fit the request's schema (a string where an array belongs, an unknown enum
 * value) is a 400 problem naming the member, not the Java type it failed to become.
 */
@Provider
@ApplicationScoped
@Priority(1)
public class UnreadableJsonProblemMapper implements ExceptionMapper<JsonMappingException> {

    @Override
    public Response toResponse(JsonMappingException exception) {
        return JsonProblems.badBody("The request body does not fit the schema at "
                + JsonProblems.path(exception) + JsonProblems.at(exception.getLocation()) + ".");
    }
}
