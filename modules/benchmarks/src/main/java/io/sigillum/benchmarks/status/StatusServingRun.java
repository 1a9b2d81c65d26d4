package io.sigillum.benchmarks.status;

import io.sigillum.benchmarks.service.ServiceProcess;
import io.sigillum.benchmarks.service.ServiceProperties;
import io.sigillum.benchmarks.service.TokenIssuer;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.pem.Pem;
import io.sigillum.crypto.sign.Verifier;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * GET throughput of a Status List Token: the status service (a real child process serving its
 * token from memory) and the gateway (a child process serving it from its edge cache, filled from
 * that service) against nginx serving the same bytes as a static file, all under the same
 * {@code wrk} load on this machine, in one run. The list is 2^20 entries of 2 bits with
 * {@code --revoked} random entries revoked (default 1%), so the token has a realistic size.
 *
 * <p>Needs {@code wrk} and {@code nginx} on the PATH (Debian: {@code wrk}, {@code nginx-light}),
 * and the jars: {@code ./mvnw -q -pl modules/status-service,gateway,modules/benchmarks -am package
 * -DskipTests}, then {@code java -cp modules/benchmarks/target/benchmarks.jar
 * io.sigillum.benchmarks.status.StatusServingRun [--revoked N] [--duration S] [--connections C]
 * [--propagation N]}. Then revocation propagation: {@code --propagation} revocations (default 1,000),
 * one at a time, each timed until the served token shows it.
 */
public final class StatusServingRun {

    private static final Path JAR = Path.of("modules/status-service/target/sigillum-status-service.jar");
    private static final Path GATEWAY_JAR = Path.of("gateway/target/sigillum-gateway.jar");

