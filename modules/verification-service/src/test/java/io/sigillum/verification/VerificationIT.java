package io.sigillum.verification;

import io.sigillum.platform.testing.ServiceChecks;
import io.sigillum.platform.testing.TestStack;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The service deployed by the Arquillian container and called over real HTTP. */
@ExtendWith(TestStack.class)
@ExtendWith(ArquillianExtension.class)
class VerificationIT {

    @Deployment(testable = false)
    static JavaArchive deployment() {
        return ShrinkWrap.create(JavaArchive.class, "verification.jar");
    }

    @ArquillianResource
    private URL base;

    @Test
    void startsReadyAndAnswersUnknownTransactionsWithProblems() {
        try (Client client = ClientBuilder.newClient()) {
            var target = client.target(base.toString());
            ServiceChecks.assertReady(target);
            try (Response response = ServiceChecks.get(target, "/transactions/unknown", TestStack.token("verifier-rp"))) {
                assertEquals(404, response.getStatus());
                assertEquals("application/problem+json", response.getMediaType().toString());
            }
            try (Response response = target.path("/requests/unknown").request().get()) {
                assertEquals(404, response.getStatus());
            }
        }
    }
}
