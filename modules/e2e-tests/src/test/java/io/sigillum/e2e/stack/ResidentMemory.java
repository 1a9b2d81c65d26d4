package io.sigillum.e2e.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** Resident memory (VmRSS) of a process and its descendants, from Linux's {@code /proc}. */
public final class ResidentMemory {

    private ResidentMemory() {
    }

    /**
     * The process's own RSS plus its descendants'. The broker's pid is its start script's, and
     * the JVM may run as that script's child, so the tree is what the process costs.
     *
     * @param pid a pid
     * @return the total in KiB, or empty if the process is gone or /proc is not there
     */
    public static OptionalLong ofTree(long pid) {
        OptionalLong own = of(pid);
        if (own.isEmpty()) {
            return own;
        }
        long descendants = ProcessHandle.of(pid).stream()
                .flatMap(ProcessHandle::descendants)
                .flatMapToLong(child -> of(child.pid()).stream())
                .sum();
        return OptionalLong.of(own.getAsLong() + descendants);
    }

    /**
     * @param pid a pid
     * @return its VmRSS in KiB, or empty if the process is gone or /proc is not there
     */
    public static OptionalLong of(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            // "VmRSS:	  123456 kB"
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst();
        } catch (IOException | UncheckedIOException e) {
            return OptionalLong.empty();
        }
    }
}