    private StatusServingRun() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int revoked = Integer.parseInt(options.getOrDefault("revoked", "10486"));
        int duration = Integer.parseInt(options.getOrDefault("duration", "10"));
        int connections = Integer.parseInt(options.getOrDefault("connections", "32"));
        int propagations = Integer.parseInt(options.getOrDefault("propagation", "1000"));
        Path work = Files.createTempDirectory("sigillum-status-serving");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        TokenIssuer issuer = TokenIssuer.create(work);
        int port = ServiceProcess.freePort();
        KeyPair signing = EcKeyPairs.p256();
        try (ServiceProcess service = ServiceProcess.start(JAR, "512m", List.of("-XX:+UseSerialGC"), port,
                properties(work, port, issuer, signing), Map.of(), work.resolve("status.log"))) {
            service.awaitLive(client, Duration.ofSeconds(120));
            StatusApi api = new StatusApi(client, service.base(), issuer);
            System.out.println("# allocating and revoking " + revoked + " entries of a 2^20-entry list");
            String listId = fill(api, revoked);
            StatusApi.Token token = api.awaitToken(listId, revoked, Duration.ofSeconds(60));
            System.out.printf("# token: %,d bytes (JWT), list %s version %d%n", token.body().length, listId, token.version());
            Path nginxDirectory = Files.createTempDirectory("sigillum-status-nginx");
            int gatewayPort = ServiceProcess.freePort();
            try (Nginx nginx = Nginx.serve(nginxDirectory, token.body(), "application/statuslist+jwt");
                 ServiceProcess gateway = ServiceProcess.start(GATEWAY_JAR, "256m", List.of("-XX:+UseSerialGC"), gatewayPort,
                         gatewayProperties(gatewayPort, service.base(), issuer), Map.of(), work.resolve("gateway.log"))) {
                gateway.awaitLive(client, Duration.ofSeconds(60));
                URI serviceUri = service.base().resolve("/status-lists/" + listId);
                URI gatewayUri = gateway.base().resolve("/status-lists/" + listId);
                requireSameToken(client, gatewayUri, token);
                Wrk wrk = new Wrk(2, connections);
                System.out.println("# warming up the service and the gateway: " + duration + " s each");
                wrk.run(serviceUri, duration);
                wrk.run(gatewayUri, duration);
                Wrk.Result nginxResult = wrk.run(nginx.uri(), duration);
                Wrk.Result serviceResult = wrk.run(serviceUri, duration);
                Wrk.Result gatewayResult = wrk.run(gatewayUri, duration);
                print(token, connections, duration, nginxResult, serviceResult, gatewayResult);
                ProxiedRoute route = new ProxiedRoute(client, service.base(), gateway.base(), listId,
                        issuer.token("bench-admin", "status-admin"), service.handle(), gateway.handle());
                route.requireForwarded(token.body());
                System.out.println("# the gateway's protected route to the same list, and the service direct: warm-up "
                        + duration + " s each");
                ProxiedRouteReport.print(connections, duration, route.measure(wrk, duration));
            } finally {
                delete(nginxDirectory);
            }
            if (propagations > 0) {
                List<StatusApi.Entry> entries = allocate(api, propagations);
                System.out.println("# revoking " + propagations + " entries one at a time, polling the token until it shows each");
                Propagation.Result result = new Propagation(client, api, Verifier.of(signing.getPublic())).measure(entries);
                System.out.printf("%nRevocation propagation (revocation answered -> verified token shows INVALID), %d revocations%n",
                        result.revocations());
                System.out.printf("p50 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 < 1000 ms)%n",
                        result.p50Millis(), result.p99Millis(), result.maxMillis());
            }
        } finally {
            if (!options.containsKey("keep")) {
                delete(work);
            }
        }
    }

    private static String fill(StatusApi api, int revoked) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<StatusApi.Entry>> entries = new ArrayList<>();
            for (int i = 0; i < Math.max(1, revoked); i++) {
                entries.add(pool.submit(() -> {
                    StatusApi.Entry entry = api.allocate();
                    api.revoke(entry);
                    return entry;
                }));
            }
            String listId = null;
            for (Future<StatusApi.Entry> entry : entries) {
                listId = entry.get().listId();
            }
            return listId;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<StatusApi.Entry> allocate(StatusApi api, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<StatusApi.Entry>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(api::allocate));
            }
            List<StatusApi.Entry> entries = new ArrayList<>();
            for (Future<StatusApi.Entry> future : futures) {
                entries.add(future.get());
            }
            return entries;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, String> properties(Path work, int port, TokenIssuer issuer, KeyPair signing) throws IOException {
        Path key = work.resolve("status-signing.pem");
        Files.writeString(key, Pem.encodePrivateKey(signing.getPrivate()), StandardCharsets.US_ASCII);
        // Reading needs no broker: a port nothing listens on, never a real broker.
        Map<String, String> properties = ServiceProperties.of(port, work, issuer, ServiceProperties.deadBroker());
        // One list holds every entry of the run: fill it to the end.
        properties.put("sigillum.status.fill-limit", "0.95");
        properties.put("sigillum.status.base-uri", "https://localhost:8443/status-lists");
        properties.put("sigillum.status.signer", "local");
        properties.put("sigillum.status.signer.key-file", key.toAbsolutePath().toString());
        return properties;
    }

    /**
     * The gateway as a child process: plain HTTP on a loopback port, its status upstream the
     * service child. No broker: the list stays fresh by its max-age, which outlasts the run.
     */
    private static Map<String, String> gatewayProperties(int port, URI statusService, TokenIssuer issuer) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", Integer.toString(port));
        properties.put("server.host", "127.0.0.1");
        properties.put("sigillum.gateway.upstream.status.url", statusService.toString());
        // The protected routes check the run's tokens, as the service does.
        properties.put("sigillum.gateway.jwt.publickey.location", issuer.serviceProperties().get("mp.jwt.verify.publickey.location"));
        properties.put("sigillum.gateway.jwt.issuer", TokenIssuer.ISSUER);
        // The subject's bucket is kept and charged on every request, but never runs dry under wrk.
        properties.put("sigillum.gateway.rate-limit.protected.capacity", "1000000000");
        properties.put("sigillum.gateway.rate-limit.protected.refill-per-second", "1000000000");
        return properties;
    }

    /** The gateway must serve the very bytes the service does, from its cache, before it is measured. */
    private static void requireSameToken(HttpClient client, URI gatewayUri, StatusApi.Token token)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(gatewayUri).header("Accept", "application/statuslist+jwt").build();
        client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> cached = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        String state = cached.headers().firstValue("X-Sigillum-Cache").orElse("none");
        if (cached.statusCode() != 200 || !java.util.Arrays.equals(cached.body(), token.body()) || !state.equals("hit")) {
            throw new IllegalStateException("the gateway does not serve the token from its cache: status "
                    + cached.statusCode() + ", X-Sigillum-Cache " + state + ", " + cached.body().length + " bytes");
        }
    }

    private static void print(StatusApi.Token token, int connections, int duration, Wrk.Result nginx, Wrk.Result service,
                              Wrk.Result gateway) {
        System.out.println();
        System.out.printf("Status List Token GET, %,d-byte JWT, wrk 2 threads x %d connections, %d s each, same machine%n",
                token.body().length, connections, duration);
        System.out.printf("%-28s %12s %10s %10s %8s%n", "target", "requests/s", "p50 ms", "p99 ms", "ratio");
        System.out.printf("%-28s %,12.0f %10.2f %10.2f %8s%n", "nginx (static file)", nginx.requestsPerSecond(),
                nginx.p50Millis(), nginx.p99Millis(), "1.00");
        System.out.printf("%-28s %,12.0f %10.2f %10.2f %8.2f%n", "status service (memory)", service.requestsPerSecond(),
                service.p50Millis(), service.p99Millis(), service.requestsPerSecond() / nginx.requestsPerSecond());
        System.out.printf("%-28s %,12.0f %10.2f %10.2f %8.2f%n", "gateway (edge cache)", gateway.requestsPerSecond(),
                gateway.p50Millis(), gateway.p99Millis(), gateway.requestsPerSecond() / nginx.requestsPerSecond());
        if (service.errors() > 0 || nginx.errors() > 0 || gateway.errors() > 0) {
            System.out.println("errors: service " + service.errors() + ", nginx " + nginx.errors() + ", gateway " + gateway.errors());
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].replaceFirst("^--", "");
            if (name.equals("keep")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return options;
    }

    private static void delete(Path work) throws IOException {
        try (var paths = Files.walk(work)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Asks the service over HTTP. */
    record StatusApi(HttpClient client, URI base, TokenIssuer issuer) {

        record Entry(String listId, int idx) {
        }

        record Token(byte[] body, long version) {
        }

        Entry allocate() throws IOException, InterruptedException {
            String body = send(HttpRequest.newBuilder(base.resolve("/allocations"))
                    .header("Authorization", "Bearer " + issuer.token("bench", "status-issuer"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"listType\":\"revocation-suspension\"}")).build(), 201);
            return new Entry(field(body, "listId"), Integer.parseInt(field(body, "idx")));
        }

        void revoke(Entry entry) throws IOException, InterruptedException {
            send(HttpRequest.newBuilder(base.resolve("/status-lists/" + entry.listId() + "/entries/" + entry.idx()))
                    .header("Authorization", "Bearer " + issuer.token("bench", "status-admin"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"INVALID\"}")).build(), 200);
        }

        /** Waits until the served token is the list's newest version, i.e. shows every change. */
        Token awaitToken(String listId, int changes, Duration timeout) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/status-lists/" + listId))
                    .header("Accept", "application/statuslist+jwt").build();
            while (System.nanoTime() < deadline) {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() == 200) {
                    String etag = response.headers().firstValue("ETag").orElse("\"x.0.j\"");
                    long version = Long.parseLong(etag.replace("\"", "").split("\\.")[1]);
                    Thread.sleep(1500);
                    HttpResponse<byte[]> again = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (again.headers().firstValue("ETag").orElse("").equals(etag)) {
                        return new Token(response.body(), version);
                    }
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("no settled token for list " + listId + " after " + changes + " changes");
        }

        private String send(HttpRequest request, int expected) throws IOException, InterruptedException {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.method() + " " + request.uri().getPath() + ": "
                        + response.statusCode() + " " + response.body());
            }
            return response.body();
        }

        private static String field(String json, String name) {
            var matcher = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
            if (!matcher.find()) {
                throw new IllegalStateException("no " + name + " in " + json);
            }
            return matcher.group(1);
        }
    }
}
