package io.sigillum.gateway;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A service behind the gateway that records what reaches it. Most paths echo the body back with
 * the headers an OpenID4VCI endpoint answers with (and some hop-by-hop ones that must not pass).
 * {@code /nonce/hang} never answers until closed, {@link #SLOW} answers late, {@link #NO_CONTENT} with 204; {@code /token/upload} and
 * {@code /credential-offers/download} prove the bodies are streamed (see {@link #uploadSeen}, {@link #downloadSeen});
 * {@link #OWN_HEADERS} states fields the gateway also sets.
 */
final class RecordingUpstream implements AutoCloseable {

    /** A request as the upstream received it. */
    record Seen(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            List<String> values = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            return values == null ? null : String.join(", ", values);
        }
    }

    /** Answers with its own Referrer-Policy, X-Frame-Options, Access-Control-Allow-Origin, RateLimit and Vary. */
    static final String OWN_HEADERS = "/credential-offers/own-headers";

    /** Answers "slow" after {@link #SLOW_MILLIS}. */
    static final String SLOW = "/token/slow";
    static final long SLOW_MILLIS = 300;
    /** Answers 204, no content. */
    static final String NO_CONTENT = "/token/no-content";

    static final int STREAMED = 8 * 1024 * 1024;
    static final int FIRST_PART = 256 * 1024;
    /**
     * What the upstream must have read of an upload's first part to say so: less than all of it,
     * as a client may hold its last read-ahead buffer until it has the next.
     */
    static final int UPLOAD_SEEN = FIRST_PART / 2;

    /** Counted down by the upload once the first part reached the upstream, the client still sending. */
    final CountDownLatch uploadSeen = new CountDownLatch(1);
    /** Counted down by the test once the first part of the download reached it, the upstream still sending. */
    final CountDownLatch downloadSeen = new CountDownLatch(1);

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final WebServer server;

    RecordingUpstream() {
        server = WebServer.builder().host("127.0.0.1").port(0).maxPayloadSize(-1)
                .routing(r -> r.any(this::handle))
                .build().start();
    }

    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    int port() {
        return server.port();
    }

    List<Seen> seen() {
        return seen;
    }

    Seen last() {
        return seen.getLast();
    }

    /** How many connections the requests came on (told apart by the client's port). */
    int connections() {
        return clientPorts.size();
    }

    private void handle(ServerRequest request, ServerResponse response) throws Exception {
        String path = request.prologue().uriPath().rawPath();
        if (path.equals("/token/upload")) {
            upload(request, response);
            return;
        }
        byte[] body = request.content().hasEntity() ? request.content().inputStream().readAllBytes() : new byte[0];
        seen.add(new Seen(request.prologue().method().text(), path, request.query().rawValue(),
                request.headers().toMap(), body));
        clientPorts.add(((InetSocketAddress) request.remotePeer().address()).getPort());
        if (path.equals(SLOW)) {
            Thread.sleep(SLOW_MILLIS);
            response.send("slow");
            return;
        }
        if (path.equals(NO_CONTENT)) {
            response.status(Status.NO_CONTENT_204).send();
            return;
        }
        if (path.equals("/nonce/hang")) {
            closing.await(30, TimeUnit.SECONDS);
            response.send("too late");
            return;
        }
        if (path.equals("/credential-offers/download")) {
            download(response);
            return;
        }
        if (path.equals(OWN_HEADERS)) {
            // A service that states some of the gateway's fields itself.
            response.header("Referrer-Policy", "strict-origin")
                    .header("X-Frame-Options", "SAMEORIGIN")
                    .header("Access-Control-Allow-Origin", "*")
                    .header("RateLimit", "\"service\";r=5;t=10")
                    .header(HeaderNames.VARY, "Accept-Encoding")
                    .send("own");
            return;
        }
        response.status(path.startsWith("/credential") ? Status.CREATED_201 : Status.OK_200)
                .header("DPoP-Nonce", "nonce-from-upstream")
                .header(HeaderNames.WWW_AUTHENTICATE, "DPoP error=\"use_dpop_nonce\"")
                .header(HeaderNames.CACHE_CONTROL, "no-store")
                .header(HeaderNames.LOCATION, "/credential-offers/abc")
                .header("X-Correlation-Id", "upstream-own-id")
                .header("Keep-Alive", "timeout=5")
                .header("Proxy-Authenticate", "Basic realm=\"inside\"")
                .header("X-Hop-Secret", "named in Connection")
                .header(HeaderNames.CONNECTION, "keep-alive, X-Hop-Secret")
                .header(HeaderNames.CONTENT_TYPE, request.headers().first(HeaderNames.CONTENT_TYPE).orElse("text/plain"))
                .send(body);
    }

    /** Reads the first part, says so, then the rest; answers with the length read. */
    private void upload(ServerRequest request, ServerResponse response) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = request.content().inputStream()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                total += read;
                if (total >= UPLOAD_SEEN) {
                    uploadSeen.countDown();
                }
            }
        }
        seen.add(new Seen(request.prologue().method().text(), "/token/upload", "", request.headers().toMap(), new byte[0]));
        response.send("received " + total);
    }

    /** Sends the first part, waits until the client has it, then the rest: no proxy holding it all would pass this. */
    private void download(ServerResponse response) throws Exception {
        OutputStream out = response.outputStream();
        out.write(pattern(0, FIRST_PART));
        out.flush();
        if (!downloadSeen.await(30, TimeUnit.SECONDS)) {
            throw new IOException("the first part never reached the client"); // cut off: the test sees a short body
        }
        for (int offset = FIRST_PART; offset < STREAMED; offset += FIRST_PART) {
            out.write(pattern(offset, Math.min(FIRST_PART, STREAMED - offset)));
        }
        out.close();
    }

    /** Bytes that differ by position, so a reordered or repeated part shows. */
    static byte[] pattern(int offset, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) ((offset + i) * 31 >>> 3);
        }
        return bytes;
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop();
    }
}
