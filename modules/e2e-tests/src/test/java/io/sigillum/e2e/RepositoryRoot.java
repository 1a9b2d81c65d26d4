package io.sigillum.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checkout these tests run in, found from this module's directory: the tests look at the
 * other modules' build output and start the launcher from there, as a user does.
 */
public final class RepositoryRoot {

    /** Where this module sits under the root. */
    private static final Path MODULE = Path.of("modules", "e2e-tests");

    private RepositoryRoot() {
    }

    /**
     * @return the repository root, absolute and without symlinks
     * @throws IllegalStateException if this module is not where the root pom says it is
     */
    public static Path locate() {
        // Surefire and failsafe set basedir; an IDE runs tests in the module directory.
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().normalize();
        if (!module.endsWith(MODULE)) {
            throw new IllegalStateException(module + " is not " + MODULE + " of a Sigillum checkout");
        }
        Path root = module.getParent().getParent();
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("modules/dev-stack"))) {
            throw new IllegalStateException(root + " has no pom.xml and modules/dev-stack: not a Sigillum checkout");
        }
        try {
            return root.toRealPath();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot resolve " + root, e);
        }
    }
}
