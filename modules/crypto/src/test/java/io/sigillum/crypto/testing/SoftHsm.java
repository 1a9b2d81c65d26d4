package io.sigillum.crypto.testing;

import io.sigillum.crypto.pkcs11.Pkcs11Config;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * SoftHSM2 tokens for the PKCS#11 tests: made once per test JVM, fresh, in a token directory of
 * the build's own (never the machine's), and skipped with a clear message where SoftHSM2 is not
 * installed (or failed, where {@value #REQUIRED_VARIABLE} is {@code true}).
 *
 * <p>SoftHSM2 reads {@code SOFTHSM2_CONF} once, when the library first loads. A JVM cannot set
 * its own environment, so the build sets the variable for the test JVM (surefire's
 * {@code environmentVariables} in this module's POM) and this class writes the file it names.
 * It must do so before anything in the JVM loads the library: every test that touches SoftHSM2
 * gets its configuration from here, and {@link #tokens()} finishes before returning one.
 */
public final class SoftHsm {

    /** Why the tests are skipped on a machine without SoftHSM2. */
    public static final String NOT_INSTALLED = "SoftHSM2 not installed (Debian package softhsm2): PKCS#11 tests skipped";

    /** Overrides where the library is looked for. */
    public static final String LIBRARY_VARIABLE = "SIGILLUM_PKCS11_LIBRARY";

    /** Set to {@code true} (CI does) to fail instead of skipping, so the tests cannot go quietly missing. */
    public static final String REQUIRED_VARIABLE = "SIGILLUM_PKCS11_REQUIRED";

    /** Debian's path, then the multiarch one some versions and derivatives use. */
    private static final List<Path> LIBRARY_PATHS = List.of(
            Path.of("/usr/lib/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"));

    private static final String UTIL = "softhsm2-util";
    private static final String CONF_VARIABLE = "SOFTHSM2_CONF";
    private static final String SO_PIN = "5647382910";
    private static final String USER_PIN = "1029384756";
    private static final Pattern REASSIGNED = Pattern.compile("reassigned to slot (\\d+)");

    /**
     * The tokens: one for most tests, and one nothing logs in to before the wrong-PIN test
     * (PKCS#11 keeps one login per process and token, and a token already logged in to does not
     * check a PIN again).
     *
     * @param library the SoftHSM2 library
     * @param main    the general token
     * @param login   the token for login tests
     */
    public record Tokens(Path library, Pkcs11Config main, Pkcs11Config login) {
    }

    private static Tokens tokens;
    private static String skipped;
    private static Path tokenDirectory;

    private SoftHsm() {
    }

    /**
     * Makes the tokens the first time; skips the calling test (a JUnit assumption) where
     * SoftHSM2 is missing.
     *
     * @return the tokens
     */
    public static synchronized Tokens tokens() {
        if (tokens == null && skipped == null) {
            setUp();
            if (skipped != null) {
                // Once, so the build log says why, not only the test reports.
                System.out.println(skipped);
            }
        }
        if (skipped != null && Boolean.parseBoolean(System.getenv(REQUIRED_VARIABLE))) {
            throw new IllegalStateException("the PKCS#11 tests are required (" + REQUIRED_VARIABLE
                    + "=true) but cannot run: " + skipped);
        }
        assumeTrue(skipped == null, skipped);
        return tokens;
    }

    /** @return a fresh copy of the user PIN of both tokens; the caller may clear it */
    public static char[] pin() {
        return USER_PIN.toCharArray();
    }

    /** @return the user PIN, to check that no message contains it */
    public static String pinText() {
        return USER_PIN;
    }

    /**
     * Counts the token objects (keys, certificates) SoftHSM2's file store holds, in all tokens:
     * one file each, beside a {@code token.object} file per token that describes the token itself.
     *
     * @return how many there are now
     */
    public static synchronized long storedObjects() throws IOException {
        tokens();
        try (Stream<Path> files = Files.walk(tokenDirectory)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".object") && !name.equals("token.object"))
                    .count();
        }
    }

    /** @return the SoftHSM2 library, or empty where it is not installed (no token is made) */
    public static Optional<Path> library() {
        String configured = System.getenv(LIBRARY_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        }
        return LIBRARY_PATHS.stream().filter(Files::isRegularFile).findFirst();
    }

    private static void setUp() {
        Optional<Path> library = library();
        Optional<Path> util = onPath(UTIL);
        if (library.isEmpty() || util.isEmpty()) {
            skipped = NOT_INSTALLED;
            return;
        }
        String conf = System.getenv(CONF_VARIABLE);
        if (conf == null || conf.isBlank()) {
            skipped = CONF_VARIABLE + " is not set: run the PKCS#11 tests through Maven, which sets it "
                    + "(modules/crypto/pom.xml); PKCS#11 tests skipped";
            return;
        }
        try {
            Path confFile = Path.of(conf).toAbsolutePath();
            Path tokenDir = confFile.resolveSibling("tokens");
            tokenDirectory = tokenDir;
            deleteRecursively(tokenDir);
            Files.createDirectories(tokenDir);
            Files.writeString(confFile, """
                    # Written by the PKCS#11 tests: a token directory of this build's own.
                    directories.tokendir = %s
                    objectstore.backend = file
                    log.level = ERROR
                    slots.removable = false
                    """.formatted(tokenDir), StandardCharsets.UTF_8);
            long main = initToken(util.get(), "sigillum-test");
            long login = initToken(util.get(), "sigillum-login-test");
            tokens = new Tokens(library.get(), Pkcs11Config.of(library.get(), main), Pkcs11Config.of(library.get(), login));
        } catch (IOException e) {
            throw new IllegalStateException("cannot make the SoftHSM2 tokens", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making the SoftHSM2 tokens", e);
        }
    }

    /** Initialises a token in the first free slot; SoftHSM2 then moves it to a slot id of its own. */
    private static long initToken(Path util, String label) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(util.toString(), "--init-token", "--free", "--label", label,
                "--so-pin", SO_PIN, "--pin", USER_PIN)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(UTIL + " --init-token failed: " + output.strip());
        }
        Matcher slot = REASSIGNED.matcher(output);
        if (!slot.find()) {
            throw new IllegalStateException(UTIL + " did not say which slot the token is in: " + output.strip());
        }
        return Long.parseLong(slot.group(1));
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        return Stream.of(path.split(File.pathSeparator))
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, command))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
