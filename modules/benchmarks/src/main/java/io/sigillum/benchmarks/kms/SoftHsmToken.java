package io.sigillum.benchmarks.kms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A fresh SoftHSM2 token in the run's working directory, for the service's pkcs11 backend: its own
 * configuration file ({@code SOFTHSM2_CONF}) and token directory, initialised with
 * {@code softhsm2-util}.
 *
 * @param library the PKCS#11 library
 * @param slot    the slot id SoftHSM2 gave the token
 * @param pin     the user PIN
 * @param conf    the configuration file the service must be given as {@code SOFTHSM2_CONF}
 */
record SoftHsmToken(Path library, long slot, String pin, Path conf) {

    /** Where Debian and Ubuntu put the library; {@code SIGILLUM_PKCS11_LIBRARY} names another. */
    private static final List<Path> LIBRARIES = List.of(
            Path.of("/usr/lib/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"));
    private static final String UTIL = "softhsm2-util";
    private static final Pattern SLOT = Pattern.compile("reassigned to slot (\\d+)");

    /** Either a token or why there is none. */
    sealed interface Outcome permits Ready, Skipped {
    }

    /** @param token the initialised token */
    record Ready(SoftHsmToken token) implements Outcome {
    }

    /** @param reason why the pkcs11 rows are skipped */
    record Skipped(String reason) implements Outcome {
    }

    /** Initialises a token under {@code directory}, or says why it cannot. */
    static Outcome prepare(Path directory) throws IOException, InterruptedException {
        Optional<Path> library = findLibrary();
        if (library.isEmpty()) {
            return new Skipped("no SoftHSM2 library (looked at " + LIBRARIES + " and SIGILLUM_PKCS11_LIBRARY)");
        }
        Optional<Path> util = onPath(UTIL);
        if (util.isEmpty()) {
            return new Skipped("no " + UTIL + " on the PATH");
        }
        Path tokens = Files.createDirectories(directory.resolve("tokens"));
        Path conf = directory.resolve("softhsm2.conf");
        Files.writeString(conf, "directories.tokendir = " + tokens.toAbsolutePath() + "\n"
                + "objectstore.backend = file\n"
                + "log.level = ERROR\n", StandardCharsets.US_ASCII);
        String pin = "bench-pin";
        ProcessBuilder init = new ProcessBuilder(util.get().toString(), "--init-token", "--free",
                "--label", "sigillum-kms-load", "--pin", pin, "--so-pin", "bench-so-pin").redirectErrorStream(true);
        init.environment().put("SOFTHSM2_CONF", conf.toAbsolutePath().toString());
        Process process = init.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            return new Skipped(UTIL + " --init-token failed: " + output.strip());
        }
        Matcher slot = SLOT.matcher(output);
        if (!slot.find()) {
            return new Skipped(UTIL + " did not say which slot it used: " + output.strip());
        }
        return new Ready(new SoftHsmToken(library.get(), Long.parseLong(slot.group(1)), pin, conf.toAbsolutePath()));
    }

    /** @return the service configuration that points its pkcs11 backend at this token */
    Map<String, String> serviceProperties() {
        return Map.of("sigillum.kms.pkcs11.library", library.toString(),
                "sigillum.kms.pkcs11.slot", Long.toString(slot),
                "sigillum.kms.pkcs11.pin", pin);
    }

    private static Optional<Path> findLibrary() {
        String configured = System.getenv("SIGILLUM_PKCS11_LIBRARY");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isRegularFile);
        }
        return LIBRARIES.stream().filter(Files::isRegularFile).findFirst();
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(java.io.File.pathSeparator))
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, command))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
