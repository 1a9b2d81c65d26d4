package io.sigillum.devstack.process;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortCheckTest {

    @Test
    void aPortSomeoneListensOnIsNotFree() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertFalse(PortCheck.isFree(port));
            assertTrue(PortCheck.accepts(port));
        }
    }

    @Test
    void aListenerOnAllAddressesAlsoTakesTheLoopbackPort() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            assertFalse(PortCheck.isFree(taken.getLocalPort()));
        }
    }

    @Test
    void aReleasedPortIsFreeAgain() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        assertTrue(PortCheck.isFree(port));
        assertFalse(PortCheck.accepts(port));
    }

    @Test
    void awaitingAClosedPortGivesUpWhenTheProcessIsGone() {
        long began = System.nanoTime();
        assertFalse(PortCheck.awaitAccepting(freePort(), Duration.ofSeconds(30), () -> false));
        assertTrue(Duration.ofNanos(System.nanoTime() - began).compareTo(Duration.ofSeconds(5)) < 0);
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
