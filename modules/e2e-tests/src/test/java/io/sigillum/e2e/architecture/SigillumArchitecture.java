package io.sigillum.e2e.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of ARCHITECTURE.md ("Rules that keep it standard", "Repository layout") as ArchUnit
 * rules, defined once over a root package. {@link #SIGILLUM} checks the real code; tests build the
 * same rules over {@code io.sigillum.fixture} to show that each one catches a violation.
 */
public final class SigillumArchitecture {

    /** The rules over the real code. */
    public static final SigillumArchitecture SIGILLUM = new SigillumArchitecture("io.sigillum");

    /** The services that run on MicroProfile alone: Helidon only boots them, in their Main. */
    static final List<String> MICROPROFILE_SERVICES = List.of("issuance", "verification", "status", "trustregistry", "keymanagement");
    /** Every service process: the gateway is one too, and may use Helidon directly. */
    static final List<String> SERVICES = Stream.concat(MICROPROFILE_SERVICES.stream(), Stream.of("gateway")).toList();
    /** Plain-Java libraries; sdjwt, mdoc and statuslist are listed ahead of their modules. */
    static final List<String> LIBRARIES = List.of("crypto", "kmsclient", "events", "observability", "sdjwt", "mdoc", "statuslist", "wallet", "trust", "trustedlist", "dcql", "presentation");
    /** The modules that are the runtime's edge and may use Helidon's own API. */
    static final List<String> HELIDON_USERS = List.of("gateway", "devstack", "arquillian");
    /** Tools that run, test or measure the stack; production code never needs them. */
    static final List<String> TOOLS = List.of("devstack", "arquillian", "benchmarks");
    /** What the code generated from an OpenAPI spec may use besides the JDK. */
    private static final List<String> API_ALLOWED = List.of("jakarta.ws.rs..", "jakarta.annotation..", "com.fasterxml.jackson.annotation..", "java..");
    /** Frameworks a library must not know: it is plain Java, unit-tested without a container. */
    private static final List<String> FRAMEWORKS = List.of("jakarta.enterprise..", "jakarta.inject..", "jakarta.ws.rs..", "io.helidon..");

    private final String root;

    /** @param root the package every module's packages sit under, e.g. {@code io.sigillum} */
    public SigillumArchitecture(String root) {
        this.root = root;
    }

    /** @return every rule, for one test to run them all */
    public List<ArchRule> all() {
        return List.of(servicesDoNotDependOnEachOther(), librariesStayPlainJava(), onlyTheRuntimeEdgeUsesHelidon(),
                apiModulesUseOnlyTheirContractTypes(), apiModulesAreIndependent(), nothingDependsOnTools());
    }

    /** A service never imports another: they meet over HTTP and events, each owning its data. */
    public ArchRule servicesDoNotDependOnEachOther() {
        return slices().assignedFrom(new ServiceSlices(root, SERVICES)).should().notDependOnEachOther()
                .because("each service is its own process and owns its own schema; services call each other over HTTP or events");
    }

    /** Libraries know nothing of services, the platform, CDI, JAX-RS or Helidon. */
    public ArchRule librariesStayPlainJava() {
        List<String> forbidden = Stream.of(packages(SERVICES).stream(), Stream.of(root + ".platform.."), FRAMEWORKS.stream())
                .flatMap(s -> s).toList();
        return noClasses().that().resideInAnyPackage(packages(LIBRARIES).toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .because("libraries are plain Java that services compose; the arrows point from services to libraries");
    }

    /**
     * Helidon is the runtime, not the API: only the gateway, the dev stack, the Arquillian container
     * and each MicroProfile service's one-line {@code Main} may use it. This covers every other
     * module too (platform, events…), as ARCHITECTURE.md says, not only the services.
     */
    public ArchRule onlyTheRuntimeEdgeUsesHelidon() {
        return noClasses().that().resideOutsideOfPackages(packages(HELIDON_USERS).toArray(String[]::new))
                .and(DescribedPredicate.not(serviceMain()))
                .should().dependOnClassesThat().resideInAPackage("io.helidon..")
                .because("the services must run on any MicroProfile runtime; Helidon only boots them");
    }

    /** Generated API code uses JAX-RS, Jackson's annotations, jakarta.annotation and the JDK only. */
    public ArchRule apiModulesUseOnlyTheirContractTypes() {
        String[] allowed = Stream.concat(Stream.of(root + ".api.."), API_ALLOWED.stream()).toArray(String[]::new);
        return classes().that().resideInAPackage(root + ".api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .because("an API module is the contract generated from api-specs/, usable by any JAX-RS client or server");
    }

    /** One API module never uses another's types: each is generated from its own spec. */
    public ArchRule apiModulesAreIndependent() {
        return slices().matching(root + ".api.(*)..").should().notDependOnEachOther()
                .because("each API module is generated from one spec in api-specs/ and must build alone");
    }

    /** The dev stack, the test support and the benchmarks are used by nobody but themselves. */
    public ArchRule nothingDependsOnTools() {
        return CompositeArchRule.of(TOOLS.stream().map(tool -> noClasses()
                        .that().resideOutsideOfPackage(root + "." + tool + "..")
                        .should().dependOnClassesThat().resideInAPackage(root + "." + tool + ".."))
                .toList())
                .because("the dev stack and test support are tools around the product, not part of it");
    }

    /** @return whether a class is one of the MicroProfile services' {@code Main} classes */
    private DescribedPredicate<JavaClass> serviceMain() {
        List<String> mains = MICROPROFILE_SERVICES.stream().map(service -> root + "." + service + ".Main").toList();
        return DescribedPredicate.describe("a service's Main", javaClass -> mains.contains(javaClass.getName()));
    }

    private List<String> packages(List<String> names) {
        return names.stream().map(name -> root + "." + name + "..").toList();
    }

    /** Puts each class of a service's packages in that service's slice; other classes in none. */
    private record ServiceSlices(String root, List<String> services) implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return services.stream()
                    .filter(service -> name.equals(root + "." + service) || name.startsWith(root + "." + service + "."))
                    .findFirst()
                    .map(SliceIdentifier::of)
                    .orElse(SliceIdentifier.ignore());
        }

        @Override
        public String getDescription() {
            return "the services " + String.join(", ", services) + " under " + root;
        }
    }
}
