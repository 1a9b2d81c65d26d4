package io.sigillum.devstack.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where everything lives: the repository root (the processes' working directory) and the
 * state directory {@code var/} under it.
 *
 * @param root the repository root, absolute
 * @param var  the state directory, absolute
 */
public record StackLayout(Path root, Path var) {

    /** System property that moves the root away from the working directory. */
    public static final String HOME_PROPERTY = "sigillum.home";

    /**
     * The layout for this run: {@code -Dsigillum.home} if set, else the working directory.
     *
     * @return the layout, with real (symlink-free) paths so process command lines match later
     */
    public static StackLayout fromEnvironment() {
        String home = System.getProperty(HOME_PROPERTY, System.getProperty("user.dir"));
        return at(Path.of(home));
    }

    /**
     * @param root the repository root
     * @return the layout with {@code var/} under that root
     */
    public static StackLayout at(Path root) {
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("no such directory: " + root, e);
        }
        return new StackLayout(real, real.resolve("var"));
    }

    public Path pki() {
        return var.resolve("pki");
    }

    public Path caCertificate() {
        return pki().resolve("ca.pem");
    }

    public Path caKey() {
        return pki().resolve("ca-key.pem");
    }

    public Path keyStore(String name) {
        return pki().resolve(name + ".p12");
    }

    public Path trustStore() {
        return pki().resolve("truststore.p12");
    }

    public Path dev() {
        return var.resolve("dev");
    }

    public Path jwtSigningKey() {
        return dev().resolve("jwt-signing-key.pem");
    }

    public Path jwtPublicKey() {
        return dev().resolve("jwt-public.pem");
    }

    public Path secrets() {
        return var.resolve("secrets");
    }

    public Path logs() {
        return var.resolve("logs");
    }

    public Path log(String name) {
        return logs().resolve(name + ".log");
    }

    public Path run() {
        return var.resolve("run");
    }

    public Path pidFile(String name) {
        return run().resolve(name + ".pid");
    }

    public Path cds() {
        return var.resolve("cds");
    }

    public Path cdsArchive(String name) {
        return cds().resolve(name + ".jsa");
    }

    public Path broker() {
        return var.resolve("broker");
    }

    /** @return the directory of one service's own files (its H2 database, its transaction log) */
    public Path serviceData(String name) {
        return var.resolve(name);
    }

    /**
     * @param relative a path relative to the root
     * @return it resolved against the root
     */
    public Path resolve(Path relative) {
        return root.resolve(relative);
    }

    /** @return whether {@code var/} holds a dev stack's files already */
    public boolean initialised() {
        return Files.exists(caCertificate());
    }
}
