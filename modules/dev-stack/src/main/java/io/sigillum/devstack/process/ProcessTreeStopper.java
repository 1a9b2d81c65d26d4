package io.sigillum.devstack.process;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Stops processes with everything they spawned: SIGTERM ({@link ProcessHandle#destroy()}) to each
 * process and its descendants, a grace period for orderly shutdown (the broker syncs its
 * journal, the services close their databases), then SIGKILL to whatever is left.
 */
public final class ProcessTreeStopper {

    /**
     * How long processes get to exit after SIGTERM. Generous: after a service's first run its JVM
     * writes its class-data-sharing archive on exit, several at once on a small machine, and a
     * killed JVM leaves no archive, so every later start would be cold.
     */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(60);

    /**
     * What happened to one process.
     *
     * @param name   its name
     * @param pid    its pid
     * @param forced whether it had to be killed after the grace period
     */
    public record Stopped(String name, long pid, boolean forced) {
    }

    private ProcessTreeStopper() {
    }

    /**
     * @param processes name to process, stopped together
     * @param grace     how long to wait after SIGTERM before SIGKILL
     * @return one result per process, in the given order
     */
    public static List<Stopped> stop(Map<String, ProcessHandle> processes, Duration grace) {
        Map<String, List<ProcessHandle>> trees = new LinkedHashMap<>();
        // Descendants are collected before any signal: once a parent exits, its children are
        // re-parented and no longer show up as its descendants.
        processes.forEach((name, process) -> trees.put(name, tree(process)));
        trees.values().forEach(tree -> tree.forEach(ProcessHandle::destroy));

        Instant deadline = Instant.now().plus(grace);
        List<Stopped> results = new ArrayList<>();
        for (Map.Entry<String, List<ProcessHandle>> entry : trees.entrySet()) {
            boolean forced = false;
            for (ProcessHandle handle : entry.getValue()) {
                if (!awaitExit(handle, deadline)) {
                    handle.destroyForcibly();
                    awaitExit(handle, Instant.now().plusSeconds(5));
                    forced = true;
                }
            }
            results.add(new Stopped(entry.getKey(), processes.get(entry.getKey()).pid(), forced));
        }
        return results;
    }

    private static List<ProcessHandle> tree(ProcessHandle process) {
        return Stream.concat(Stream.of(process), process.descendants()).toList();
    }

    private static boolean awaitExit(ProcessHandle handle, Instant deadline) {
        long millis = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
        try {
            handle.onExit().get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        }
    }
}
