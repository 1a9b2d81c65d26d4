package io.sigillum.devstack.process;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessOwnershipTest {

    @Test
    void everyMarkerMustAppearInTheCommandLine() {
        String commandLine = "/usr/bin/java -XX:+UseSerialGC -jar /repo/modules/status-service/target/sigillum-status-service.jar";
        assertTrue(ProcessOwnership.matches(commandLine, List.of("/repo/modules/status-service/target/sigillum-status-service.jar")));
        assertFalse(ProcessOwnership.matches(commandLine, List.of("/repo/gateway/target/sigillum-gateway.jar")));
        assertFalse(ProcessOwnership.matches(commandLine, List.of("sigillum-status-service.jar", "artemis")));
        assertFalse(ProcessOwnership.matches(commandLine, List.of()), "no markers must never match");
    }

    @Test
    void aLiveProcessWithTheMarkerIsOurs() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            Optional<ProcessHandle> handle = ProcessHandle.of(sleeper.pid());
            assertTrue(ProcessOwnership.isOurs(handle, List.of("sleep", "30")));
            // A reused pid: alive, but running something else.
            assertFalse(ProcessOwnership.isOurs(handle, List.of("sigillum-issuance-service.jar")));
        } finally {
            sleeper.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aDeadOrMissingProcessIsNotOurs() throws Exception {
        Process quick = new ProcessBuilder("true").start();
        ProcessHandle handle = quick.toHandle();
        quick.waitFor(5, TimeUnit.SECONDS);
        assertFalse(ProcessOwnership.isOurs(Optional.of(handle), List.of("true")));
        assertFalse(ProcessOwnership.isOurs(Optional.empty(), List.of("java")));
    }
}
