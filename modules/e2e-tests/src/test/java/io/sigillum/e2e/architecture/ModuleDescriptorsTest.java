package io.sigillum.e2e.architecture;

import io.sigillum.e2e.RepositoryRoot;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every module with main code is a strict named module: a module-info, and not an open one. */
class ModuleDescriptorsTest {

    @Test
    void everyModuleIsAStrictNamedModule() {
        List<Path> modules = ReactorModules.withMainSources(RepositoryRoot.locate());
        // The reactor has well over ten code modules; finding few means the pom walk broke.
        assertTrue(modules.size() >= 10, "only found " + modules);
        List<String> problems = modules.stream().flatMap(module -> ModuleDescriptorCheck.problems(module).stream()).toList();
        assertEquals(List.of(), problems);
    }
}
