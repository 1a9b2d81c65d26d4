package io.sigillum.e2e.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that a module's build output is a strict named module: a {@code module-info.class} that
 * is not {@code open}, both in {@code target/classes} and, once packaged, in its jar. Read the way
 * the JDK reads modules ({@link ModuleFinder}), so a jar without one shows up as automatic.
 */
public final class ModuleDescriptorCheck {

    private ModuleDescriptorCheck() {
    }

    /**
     * @param moduleDir a module's directory (with {@code target/} built)
     * @return what is wrong, one line each; empty if the module is strict
     */
    public static List<String> problems(Path moduleDir) {
        List<String> problems = new ArrayList<>();
        Path target = moduleDir.resolve("target");
        Path classes = target.resolve("classes");
        if (!Files.isRegularFile(classes.resolve("module-info.class"))) {
            problems.add(moduleDir + ": no target/classes/module-info.class (not built, or no module-info.java;"
                    + " a module missing from the e2e-tests dependencies is not built by -am)");
        } else {
            check(moduleDir + " target/classes", classes).ifPresent(problems::add);
        }
        for (Path jar : jars(target)) {
            check(moduleDir + " " + jar.getFileName(), jar).ifPresent(problems::add);
        }
        return problems;
    }

    /**
     * @param what     how to name it in a problem
     * @param location an exploded module directory or a modular jar
     * @return the problem, if the module found there is automatic or open
     */
    static Optional<String> check(String what, Path location) {
        Set<ModuleReference> found;
        try {
            found = ModuleFinder.of(location).findAll();
        } catch (FindException e) {
            return Optional.of(what + ": not a module (" + e.getMessage() + ")");
        }
        if (found.size() != 1) {
            return Optional.of(what + ": holds " + found.size() + " modules, not one");
        }
        ModuleDescriptor descriptor = found.iterator().next().descriptor();
        if (descriptor.isAutomatic()) {
            return Optional.of(what + ": has no module-info.class (automatic module " + descriptor.name() + ")");
        }
        if (descriptor.isOpen()) {
            return Optional.of(what + ": module " + descriptor.name() + " is open; open only packages, and only to the framework that needs them");
        }
        return Optional.empty();
    }

    /** The module's main jars: sources, javadoc and test jars are not modules. */
    private static List<Path> jars(Path target) {
        if (!Files.isDirectory(target)) {
            return List.of();
        }
        try (var files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .filter(f -> !f.getFileName().toString().matches(".*-(tests|sources|javadoc)\\.jar"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + target, e);
        }
    }
}
