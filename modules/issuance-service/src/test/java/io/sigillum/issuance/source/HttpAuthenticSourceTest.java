package io.sigillum.issuance.source;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.issuance.configuration.CredentialConfigurations;
import io.sigillum.platform.testing.TestStack;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTTP authentic source against a register on a real socket, through CDI so that its fault
 * tolerance (retries, circuit breaker) is what runs in production.
 */
@ExtendWith(TestStack.class)
@HelidonTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HttpAuthenticSourceTest {

    private static final RegisterDouble REGISTER = new RegisterDouble();

    static {
        // Read when the container starts, which is after this class is initialised.
        System.setProperty("sigillum.issuance.authentic-source.url", REGISTER.url().toString());
    }

    @Inject
    private HttpAuthenticSource source;
    @Inject
    private CredentialConfigurations configurations;

    @AfterAll
    static void stop() {
        REGISTER.close();
        System.clearProperty("sigillum.issuance.authentic-source.url");
    }

    @Test
    @Order(1)
    void answersAreReadyNotYetOrUnknown() {
        var pid = configurations.find("eu.europa.ec.eudi.pid_vc_sd_jwt").orElseThrow();
        SourceAnswer ready = source.attributes("ready-1", pid);
        SourceAnswer.Ready attributes = assertInstanceOf(SourceAnswer.Ready.class, ready);
        assertEquals("Ada", attributes.attributes().get("given_name"));
        assertEquals("credential_configuration_id=eu.europa.ec.eudi.pid_vc_sd_jwt", attributes.attributes().get("asked_for"));
        assertInstanceOf(SourceAnswer.NotYet.class, source.attributes("later-1", pid));
        assertInstanceOf(SourceAnswer.Unknown.class, source.attributes("nobody", pid));
    }

    @Test
    @Order(2)
    void anOversizedAnswerIsAFailureNotAnAnswer() {
        var pid = configurations.find("eu.europa.ec.eudi.pid_vc_sd_jwt").orElseThrow();
        assertThrows(AuthenticSourceUnavailable.class, () -> source.attributes("huge-1", pid));
    }

    /** Last: the circuit it opens stays open for the breaker's delay. */
    @Test
    @Order(3)
    void aFailingRegisterIsRetriedThenCutOffByTheCircuitBreaker() {
        var badge = configurations.find("io.sigillum.employee_badge_sd_jwt").orElseThrow();
        int before = REGISTER.requests();
        RuntimeException first = assertThrows(RuntimeException.class, () -> source.attributes("broken-1", badge));
        // The oversized answers above count as failures too: the circuit may open during these retries.
        assertTrue(first instanceof AuthenticSourceUnavailable || first instanceof CircuitBreakerOpenException, first::toString);
        assertTrue(REGISTER.requests() - before >= 2, "a failed call is retried");
        RuntimeException last = null;
        for (int i = 0; i < 10 && !(last instanceof CircuitBreakerOpenException); i++) {
            last = assertThrows(RuntimeException.class, () -> source.attributes("broken-2", badge));
        }
        assertInstanceOf(CircuitBreakerOpenException.class, last, "the circuit opens on a failing register");
        int whileOpen = REGISTER.requests();
        assertThrows(CircuitBreakerOpenException.class, () -> source.attributes("ready-2", badge));
        assertTrue(REGISTER.requests() == whileOpen, "an open circuit spares the register");
    }
}
