package io.sigillum.benchmarks.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Which cores a process may run on ({@code taskset}, Linux): every thread it has now, and so every
 * thread those start later.
 */
final class Cores {

    private Cores() {
    }

    /** Whether pinning can work here: {@code taskset} answers and there are at least two cores. */
    static boolean available() {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return false;
        }
        try {
            return new ProcessBuilder("taskset", "-p", Long.toString(ProcessHandle.current().pid()))
                    .redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Confines every thread of {@code process} to {@code cpus} ({@code 0}, {@code 1}, {@code 0-1}). */
    static void pin(ProcessHandle process, String cpus) throws IOException, InterruptedException {
        Process taskset = new ProcessBuilder("taskset", "-a", "-cp", cpus, Long.toString(process.pid()))
                .redirectErrorStream(true).start();
        String output = new String(taskset.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (taskset.waitFor() != 0) {
            throw new IllegalStateException("taskset failed for " + process.pid() + ": " + output);
        }
    }

    /** All of this machine's cores, as {@code taskset} names them. */
    static String all() {
        return "0-" + (Runtime.getRuntime().availableProcessors() - 1);
    }
}
