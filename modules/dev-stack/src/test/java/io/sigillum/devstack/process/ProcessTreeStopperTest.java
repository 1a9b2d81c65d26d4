package io.sigillum.devstack.process;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessTreeStopperTest {

    @Test
    void stopsTheProcessAndWhatItSpawned() throws Exception {
        // Like `artemis run` or a service that forks: a parent with a child of its own.
        Process parent = new ProcessBuilder("sh", "-c", "sleep 60 & wait").start();
        List<ProcessHandle> children = awaitChildren(parent);

        List<ProcessTreeStopper.Stopped> stopped = ProcessTreeStopper.stop(Map.of("tree", parent.toHandle()), Duration.ofSeconds(10));

        assertEquals(List.of(new ProcessTreeStopper.Stopped("tree", parent.pid(), false)), stopped);
        assertFalse(parent.isAlive());
        children.forEach(child -> assertFalse(child.isAlive(), "child " + child.pid() + " left running"));
    }

    @Test
    void killsWhatIgnoresSigtermAfterTheGracePeriod() throws Exception {
        Process stubborn = new ProcessBuilder("sh", "-c", "trap '' TERM; while true; do sleep 1; done").start();
        awaitChildren(stubborn);

        List<ProcessTreeStopper.Stopped> stopped = ProcessTreeStopper.stop(Map.of("stubborn", stubborn.toHandle()), Duration.ofSeconds(1));

        assertTrue(stopped.get(0).forced());
        assertFalse(stubborn.isAlive());
    }

    private static List<ProcessHandle> awaitChildren(Process parent) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<ProcessHandle> children = parent.children().toList();
            if (!children.isEmpty()) {
                return children;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the test process spawned no child");
    }
}
