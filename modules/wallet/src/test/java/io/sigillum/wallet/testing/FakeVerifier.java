package io.sigillum.wallet.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.sign.CompactJws;
import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.crypto.x509.IssuedCertificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small OpenID4VP verifier for tests, written from the specification: it serves a Request Object
 * at its {@code request_uri} (GET or POST), signed with a certificate from the test CA, and records
 * what the wallet posts to its {@code response_uri}. Knobs make it send requests the wallet must
 * refuse, or answer with an error.
 */
public final class FakeVerifier implements AutoCloseable {

    /** The Client Identifier Prefix it uses. */
    public enum Prefix { X509_HASH, X509_SAN_DNS, REDIRECT_URI }

    /** The default query: the PID's given name only. */
    public static final String GIVEN_NAME_QUERY = """
            {"credentials": [{"id": "pid", "format": "dc+sd-jwt", "meta": {"vct_values": ["urn:eudi:pid:1"]},
              "claims": [{"path": ["given_name"]}]}]}""";

    private static final ObjectMapper JSON = new ObjectMapper();

    public volatile Prefix prefix = Prefix.X509_SAN_DNS;
    public volatile String requestUriMethod = "post";
    public volatile String typ = "oauth-authz-req+jwt";
    public volatile boolean signWithOtherKey;
    public volatile boolean unsigned;
    public volatile String clientIdOverride;
    public volatile String innerClientIdOverride;
    public volatile String responseUriOverride;
    public volatile boolean echoWalletNonce = true;
    public volatile String responseMode = "direct_post";
    public volatile String responseType = "vp_token";
    public volatile boolean omitNonce;
    public volatile String dcqlQuery = GIVEN_NAME_QUERY;
    public volatile List<String> encValues;
    public volatile Long expiresAt;
    public volatile String redirectUri;
    public volatile int answerStatus = 200;
    public volatile Map<String, Object> answerBody;

    public final String nonce = "n-" + UUID.randomUUID();
    public final String state = "s-" + UUID.randomUUID();
    public final ECKey encryptionKey;
    public final List<Map<String, String>> requestUriPosts = new CopyOnWriteArrayList<>();
    public final List<Map<String, String>> responses = new CopyOnWriteArrayList<>();
    public final List<String> problems = new CopyOnWriteArrayList<>();

    private final HttpsServer server;
    private final IssuedCertificate certificate;
    private final String base;

