package io.sigillum.wallet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.crypto.x509.IssuedCertificate;
import io.sigillum.sdjwt.ClaimPath;
import io.sigillum.sdjwt.vc.CredentialContent;
import io.sigillum.sdjwt.vc.SdJwtVcIssuer;
import io.sigillum.statuslist.reference.StatusReference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A small OID4VCI issuer for tests, written from the same specifications as the wallet: metadata,
 * offers, a DPoP token endpoint for the pre-authorized code, nonce, credential, deferred and
 * notification endpoints. Knobs make it ask for DPoP nonces, refuse a c_nonce, defer, or issue
 * credentials the wallet must refuse. What it saw is recorded for assertions.
 */
public final class FakeIssuer implements AutoCloseable {

    /** The configuration it offers. */
    public static final String CONFIGURATION = "eu.europa.ec.eudi.pid_sd_jwt";
    /** Its {@code vct}. */
    public static final String VCT = "urn:eudi:pid:1";
    /** The pre-authorized code of its offers. */
    public static final String CODE = "SplxlOBeZQQYbYS6WxSbIA";
    /** The Transaction Code it expects when {@link #txCodeRequired} is set. */
    public static final String TX_CODE = "493536";

    private static final ObjectMapper JSON = new ObjectMapper();

    public volatile boolean txCodeRequired;
    public volatile boolean tokenNeedsDpopNonce;
    public volatile boolean credentialNeedsDpopNonce;
    public volatile boolean refuseFirstCNonce;
    public volatile int pendingPolls = -1;
    public volatile boolean draftPending;
    public volatile boolean bindToOtherKey;
    public volatile boolean signWithUntrustedCa;
    public volatile int batchSize = 3;
    public volatile String metadataIssuer;

    public final List<SignedJWT> tokenDpopProofs = new CopyOnWriteArrayList<>();
    public final List<SignedJWT> resourceDpopProofs = new CopyOnWriteArrayList<>();
    public final List<List<SignedJWT>> keyProofRequests = new CopyOnWriteArrayList<>();
    public final List<String> notifications = new CopyOnWriteArrayList<>();
    public final List<String> issuedCNonces = new CopyOnWriteArrayList<>();
    public final List<String> problems = new CopyOnWriteArrayList<>();

    private final HttpsServer server;
    private final TestPki pki;
    private final IssuedCertificate signer;
    private final IssuedCertificate untrustedSigner;
    private final String base;
    private final String dpopNonce = "dpop-" + UUID.randomUUID();
    private volatile String accessToken;
    private volatile String tokenKeyThumbprint;
    private volatile List<String> deferredCredentials;

