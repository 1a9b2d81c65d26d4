package io.sigillum.devstack.broker;

import io.sigillum.devstack.StackException;
import io.sigillum.devstack.stack.StackLayout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The Apache Artemis distribution the build unpacked under {@code modules/dev-stack/target/artemis/}
 * (the {@code unpack-artemis} execution in this module's pom).
 *
 * @param home    the distribution's directory
 * @param version its version
 */
public record ArtemisDistribution(Path home, String version) {

    private static final String BUILD_PROPERTIES = "dev-stack.properties";

    /**
     * @param layout the repository layout
     * @return the distribution
     * @throws StackException if the build has not unpacked it
     */
    public static ArtemisDistribution locate(StackLayout layout) {
        Properties build = buildProperties();
        Path home = layout.resolve(Path.of(build.getProperty("artemis.home")));
        ArtemisDistribution distribution = new ArtemisDistribution(home, build.getProperty("artemis.version"));
        if (!Files.isExecutable(distribution.launcher())) {
            throw new StackException("the Artemis " + distribution.version() + " distribution is missing ("
                    + layout.root().relativize(home) + "); run ./mvnw -DskipTests install first");
        }
        return distribution;
    }

    /** @return the distribution's {@code bin/artemis} script, which creates broker instances */
    public Path launcher() {
        return home.resolve("bin").resolve("artemis");
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = ArtemisDistribution.class.getResourceAsStream("/io/sigillum/devstack/" + BUILD_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(BUILD_PROPERTIES + " is missing from the dev-stack jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILD_PROPERTIES, e);
        }
        return properties;
    }
}