    /** Starts on an ephemeral port of the loopback interface, with a request-signing certificate for localhost. */
    public FakeVerifier(TestPki pki) {
        try {
            server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            encryptionKey = new ECKeyGenerator(Curve.P_256).keyID("enc-1").keyUse(KeyUse.ENCRYPTION)
                    .algorithm(JWEAlgorithm.ECDH_ES).generate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
        server.setHttpsConfigurator(new HttpsConfigurator(pki.serverContext()));
        ExecutorService executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        base = "https://localhost:" + server.getAddress().getPort();
        certificate = pki.verifier("localhost");
        redirectUri = base + "/done#response_code=" + UUID.randomUUID();
        server.createContext("/", this::handle);
        server.start();
    }

    /** @return the request signing certificate */
    public X509Certificate certificate() {
        return certificate.certificate();
    }

    /** @return the {@code client_id} it uses now */
    public String clientId() {
        if (clientIdOverride != null) {
            return clientIdOverride;
        }
        return switch (prefix) {
            case X509_HASH -> "x509_hash:" + hash(certificate.certificate());
            case X509_SAN_DNS -> "x509_san_dns:localhost";
            case REDIRECT_URI -> "redirect_uri:" + responseUri();
        };
    }

    /** @return the {@code response_uri} it asks for */
    public String responseUri() {
        return responseUriOverride != null ? responseUriOverride : base + "/response";
    }

    /** @return the Authorization Request link, by reference */
    public String link() {
        return "openid4vp://?client_id=" + encode(clientId()) + "&request_uri=" + encode(base + "/request")
                + (requestUriMethod == null ? "" : "&request_uri_method=" + requestUriMethod);
    }

    /** @return an unsigned Authorization Request link with plain parameters */
    public String plainLink() {
        Map<String, Object> claims = claims(null);
        // JWT claims of a Request Object, not Authorization Request parameters.
        claims.remove("aud");
        claims.remove("iat");
        claims.remove("exp");
        StringBuilder link = new StringBuilder("openid4vp://?");
        claims.forEach((name, value) -> link.append(encode(name)).append('=')
                .append(encode(value instanceof String text ? text : write(value))).append('&'));
        return link.toString();
    }

    /** @return the base64url SHA-256 of a certificate's DER, as {@code x509_hash} names it */
    public static String hash(X509Certificate certificate) {
        try {
            return Base64URL.encode(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                switch (exchange.getRequestURI().getPath()) {
                    case "/request" -> request(exchange);
                    case "/response" -> response(exchange);
                    default -> respond(exchange, 404, "application/json", write(Map.of("error", "not_found")));
                }
            } catch (RuntimeException e) {
                problems.add(e.toString());
                respond(exchange, 500, "application/json", write(Map.of("error", "server_error")));
            }
        }
    }

    private void request(HttpExchange exchange) throws IOException {
        String walletNonce = null;
        if ("POST".equals(exchange.getRequestMethod())) {
            Map<String, String> form = form(exchange);
            requestUriPosts.add(form);
            walletNonce = form.get("wallet_nonce");
        }
        respond(exchange, 200, "application/oauth-authz-req+jwt", requestObject(claims(echoWalletNonce ? walletNonce : null)));
    }

    private void response(HttpExchange exchange) throws IOException {
        responses.add(form(exchange));
        Map<String, Object> body = answerBody != null ? answerBody
                : redirectUri == null ? Map.of() : Map.of("redirect_uri", redirectUri);
        respond(exchange, answerStatus, "application/json", write(body));
    }

    private Map<String, Object> claims(String walletNonce) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("client_id", innerClientIdOverride != null ? innerClientIdOverride : clientId());
        claims.put("response_type", responseType);
        claims.put("response_mode", responseMode);
        claims.put("response_uri", responseUri());
        if (!omitNonce) {
            claims.put("nonce", nonce);
        }
        claims.put("state", state);
        claims.put("dcql_query", read(dcqlQuery));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("jwks", Map.of("keys", List.of(encryptionKey.toPublicJWK().toJSONObject())));
        if (encValues != null) {
            metadata.put("encrypted_response_enc_values_supported", encValues);
        }
        metadata.put("vp_formats_supported", Map.of("dc+sd-jwt", Map.of("sd-jwt_alg_values", List.of("ES256"),
                "kb-jwt_alg_values", List.of("ES256"))));
        claims.put("client_metadata", metadata);
        if (walletNonce != null) {
            claims.put("wallet_nonce", walletNonce);
        }
        claims.put("aud", "https://self-issued.me/v2");
        long now = Instant.now().getEpochSecond();
        claims.put("iat", now);
        claims.put("exp", expiresAt != null ? expiresAt : now + 300);
        return claims;
    }

    private String requestObject(Map<String, Object> claims) {
        byte[] payload = write(claims).getBytes(StandardCharsets.UTF_8);
        if (unsigned) {
            PlainHeader header = new PlainHeader.Builder().type(new JOSEObjectType(typ)).build();
            return header.toBase64URL() + "." + Base64URL.encode(payload) + ".";
        }
        LocalKeySigner signer = LocalKeySigner.of("verifier",
                signWithOtherKey ? EcKeyPairs.p256().getPrivate() : certificate.privateKey(), certificate.chain());
        JWSHeader header = CompactJws.header(signer).type(new JOSEObjectType(typ)).build();
        return CompactJws.sign(signer, header, payload);
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Object read(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
