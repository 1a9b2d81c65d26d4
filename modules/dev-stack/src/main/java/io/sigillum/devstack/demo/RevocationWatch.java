package io.sigillum.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.crypto.x509.DerCertificates;
import io.sigillum.devstack.StackException;
import io.sigillum.devstack.admin.AdminClient;
import io.sigillum.statuslist.StatusListException;
import io.sigillum.statuslist.list.Status;
import io.sigillum.statuslist.reference.StatusReference;
import io.sigillum.statuslist.token.StatusListToken;
import io.sigillum.statuslist.token.StatusListTokenVerifier;
import io.sigillum.wallet.store.StoredCredential;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Follows a revocation to where verifiers see it: the status list tokens the gateway serves,
 * read as anyone reads them (signature by the token's x5c leaf), until each of the wallet's
 * credentials shows INVALID.
 */
final class RevocationWatch {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DemoSession session;
    private final PrintStream out;

    RevocationWatch(DemoSession session, PrintStream out) {
        this.session = session;
        this.out = out;
    }

    void awaitRevoked(List<StoredCredential> credentials) {
        AdminClient anyone = session.anyone();
        Instant start = Instant.now();
        Instant deadline = start.plus(PATIENCE);
        while (true) {
            long invalid = credentials.stream().filter(c -> c.status().isPresent())
                    .filter(c -> status(anyone, c.status().get()).filter(Status.INVALID::equals).isPresent()).count();
            if (invalid == credentials.size()) {
                out.println("   status list   all " + invalid + " entries INVALID after "
                        + Duration.between(start, Instant.now()).toMillis() + " ms (issuer → outbox → Artemis → status"
                        + " service → signed list → gateway edge cache)");
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StackException("the revocation did not reach the status lists within " + PATIENCE.toSeconds() + " s");
            }
            pause();
        }
    }

    private static Optional<Status> status(AdminClient anyone, StatusReference reference) {
        String jwt = new String(anyone.bytes(reference.uri(), "application/statuslist+jwt"), StandardCharsets.US_ASCII);
        try {
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))));
            Verifier signer = Verifier.of(DerCertificates.fromX5c(List.of(header.path("x5c").path(0).asText()))
                    .getFirst().getPublicKey());
            StatusListToken token = StatusListTokenVerifier.builder().build().verifyJwt(jwt, reference.uri(), signer);
            return Optional.of(token.statusOf(reference));
        } catch (IOException | StatusListException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted", e);
        }
    }
}
