package io.sigillum.devstack.process;

import io.sigillum.devstack.StackException;

import java.nio.file.Files;
import java.nio.file.Path;

/** The JDK running the launcher, which also runs every process it starts. */
public final class JavaRuntime {

    /** Helidon 4 needs Java 21. */
    public static final int MINIMUM_FEATURE_VERSION = 21;

    private JavaRuntime() {
    }

    /** @throws StackException if this JDK is older than {@link #MINIMUM_FEATURE_VERSION} */
    public static void requireSupportedVersion() {
        requireSupportedVersion(Runtime.version().feature(), home());
    }

    static void requireSupportedVersion(int feature, Path home) {
        if (feature < MINIMUM_FEATURE_VERSION) {
            throw new StackException("needs a JDK " + MINIMUM_FEATURE_VERSION + " or newer (found Java "
                    + feature + " at " + home + "); set JAVA_HOME");
        }
    }

    /** @return this JDK's home, to give the broker as JAVA_HOME */
    public static Path home() {
        return Path.of(System.getProperty("java.home"));
    }

    /** @return this JDK's {@code java} launcher */
    public static Path javaLauncher() {
        Path java = home().resolve("bin").resolve("java");
        return Files.isExecutable(java) ? java : home().resolve("bin").resolve("java.exe");
    }
}
