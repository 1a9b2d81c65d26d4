package io.sigillum.e2e.architecture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pom walk finds code modules through aggregators, and skips parents, test-only modules and profiles. */
class ReactorModulesTest {

    @TempDir
    Path root;

    @Test
    void findsTheModulesWithMainSources() throws IOException {
        pom(root, """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modules>
                    <module>lib</module>
                    <module>parent</module>
                    <module>tests-only</module>
                  </modules>
                  <profiles><profile><modules><module>extra</module></modules></profile></profiles>
                </project>""");
        pom(root.resolve("lib"), "<project/>");
        Files.createDirectories(root.resolve("lib/src/main/java"));
        pom(root.resolve("parent"), "<project><modules><module>child</module></modules></project>");
        pom(root.resolve("parent/child"), "<project/>");
        Files.createDirectories(root.resolve("parent/child/src/main/java"));
        pom(root.resolve("tests-only"), "<project/>");
        Files.createDirectories(root.resolve("tests-only/src/test/java"));
        pom(root.resolve("extra"), "<project/>");
        Files.createDirectories(root.resolve("extra/src/main/java"));

        assertEquals(List.of(root.resolve("lib"), root.resolve("parent/child")), ReactorModules.withMainSources(root));
    }

    private static void pom(Path dir, String content) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("pom.xml"), content);
    }
}