    /** Starts on an ephemeral port of the loopback interface. */
    public FakeIssuer(TestPki pki) {
        this.pki = pki;
        try {
            server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setHttpsConfigurator(new HttpsConfigurator(pki.serverContext()));
        server.setExecutor(Executors.newCachedThreadPool());
        base = "https://localhost:" + server.getAddress().getPort();
        signer = pki.credentialIssuer(issuer());
        untrustedSigner = new TestPki("Untrusted Root").credentialIssuer(issuer());
        server.createContext("/", this::handle);
        server.start();
    }

    /** @return the Credential Issuer Identifier, with a path */
    public String issuer() {
        return base + "/issuer";
    }

    /** @return the Authorization Server identifier */
    public String authorizationServer() {
        return base + "/as";
    }

    /** @return an offer link by value */
    public String offerByValue() {
        return "openid-credential-offer://?credential_offer=" + URLEncoder.encode(offerJson(), StandardCharsets.UTF_8);
    }

    /** @return an offer link by reference */
    public String offerByReference() {
        return "openid-credential-offer://?credential_offer_uri=" + URLEncoder.encode(base + "/offers/1", StandardCharsets.UTF_8);
    }

    /** @return the offer object */
    public String offerJson() {
        Map<String, Object> grant = new HashMap<>();
        grant.put("pre-authorized_code", CODE);
        if (txCodeRequired) {
            grant.put("tx_code", Map.of("length", 6, "input_mode", "numeric", "description", "sent by SMS"));
        }
        return write(Map.of("credential_issuer", issuer(), "credential_configuration_ids", List.of(CONFIGURATION),
                "grants", Map.of("urn:ietf:params:oauth:grant-type:pre-authorized_code", grant)));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                route(exchange, exchange.getRequestURI().getPath());
            } catch (RuntimeException e) {
                problems.add(exchange.getRequestURI().getPath() + ": " + e.getMessage());
                respond(exchange, 400, Map.of("error", "invalid_request", "error_description", String.valueOf(e.getMessage())));
            }
        }
    }

    private void route(HttpExchange exchange, String path) throws IOException {
        switch (path) {
            case "/.well-known/openid-credential-issuer/issuer" -> respond(exchange, 200, issuerMetadata());
            case "/.well-known/oauth-authorization-server/as" -> respond(exchange, 200, Map.of(
                    "issuer", authorizationServer(), "token_endpoint", authorizationServer() + "/token",
                    "grant_types_supported", List.of("urn:ietf:params:oauth:grant-type:pre-authorized_code"),
                    "dpop_signing_alg_values_supported", List.of("ES256")));
            case "/offers/1" -> respond(exchange, 200, JSON.readTree(offerJson()));
            case "/as/token" -> token(exchange);
            case "/issuer/nonce" -> {
                String nonce = "c-" + UUID.randomUUID();
                issuedCNonces.add(nonce);
                exchange.getResponseHeaders().add("Cache-Control", "no-store");
                respond(exchange, 200, Map.of("c_nonce", nonce));
            }
            case "/issuer/credential" -> credential(exchange);
            case "/issuer/deferred" -> deferred(exchange);
            case "/issuer/notification" -> {
                if (resource(exchange, issuer() + "/notification")) {
                    notifications.add(body(exchange).get("event").asText());
                    exchange.sendResponseHeaders(204, -1);
                }
            }
            default -> respond(exchange, 404, Map.of("error", "not_found"));
        }
    }

    private Map<String, Object> issuerMetadata() {
        return Map.of("credential_issuer", metadataIssuer == null ? issuer() : metadataIssuer, "authorization_servers", List.of(authorizationServer()),
                "credential_endpoint", issuer() + "/credential", "nonce_endpoint", issuer() + "/nonce",
                "deferred_credential_endpoint", issuer() + "/deferred", "notification_endpoint", issuer() + "/notification",
                "batch_credential_issuance", Map.of("batch_size", batchSize),
                "credential_configurations_supported", Map.of(CONFIGURATION, Map.of("format", "dc+sd-jwt", "vct", VCT,
                        "cryptographic_binding_methods_supported", List.of("jwk"),
                        "proof_types_supported", Map.of("jwt", Map.of("proof_signing_alg_values_supported", List.of("ES256"))))));
    }

    private void token(HttpExchange exchange) throws IOException {
        SignedJWT proof = dpop(exchange, authorizationServer() + "/token");
        tokenDpopProofs.add(proof);
        if (tokenNeedsDpopNonce && !dpopNonce.equals(ProofChecks.claim(proof, "nonce"))) {
            exchange.getResponseHeaders().add("DPoP-Nonce", dpopNonce);
            respond(exchange, 400, Map.of("error", "use_dpop_nonce", "error_description", "a DPoP nonce is required"));
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!"urn:ietf:params:oauth:grant-type:pre-authorized_code".equals(form.get("grant_type")) || !CODE.equals(form.get("pre-authorized_code"))) {
            respond(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        if (txCodeRequired != form.containsKey("tx_code")) {
            respond(exchange, 400, Map.of("error", "invalid_request", "error_description", "tx_code expected: " + txCodeRequired));
            return;
        }
        if (txCodeRequired && !TX_CODE.equals(form.get("tx_code"))) {
            respond(exchange, 400, Map.of("error", "invalid_grant", "error_description", "wrong tx_code"));
            return;
        }
        accessToken = UUID.randomUUID().toString();
        tokenKeyThumbprint = ProofChecks.thumbprint(proof);
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        respond(exchange, 200, Map.of("access_token", accessToken, "token_type", "DPoP", "expires_in", 300));
    }

    private void credential(HttpExchange exchange) throws IOException {
        if (!resource(exchange, issuer() + "/credential")) {
            return;
        }
        JsonNode request = body(exchange);
        if (!CONFIGURATION.equals(request.path("credential_configuration_id").asText())) {
            respond(exchange, 400, Map.of("error", "unknown_credential_configuration"));
            return;
        }
        List<SignedJWT> proofs = new ArrayList<>();
        request.path("proofs").path("jwt").forEach(p -> proofs.add(ProofChecks.selfSigned(p.asText(), "openid4vci-proof+jwt")));
        keyProofRequests.add(proofs);
        if (proofs.isEmpty() || proofs.size() > batchSize) {
            respond(exchange, 400, Map.of("error", "invalid_proof", "error_description", proofs.size() + " proofs"));
            return;
        }
        String latest = issuedCNonces.get(issuedCNonces.size() - 1);
        boolean refuse = refuseFirstCNonce && issuedCNonces.size() == 1;
        for (SignedJWT proof : proofs) {
            if (!issuer().equals(ProofChecks.claim(proof, "aud")) || ProofChecks.claim(proof, "iat") == null) {
                throw new IllegalStateException("key proof aud/iat wrong");
            }
            if (refuse || !latest.equals(ProofChecks.claim(proof, "nonce"))) {
                respond(exchange, 400, Map.of("error", "invalid_nonce", "error_description", "c_nonce is stale"));
                return;
            }
        }
        List<String> credentials = proofs.stream().map(this::issueFor).toList();
        if (pendingPolls >= 0) {
            deferredCredentials = credentials;
            respond(exchange, 202, Map.of("transaction_id", "tx-1", "interval", 1));
            return;
        }
        respond(exchange, 200, issued(credentials));
    }

    private void deferred(HttpExchange exchange) throws IOException {
        if (!resource(exchange, issuer() + "/deferred")) {
            return;
        }
        if (!"tx-1".equals(body(exchange).path("transaction_id").asText())) {
            respond(exchange, 400, Map.of("error", "invalid_transaction_id"));
        } else if (pendingPolls-- > 0) {
            respond(exchange, draftPending ? 400 : 202, draftPending
                    ? Map.of("error", "issuance_pending", "interval", 1) : Map.of("transaction_id", "tx-1", "interval", 1));
        } else {
            respond(exchange, 200, issued(deferredCredentials));
        }
    }

    private Map<String, Object> issued(List<String> credentials) {
        return Map.of("credentials", credentials.stream().map(c -> Map.of("credential", c)).toList(), "notification_id", "n-1");
    }

    private String issueFor(SignedJWT proof) {
        PublicKey holder;
        try {
            holder = bindToOtherKey ? EcKeyPairs.p256().getPublic() : ((ECKey) proof.getHeader().getJWK()).toECPublicKey();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
        IssuedCertificate certificate = signWithUntrustedCa ? untrustedSigner : signer;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        CredentialContent content = CredentialContent.builder(VCT, now)
                .expiresAt(now.plus(30, ChronoUnit.DAYS))
                .holderKey(holder)
                .status(new StatusReference(URI.create(base + "/status/1"), 42))
                .claims(Map.of("given_name", "Erika", "family_name", "Mustermann", "birthdate", "1964-08-12"))
                .disclosable(Set.of(ClaimPath.of("given_name"), ClaimPath.of("family_name"), ClaimPath.of("birthdate")))
                .build();
        return SdJwtVcIssuer.builder(LocalKeySigner.of("issuer", certificate.privateKey(), certificate.chain()), issuer())
                .build().issue(content).serialize();
    }

    /** Checks {@code Authorization: DPoP} and the proof with {@code ath}; answers the nonce challenge (RFC 9449 §9). */
    private boolean resource(HttpExchange exchange, String htu) throws IOException {
        SignedJWT proof = dpop(exchange, htu);
        resourceDpopProofs.add(proof);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (accessToken == null || !("DPoP " + accessToken).equals(authorization)
                || !ProofChecks.thumbprint(proof).equals(tokenKeyThumbprint)
                || !io.sigillum.wallet.dpop.DpopProof.ath(accessToken).equals(ProofChecks.claim(proof, "ath"))) {
            throw new IllegalStateException("access token, key binding or ath wrong");
        }
        if (credentialNeedsDpopNonce && !dpopNonce.equals(ProofChecks.claim(proof, "nonce"))) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "DPoP error=\"use_dpop_nonce\", error_description=\"nonce required\"");
            exchange.getResponseHeaders().add("DPoP-Nonce", dpopNonce);
            exchange.sendResponseHeaders(401, -1);
            return false;
        }
        return true;
    }

    private static SignedJWT dpop(HttpExchange exchange, String htu) {
        SignedJWT proof = ProofChecks.selfSigned(exchange.getRequestHeaders().getFirst("DPoP"), "dpop+jwt");
        if (!"POST".equals(ProofChecks.claim(proof, "htm")) || !htu.equals(ProofChecks.claim(proof, "htu"))
                || ProofChecks.claim(proof, "jti") == null || ProofChecks.claim(proof, "iat") == null) {
            throw new IllegalStateException("DPoP htm/htu/jti/iat wrong");
        }
        return proof;
    }

    private static JsonNode body(HttpExchange exchange) throws IOException {
        return JSON.readTree(exchange.getRequestBody().readAllBytes());
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
