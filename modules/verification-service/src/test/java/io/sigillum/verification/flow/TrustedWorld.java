package io.sigillum.verification.flow;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.crypto.sign.Signer;
import io.sigillum.crypto.x509.CertificateAuthority;
import io.sigillum.crypto.x509.CredentialIssuerRequest;
import io.sigillum.crypto.x509.IssuedCertificate;
import io.sigillum.crypto.x509.StatusListSignerRequest;
import io.sigillum.crypto.x509.SubjectName;
import io.sigillum.sdjwt.ClaimPath;
import io.sigillum.sdjwt.SdJwt;
import io.sigillum.sdjwt.presentation.KeyBindingJwt;
import io.sigillum.sdjwt.presentation.SdJwtPresenter;
import io.sigillum.sdjwt.vc.CredentialContent;
import io.sigillum.sdjwt.vc.SdJwtVcIssuer;
import io.sigillum.statuslist.list.Status;
import io.sigillum.statuslist.list.StatusList;
import io.sigillum.statuslist.reference.StatusReference;
import io.sigillum.statuslist.token.StatusListJwt;
import io.sigillum.statuslist.token.StatusListToken;
import io.sigillum.trust.model.AnchorKind;
import io.sigillum.trust.model.Authorization;
import io.sigillum.trust.model.CertificateAnchor;
import io.sigillum.trust.model.CredentialType;
import io.sigillum.trust.model.IssuerState;
import io.sigillum.trust.model.TrustSnapshot;
import io.sigillum.trust.model.TrustedIssuer;
import io.sigillum.trust.model.ValidityWindow;
import io.sigillum.trust.snapshot.SnapshotEtag;
import io.sigillum.trust.snapshot.SnapshotJson;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The world a verifier checks presentations in, for real formats: a trust registry serving a
 * snapshot (the real {@code SnapshotJson} writer, with its ETag and 304s) that trusts one PID
 * issuer, that issuer's status lists (real Status List Token JWTs), and a holder that presents
 * real SD-JWT VCs with Key Binding. Served from the JDK's HTTP server on a loopback port;
 * register before {@code @HelidonTest}.
 */
public final class TrustedWorld implements BeforeAllCallback {

    static final String VCT = "urn:eudi:pid:1";
    static final String ISSUER = "https://pid.example";
    /** A dotted OID for the status signing purpose (the draft has none assigned yet). */
    private static final String STATUS_SIGNING_OID = "1.3.6.1.4.1.55555.1.1";

    private static HttpServer server;
    private static Signer issuer;
    private static Signer statusSigner;
    private static CertificateAnchor anchor;
    private static final KeyPair HOLDER = EcKeyPairs.p256();
    private static final Map<String, StatusList> LISTS = new ConcurrentHashMap<>();
    private static volatile int snapshotFetches;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
        System.setProperty("sigillum.verification.trust.url", base().toString());
        System.setProperty("sigillum.verification.status.allow-http", "true");
        try {
            Path token = Files.createTempFile("verification", ".token");
            Files.writeString(token, "test-service-token");
            System.setProperty("sigillum.verification.service-token-file", token.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void start() {
        if (server != null) {
            return;
        }
        CertificateAuthority ca = CertificateAuthority.selfSigned("pid.example Root", Duration.ofDays(30));
        IssuedCertificate leaf = ca.issue(new CredentialIssuerRequest(SubjectName.of("pid.example"), URI.create(ISSUER),
                Duration.ofDays(10)));
        issuer = LocalKeySigner.of("pid-issuer", leaf.privateKey(), leaf.chain());
        IssuedCertificate status = ca.issue(new StatusListSignerRequest(SubjectName.of("status.pid.example"), STATUS_SIGNING_OID,
                Duration.ofDays(10)));
        statusSigner = LocalKeySigner.of("pid-status", status.privateKey(), status.chain());
        anchor = new CertificateAnchor(ISSUER + "#root", AnchorKind.ROOT, ca.certificate());
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/snapshot", TrustedWorld::snapshot);
        server.createContext("/status/", TrustedWorld::statusList);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
    }

    static URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A status list at {@code /status/<name>} with every entry valid, or the one given set. */
    static URI statusList(String name, int index, Status status) {
        StatusList list = StatusList.of(2, 1000);
        list.set(index, status);
        LISTS.put(name, list);
        return base().resolve("/status/" + name);
    }

    /** Sets one entry of a served list (what the status service does on revocation). */
    static void setStatus(String name, int index, Status status) {
        LISTS.get(name).set(index, status);
    }

    static int snapshotFetches() {
        return snapshotFetches;
    }

    /** A PID with a status entry, presented with these claims and a Key Binding JWT for this verifier's request. */
    static String present(URI statusList, int index, String clientId, String nonce) throws Exception {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("given_name", "Erika");
        claims.put("family_name", "Mustermann");
        claims.put("birthdate", "1964-08-12");
        Instant now = Instant.now();
        CredentialContent content = CredentialContent.builder(VCT, now.minus(Duration.ofHours(1)))
                .expiresAt(now.plus(Duration.ofDays(30)))
                .holderKey(HOLDER.getPublic())
                .claims(claims)
                .disclosable(Set.of(ClaimPath.of("given_name"), ClaimPath.of("family_name"), ClaimPath.of("birthdate")))
                .status(new StatusReference(statusList, index))
                .build();
        SdJwt issued = SdJwtVcIssuer.builder(issuer, ISSUER).build().issue(content);
        SdJwt chosen = SdJwtPresenter.select(issued, List.of(ClaimPath.of("family_name")));
        return KeyBindingJwt.attach(chosen, LocalKeySigner.of("holder", HOLDER.getPrivate()), clientId, nonce, now).serialize();
    }

    private static void snapshot(HttpExchange exchange) throws IOException {
        snapshotFetches++;
        TrustSnapshot snapshot = new TrustSnapshot(1, Instant.parse("2026-01-01T00:00:00Z"), List.of(new TrustedIssuer(ISSUER,
                "PID issuer", "DE", IssuerState.ACTIVE, ValidityWindow.UNBOUNDED, List.of(anchor),
                List.of(Authorization.of(CredentialType.vct(VCT))))));
        byte[] body = SnapshotJson.write(snapshot);
        String etag = SnapshotEtag.of(1, body);
        exchange.getResponseHeaders().add("ETag", etag);
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
        } else {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private static void statusList(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        StatusList list = LISTS.get(name);
        if (list == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        Instant now = Instant.now();
        URI uri = base().resolve(path);
        StatusListToken token = StatusListToken.builder(uri, list).issuedAt(now).timeToLive(Duration.ofMinutes(10))
                .expiresAt(now.plus(Duration.ofHours(1))).build();
        byte[] body = StatusListJwt.sign(token, statusSigner).getBytes(StandardCharsets.US_ASCII);
        exchange.getResponseHeaders().add("Content-Type", "application/statuslist+jwt");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
