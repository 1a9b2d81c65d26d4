package io.sigillum.e2e.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.sigillum.e2e.RepositoryRoot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The architecture rules hold for the main code of every Sigillum module. */
class ArchitectureTest {

    private static final SigillumArchitecture RULES = SigillumArchitecture.SIGILLUM;
    private static JavaClasses sigillum;

    @BeforeAll
    static void importEveryModule() {
        sigillum = new ClassFileImporter()
                // Main code only: the modules' own tests may use Arquillian, Helidon, anything.
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.sigillum");
    }

    /** Without this a rule could pass because a module's classes were never looked at. */
    @Test
    void theImportHoldsEveryModuleOfTheReactor() {
        List<String> unseen = new ArrayList<>();
        for (Path module : ReactorModules.withMainSources(RepositoryRoot.locate())) {
            Optional<String> aClass = someClassOf(module.resolve("target/classes"));
            if (aClass.isEmpty() || !sigillum.contain(aClass.get())) {
                unseen.add(module.getFileName() + aClass.map(c -> " (" + c + ")").orElse(" (no classes built)"));
            }
        }
        assertEquals(List.of(), unseen, "modules whose classes the architecture tests do not see;"
                + " add them as test dependencies of e2e-tests");
    }

    @Test
    void servicesDoNotDependOnEachOther() {
        RULES.servicesDoNotDependOnEachOther().check(sigillum);
    }

    @Test
    void librariesStayPlainJava() {
        RULES.librariesStayPlainJava().check(sigillum);
    }

    @Test
    void onlyTheRuntimeEdgeUsesHelidon() {
        RULES.onlyTheRuntimeEdgeUsesHelidon().check(sigillum);
    }

    @Test
    void apiModulesUseOnlyTheirContractTypes() {
        RULES.apiModulesUseOnlyTheirContractTypes().check(sigillum);
    }

    @Test
    void apiModulesAreIndependent() {
        RULES.apiModulesAreIndependent().check(sigillum);
    }

    @Test
    void nothingDependsOnTools() {
        RULES.nothingDependsOnTools().check(sigillum);
    }

    /** @return the name of one top-level class compiled into the directory, if any */
    private static Optional<String> someClassOf(Path classes) {
        if (!Files.isDirectory(classes)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(classes::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.endsWith("module-info.class"))
                    .sorted()
                    .findFirst()
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
