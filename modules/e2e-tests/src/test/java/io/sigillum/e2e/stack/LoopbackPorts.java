package io.sigillum.e2e.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Which of the stack's ports on 127.0.0.1 something holds. */
public final class LoopbackPorts {

    private LoopbackPorts() {
    }

    /**
     * Binds each port as the stack's processes do (SO_REUSEADDR, so a socket left in TIME_WAIT by
     * a stopped process does not count).
     *
     * @param ports port to name of the process meant to own it
     * @return "port (name)" for each port that cannot be bound now
     */
    public static List<String> taken(Map<Integer, String> ports) {
        return ports.entrySet().stream()
                .filter(port -> !free(port.getKey()))
                .map(port -> port.getKey() + " (" + port.getValue() + ")")
                .toList();
    }

    /**
     * @param ports   port to name
     * @param timeout how long to give the ports to be released
     * @return the ports still taken after the timeout, empty as soon as all are free
     */
    public static List<String> awaitFree(Map<Integer, String> ports, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> taken = taken(ports);
        while (!taken.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return taken;
            }
            taken = taken(ports);
        }
        return taken;
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
