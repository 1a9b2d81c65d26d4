package io.sigillum.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client sends: dot-segments kept,
 * backslashes, both Content-Length and Transfer-Encoding, hop-by-hop fields the JDK's client
 * refuses to set.
 */
final class RawHttp {

    /** One answer: status, header lines, body (de-chunked), and everything received, raw. */
    record Answer(int status, List<String> headerLines, String body, String raw, boolean closedAfter) {
        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headerLines.stream().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(l -> l.substring(prefix.length()).strip()).findFirst().orElse(null);
        }
    }

    private RawHttp() {
    }

    /**
     * Sends the bytes as they are and reads one answer (by its Content-Length or chunks), then
     * whether the server closed the connection after it: a second answer or bytes still open
     * after a short wait count as not closed.
     */
    static Answer exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
            Answer answer = new Answer(status, headers, null, head, false);
            String body;
            if ("chunked".equalsIgnoreCase(answer.header("Transfer-Encoding"))) {
                body = readChunks(in);
            } else {
                String length = answer.header("Content-Length");
                body = new String(in.readNBytes(length == null ? 0 : Integer.parseInt(length)), StandardCharsets.ISO_8859_1);
            }
            return new Answer(status, headers, body, head + body, closed(socket, in));
        }
    }

    private static boolean closed(Socket socket, InputStream in) throws IOException {
        socket.setSoTimeout(2_000);
        try {
            return in.read() < 0;
        } catch (java.net.SocketTimeoutException open) {
            return false;
        } catch (java.net.SocketException reset) {
            return true;
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new AssertionError("no complete answer: " + head);
            }
            head.append((char) b);
        }
        return head.substring(0, head.length() - 4);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0) {
                throw new AssertionError("cut off in a chunk line: " + line);
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static String readChunks(InputStream in) throws IOException {
        StringBuilder body = new StringBuilder();
        while (true) {
            int size = Integer.parseInt(line(in).strip(), 16);
            if (size == 0) {
                line(in);
                return body.toString();
            }
            body.append(new String(in.readNBytes(size), StandardCharsets.ISO_8859_1));
            line(in);
        }
    }
}
