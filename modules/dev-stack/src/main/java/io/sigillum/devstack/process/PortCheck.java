package io.sigillum.devstack.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Whether a TCP port on the loopback address is free, and waiting for one to accept. */
public final class PortCheck {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private PortCheck() {
    }

    /**
     * Tries to bind the port on 127.0.0.1 as the processes will; if that fails, something holds it
     * (on that address or on every address).
     *
     * @param port the port
     * @return whether a process could listen on it now
     */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Without SO_REUSEADDR a socket in TIME_WAIT still counts as taken; the processes set it,
            // so the check follows them and does not refuse a port a stopped stack just released.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(LOOPBACK, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @param port the port
     * @return whether something on 127.0.0.1 accepts a connection on it
     */
    public static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Polls until the port accepts connections.
     *
     * @param port         the port
     * @param timeout      how long to wait at most
     * @param stillRunning checked between attempts; waiting stops once it says false
     * @return whether the port accepted before the timeout
     */
    public static boolean awaitAccepting(int port, Duration timeout, BooleanSupplier stillRunning) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (accepts(port)) {
                return true;
            }
            if (!stillRunning.getAsBoolean()) {
                return false;
            }
            Sleep.millis(200);
        }
        return accepts(port);
    }
}
