package io.sigillum.e2e.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A throw-away {@code sigillum.home} for one test run. The launcher treats that property as the
 * repository root: it finds the jars and the Artemis distribution under it and keeps its state in
 * its {@code var/}. So the home mirrors the checkout by symlinks to each top-level entry except
 * {@code var/}: the stack runs the checkout's build output, and everything it writes (CA, key
 * stores, broker, databases, logs, pid files) lands here, never in the checkout's own {@code var/}.
 */
public final class StackHome {

    private final Path root;

    private StackHome(Path root) {
        this.root = root;
    }

    /**
     * @param checkout the repository root whose build output the stack runs
     * @return a new home in the temporary directory
     */
    public static StackHome mirroring(Path checkout) {
        try {
            // Real path: the launcher resolves symlinks in the home, and command lines must match it.
            Path root = Files.createTempDirectory("sigillum-e2e-").toRealPath();
            try (Stream<Path> entries = Files.list(checkout)) {
                for (Path entry : entries.toList()) {
                    String name = entry.getFileName().toString();
                    if (!name.equals("var") && !name.startsWith(".")) {
                        Files.createSymbolicLink(root.resolve(name), entry);
                    }
                }
            }
            return new StackHome(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a sigillum home", e);
        }
    }

    /** @return the home, as given to {@code -Dsigillum.home} */
    public Path root() {
        return root;
    }

    /** @return where the launcher keeps a pid file per process ({@code StackLayout.run()}) */
    public Path runDirectory() {
        return root.resolve("var/run");
    }

    /** @return each process's name and pid, from the pid files {@code up} wrote */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new TreeMap<>();
        if (!Files.isDirectory(runDirectory())) {
            return pids;
        }
        try (Stream<Path> files = Files.list(runDirectory())) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
                pids.put(name, Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pid files in " + runDirectory(), e);
        }
        return pids;
    }

    /** Deletes the home; the symlinks go, what they point to stays. */
    public void delete() {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
