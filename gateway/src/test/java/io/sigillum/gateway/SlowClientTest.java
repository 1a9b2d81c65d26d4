package io.sigillum.gateway;

import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clients that send a request too slowly, over a raw socket: a header section trickled byte by
 * byte, a body trickled likewise, and a connection that never sends a request line. Each is cut
 * off long before it would have finished; the deadlines are a second here so the test is quick,
 * and what is asserted is that the connection ended, not how fast.
 */
class SlowClientTest {

    /** How long each trickle would take to finish if never cut off: far beyond every deadline. */
    private static final int TRICKLE_STEPS = 300;
    private static final long STEP_MILLIS = 100;

    private static RecordingUpstream upstream;
    private static WebServer gateway;

    @BeforeAll
    static void start() {
        upstream = new RecordingUpstream();
        gateway = GatewayServer.start(RoutingTest.config(Map.of(
                "sigillum.gateway.upstream.issuance.url", upstream.url(),
                "sigillum.gateway.request-header-timeout", "PT1S",
                "sigillum.gateway.request-body-timeout", "PT1S",
                "server.idle-connection-timeout", "PT1S",
                "server.idle-connection-period", "PT0.2S")));
    }

    @AfterAll
    static void stop() {
        gateway.stop();
        upstream.close();
    }

    /** Reads whatever the gateway sends until it closes the connection, on its own thread. */
    private static final class Reader extends Thread {
        final ByteArrayOutputStream received = new ByteArrayOutputStream();
        final CountDownLatch closed = new CountDownLatch(1);
        private final InputStream in;

        Reader(InputStream in) {
            this.in = in;
            setDaemon(true);
            start();
        }

        @Override
        public void run() {
            byte[] buffer = new byte[4096];
            try {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    synchronized (received) {
                        received.write(buffer, 0, read);
                    }
                }
            } catch (IOException reset) {
                // closed just as well
            }
            closed.countDown();
        }

        String text() {
            synchronized (received) {
                return received.toString(StandardCharsets.ISO_8859_1);
            }
        }
    }

    /**
     * Sends {@code head} at once, then one byte of {@code trickle} every step until the gateway
     * closes the connection (writing may fail first) or the bytes run out.
     *
     * @return what the gateway sent before closing
     */
    private static String trickle(String head, byte trickle) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", gateway.port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            Reader reader = new Reader(socket.getInputStream());
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            for (int step = 0; step < TRICKLE_STEPS && reader.closed.getCount() > 0; step++) {
                try {
                    out.write(trickle);
                    out.flush();
                } catch (IOException closed) {
                    break;
                }
                reader.closed.await(STEP_MILLIS, TimeUnit.MILLISECONDS);
            }
            assertTrue(reader.closed.await(30, TimeUnit.SECONDS), "the gateway never closed the connection");
            assertTrue(reader.closed.getCount() == 0);
            return reader.text();
        }
    }

    @Test
    void aClientTricklingItsHeadersIsCutOffWithoutReachingTheService() throws Exception {
        int before = upstream.seen().size();
        // An endless header line, a byte at a time: each byte arrives well within the read timeout.
        String received = trickle("GET /nonce HTTP/1.1\r\nHost: gateway\r\nX-Slow: ", (byte) 'a');
        assertEquals("", received, "no answer, the connection just ends");
        assertEquals(before, upstream.seen().size());

        // The deadline is the client's, not the connection's: a prompt request afterwards is served.
        RawHttp.Answer prompt = RawHttp.exchange(gateway.port(), "GET /nonce HTTP/1.1\r\nHost: gateway\r\nConnection: close\r\n\r\n");
        assertEquals(200, prompt.status());
    }

    @Test
    void aClientTricklingItsBodyIsAnswered408AndCutOff() throws Exception {
        String received = trickle("POST /credential HTTP/1.1\r\nHost: gateway\r\nContent-Type: text/plain\r\n"
                + "Content-Length: " + (TRICKLE_STEPS + 10) + "\r\n\r\n", (byte) 'b');
        assertTrue(received.startsWith("HTTP/1.1 408 "), received);
        assertTrue(received.contains("urn:sigillum:problem:gateway:request-timeout"), received);
        assertTrue(received.toLowerCase().contains("connection: close"), received);
    }

    @Test
    void aClientThatStopsSendingItsBodyIsCutOff() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", gateway.port())) {
            socket.setSoTimeout(60_000);
            Reader reader = new Reader(socket.getInputStream());
            socket.getOutputStream().write(("POST /credential HTTP/1.1\r\nHost: gateway\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: 100\r\n\r\n{\"half\":").getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            assertTrue(reader.closed.await(30, TimeUnit.SECONDS), "a stalled body kept the connection open");
        }
    }

    @Test
    void aClientTricklingItsRequestLineIsCutOff() throws Exception {
        int before = upstream.seen().size();
        assertEquals("", trickle("GET /nonce", (byte) 'e'));
        assertEquals(before, upstream.seen().size());
    }

    @Test
    void anIdleKeptAliveConnectionIsClosed() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", gateway.port())) {
            socket.setSoTimeout(60_000);
            Reader reader = new Reader(socket.getInputStream());
            socket.getOutputStream().write("GET /nonce HTTP/1.1\r\nHost: gateway\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            assertTrue(reader.closed.await(30, TimeUnit.SECONDS), "an idle connection was kept open");
            assertTrue(reader.text().startsWith("HTTP/1.1 200 "), reader.text());
        }
    }
}
