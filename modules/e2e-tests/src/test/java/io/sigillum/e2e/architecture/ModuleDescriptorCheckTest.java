package io.sigillum.e2e.architecture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The module-info check reports an open module, a missing descriptor and a jar without one. */
class ModuleDescriptorCheckTest {

    private static final String CLASS = "package fixture; public class A { }";

    @TempDir
    Path temp;

    @Test
    void aStrictModuleHasNoProblems() throws IOException {
        Path module = build("strict", Map.of("module-info.java", "module fixture.strict { exports fixture; }", "fixture/A.java", CLASS));
        jar(module, "fixture-strict.jar");

        assertEquals(List.of(), ModuleDescriptorCheck.problems(module));
    }

    @Test
    void anOpenModuleIsReported() throws IOException {
        Path module = build("open", Map.of("module-info.java", "open module fixture.open { }", "fixture/A.java", CLASS));

        List<String> problems = ModuleDescriptorCheck.problems(module);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("module fixture.open is open"), problems.get(0));
    }

    @Test
    void aModuleWithoutModuleInfoIsReported() throws IOException {
        Path module = build("plain", Map.of("fixture/A.java", CLASS));

        List<String> problems = ModuleDescriptorCheck.problems(module);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("no target/classes/module-info.class"), problems.get(0));
    }

    @Test
    void aJarThatLostItsModuleInfoIsReportedAsAutomatic() throws IOException {
        Path module = build("packaged", Map.of("module-info.java", "module fixture.packaged { }", "fixture/A.java", CLASS));
        Path jar = jar(module, "fixture-packaged.jar");
        rewriteWithout(jar, "module-info.class");

        List<String> problems = ModuleDescriptorCheck.problems(module);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("fixture-packaged.jar: has no module-info.class"), problems.get(0));
    }

    /** Compiles the sources into {@code <name>/target/classes}, as a module's build would. */
    private Path build(String name, Map<String, String> sources) throws IOException {
        Path module = temp.resolve(name);
        Path src = module.resolve("src/main/java");
        Path classes = Files.createDirectories(module.resolve("target/classes"));
        List<String> arguments = new ArrayList<>(List.of("--release", "21", "-d", classes.toString()));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, OutputStream.nullOutputStream(), errors, arguments.toArray(String[]::new));
        assertEquals(0, status, errors.toString());
        return module;
    }

    /** Packs {@code target/classes} into {@code target/<name>}. */
    private static Path jar(Path module, String name) throws IOException {
        Path classes = module.resolve("target/classes");
        Path jar = module.resolve("target").resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); var files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static void rewriteWithout(Path jar, String entry) throws IOException {
        Path stripped = jar.resolveSibling("stripped.tmp");
        try (var in = new java.util.jar.JarFile(jar.toFile());
             JarOutputStream out = new JarOutputStream(Files.newOutputStream(stripped))) {
            for (JarEntry e : in.stream().filter(e -> !e.getName().equals(entry)).toList()) {
                out.putNextEntry(new JarEntry(e.getName()));
                out.write(in.getInputStream(e).readAllBytes());
                out.closeEntry();
            }
        }
        Files.move(stripped, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
