package io.sigillum.e2e.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.sigillum.fixture.api.invoices.InvoicesApi;
import io.sigillum.fixture.api.orders.OrdersApi;
import io.sigillum.fixture.api.orders.model.Order;
import io.sigillum.fixture.api.orders.model.SelfSerialisingOrder;
import io.sigillum.fixture.arquillian.FixtureContainer;
import io.sigillum.fixture.crypto.InjectedSigner;
import io.sigillum.fixture.crypto.PlainSigner;
import io.sigillum.fixture.devstack.FixtureLauncher;
import io.sigillum.fixture.gateway.Router;
import io.sigillum.fixture.issuance.DemoShortcut;
import io.sigillum.fixture.issuance.OfferDesk;
import io.sigillum.fixture.platform.ContainerHook;
import io.sigillum.fixture.status.ListPublisher;
import io.sigillum.fixture.status.Main;
import io.sigillum.fixture.verification.PresentationCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each architecture rule, built exactly as for the real code but rooted at
 * {@code io.sigillum.fixture}, reports the fixture class that breaks it, and stays quiet for
 * the fixture classes that keep to it. Without this, a rule with a typo in a package pattern
 * would pass forever.
 */
class RulesBiteTest {

    private static final SigillumArchitecture RULES = new SigillumArchitecture("io.sigillum.fixture");
    /** Imported once: each test then picks the classes it needs, which is much faster than importing each time. */
    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages("io.sigillum.fixture");
    }

    @Test
    void aServiceImportingAnotherServiceIsReported() {
        assertBites(RULES.servicesDoNotDependOnEachOther(), OfferDesk.class, PresentationCheck.class, Router.class);
    }

    @Test
    void aLibraryUsingCdiIsReported() {
        assertBites(RULES.librariesStayPlainJava(), InjectedSigner.class, PlainSigner.class, OfferDesk.class);
    }

    @Test
    void serviceCodeUsingHelidonIsReportedButItsMainAndTheGatewayAreNot() {
        assertBites(RULES.onlyTheRuntimeEdgeUsesHelidon(), ListPublisher.class, Main.class, Router.class, PlainSigner.class);
    }

    @Test
    void anApiModelNeedingJacksonDatabindIsReported() {
        assertBites(RULES.apiModulesUseOnlyTheirContractTypes(), SelfSerialisingOrder.class, OrdersApi.class, Order.class);
    }

    @Test
    void anApiModuleUsingAnotherOnesModelIsReported() {
        assertBites(RULES.apiModulesAreIndependent(), InvoicesApi.class, OrdersApi.class, Order.class);
    }

    @Test
    void productCodeUsingTheDevStackIsReported() {
        assertBites(RULES.nothingDependsOnTools(), DemoShortcut.class, FixtureLauncher.class, FixtureContainer.class, PlainSigner.class);
    }

    @Test
    void productCodeUsingTheTestSupportIsReported() {
        assertBites(RULES.nothingDependsOnTools(), ContainerHook.class, FixtureLauncher.class, FixtureContainer.class, PlainSigner.class);
    }

    /**
     * @param rule      the rule
     * @param violator  a class that breaks it
     * @param compliant classes that keep to it (at least one, so the rule has something to check)
     */
    private static void assertBites(ArchRule rule, Class<?> violator, Class<?>... compliant) {
        EvaluationResult clean = rule.evaluate(only(compliant));
        assertFalse(clean.hasViolation(), () -> "reported compliant classes:\n" + clean.getFailureReport());

        Class<?>[] all = Stream.concat(Stream.of(violator), Stream.of(compliant)).toArray(Class<?>[]::new);
        EvaluationResult withViolator = rule.evaluate(only(all));
        assertTrue(withViolator.hasViolation(), () -> "did not report " + violator.getName() + ": " + rule.getDescription());
        String report = withViolator.getFailureReport().toString();
        assertTrue(report.contains(violator.getName()), () -> "the report does not name " + violator.getName() + ":\n" + report);
    }

    private static JavaClasses only(Class<?>... classes) {
        Set<String> names = Stream.of(classes).map(Class::getName).collect(Collectors.toSet());
        return fixtures.that(DescribedPredicate.describe("one of " + names, javaClass -> names.contains(javaClass.getName())));
    }
}
