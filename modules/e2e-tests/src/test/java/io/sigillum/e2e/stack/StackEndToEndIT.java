package io.sigillum.e2e.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.e2e.RepositoryRoot;
import io.sigillum.statuslist.list.Status;
import io.sigillum.statuslist.token.StatusListToken;
import io.sigillum.statuslist.token.StatusListTokenVerifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole stack on this machine, driven as a user drives it: {@code sigillum up}, the services
 * over HTTPS trusting the CA that {@code sigillum ca} prints, a token from {@code sigillum token},
 * then {@code sigillum down}, which must leave no process and no port behind. The launcher runs
 * in a throw-away home ({@link StackHome}), never in the checkout's {@code var/}.
 *
 * <p>Prints how long {@code up} took and each process's resident memory, for the record.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackEndToEndIT {

    /** The six services and their HTTPS ports, as the README lists them. */
    private static final Map<String, Integer> SERVICES = orderedMap(
            "issuance", 8081, "verification", 8082, "status", 8083,
            "trust-registry", 8084, "key-management", 8085, "gateway", 8443);
    private static final int BROKER_PORT = 61616;
    /** The jars {@code up} runs, relative to the checkout. */
    private static final List<Path> SERVICE_JARS = List.of(
            Path.of("modules/issuance-service/target/sigillum-issuance-service.jar"),
            Path.of("modules/verification-service/target/sigillum-verification-service.jar"),
            Path.of("modules/status-service/target/sigillum-status-service.jar"),
            Path.of("modules/trust-registry-service/target/sigillum-trust-registry-service.jar"),
            Path.of("modules/key-management-service/target/sigillum-key-management-service.jar"),
            Path.of("gateway/target/sigillum-gateway.jar"));
    /** The launcher's own limit for up is 180 s; past that it has failed anyway. */
    private static final Duration UP_TIMEOUT = Duration.ofMinutes(5);
    /** down gives each process up to 60 s to exit (it writes its CDS archive on the first stop). */
    private static final Duration DOWN_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration QUICK = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final FailureWatcher failures = new FailureWatcher();

    private Path checkout;
    private StackHome home;
    private Launcher launcher;
    private DevCaClient https;
    private StackActors actors;
    private PresentationScenarios presentations;
    /** Why the stack cannot run here (its jars are missing), or null. */
    private String notBuilt;
    private boolean started;
    private boolean stopped;

    @BeforeAll
    void startTheStack() {
        checkout = RepositoryRoot.locate();
        List<String> missing = new ArrayList<>();
        for (Path jar : allJars()) {
            if (!Files.isRegularFile(checkout.resolve(jar))) {
                missing.add(jar.toString());
            }
        }
        if (!missing.isEmpty()) {
            // Each test is then skipped with this reason (see requireTheBuild): an assumption here,
            // at class level, would be reported by failsafe as no test at all, the reason lost.
            notBuilt = "not built: " + String.join(", ", missing) + "; run ./mvnw -DskipTests package first";
            System.out.println("StackEndToEndIT skipped, " + notBuilt);
            return;
        }

        // A stack left running here (by ./sigillum up in any checkout) holds these ports and
        // would make up fail with a less obvious message.
        List<String> taken = LoopbackPorts.taken(stackPorts());
        assertEquals(List.of(), taken, () -> "ports the stack needs are in use: is a Sigillum stack already running on"
                + " this machine? Stop it with ./sigillum down in its checkout. Sigillum processes running: "
                + StackProcesses.holding(List.of("/target/sigillum-", "org.apache.activemq.artemis.boot.Artemis")));

        home = StackHome.mirroring(checkout);
        launcher = new Launcher(checkout, home);
        System.out.println("sigillum home for this run: " + home.root());

        Launcher.Run up = launcher.run(UP_TIMEOUT, "up");
        System.out.println(up.out());
        assertEquals(0, up.exitCode(), () -> "sigillum up failed:\n" + up.transcript());
        printFootprint(up.took());

        Launcher.Run ca = launcher.run(QUICK, "ca");
        assertEquals(0, ca.exitCode(), () -> "sigillum ca failed:\n" + ca.transcript());
        https = new DevCaClient(ca.out());
        actors = new StackActors(launcher, https);
        presentations = new PresentationScenarios(actors);
        started = true;
    }

    @BeforeEach
    void requireTheBuild() {
        assumeTrue(notBuilt == null, () -> notBuilt);
    }

    @Test
    @Order(1)
    void upRecordsEveryProcessUnderTheGivenHome() {
        List<String> expected = new ArrayList<>(SERVICES.keySet());
        expected.add("broker");
        assertTrue(home.pids().keySet().containsAll(expected),
                "pid files in " + home.runDirectory() + ": " + home.pids().keySet());
    }

    @Test
    @Order(2)
    void everyServiceIsReadyOverHttpsTrustingTheDevelopmentCa() {
        assertAll(SERVICES.entrySet().stream().map(service -> () -> {
            HttpResponse<String> ready = https.get(URI.create("https://127.0.0.1:" + service.getValue() + "/health/ready"), null);
            assertEquals(200, ready.statusCode(), service.getKey() + ": " + ready.body());
            assertEquals("UP", JSON.readTree(ready.body()).path("status").asText(), service.getKey() + ": " + ready.body());
        }));
    }

    @Test
    @Order(2)
    void everyServiceIsLiveAndSaysWhichCryptoProviderSigns() {
        assertAll(SERVICES.entrySet().stream().filter(service -> !service.getKey().equals("gateway")).map(service -> () -> {
            HttpResponse<String> live = https.get(URI.create("https://127.0.0.1:" + service.getValue() + "/health/live"), null);
            assertEquals(200, live.statusCode(), service.getKey() + ": " + live.body());
            boolean reportsProvider = false;
            for (var check : JSON.readTree(live.body()).path("checks")) {
                reportsProvider |= check.path("name").asText().equals("crypto-provider")
                        && !check.path("data").path("provider").asText().isEmpty();
            }
            assertTrue(reportsProvider, service.getKey() + " does not report its crypto provider: " + live.body());
        }));
    }

    @Test
    @Order(3)
    void theTrustRegistryAcceptsATrustAdminTokenFromTheLauncher() throws IOException {
        Launcher.Run token = launcher.run(QUICK, "token", "--role", "trust-admin");
        assertEquals(0, token.exitCode(), token::transcript);

        HttpResponse<String> issuers = https.get(URI.create("https://127.0.0.1:8084/issuers"), token.out().strip());

        assertEquals(200, issuers.statusCode(), issuers.body());
        JsonNode body = JSON.readTree(issuers.body());
        assertTrue(body.isArray() || body.isObject(), issuers.body());
    }

    @Test
    @Order(4)
    void theTrustRegistryRefusesACallWithoutAToken() {
        HttpResponse<String> issuers = https.get(URI.create("https://127.0.0.1:8084/issuers"), null);

        assertEquals(401, issuers.statusCode(), issuers.body());
    }

    @Test
    @Order(4)
    void theStatusServiceSignsItsListsThroughTheKeyManagementServiceUnderTheDeploymentCa() throws Exception {
        Launcher.Run token = launcher.run(QUICK, "token", "--role", "status-issuer");
        assertEquals(0, token.exitCode(), token::transcript);
        HttpResponse<String> allocated = https.post(URI.create("https://127.0.0.1:8083/allocations"), token.out().strip(),
                "{\"listType\":\"revocation\"}");
        assertEquals(201, allocated.statusCode(), allocated.body());
        JsonNode entry = JSON.readTree(allocated.body());

        URI listUri = URI.create("https://127.0.0.1:8083/status-lists/" + entry.get("listId").asText());
        HttpResponse<String> served = https.get(listUri, null, "application/statuslist+jwt");
        for (Instant deadline = Instant.now().plus(QUICK); served.statusCode() == 404 && Instant.now().isBefore(deadline); ) {
            Thread.sleep(200);
            served = https.get(listUri, null, "application/statuslist+jwt");
        }
        assertEquals(200, served.statusCode(), served.body());

        List<X509Certificate> chain = StatusListChains.x5c(served.body());
        StatusListToken list = StatusListTokenVerifier.builder().build().verifyJwt(served.body(),
                URI.create(entry.get("uri").asText()), Verifier.of(chain.getFirst().getPublicKey()));
        assertEquals(Status.VALID, list.list().get(entry.get("idx").asInt()));
        HttpResponse<String> authorities = https.get(URI.create("https://127.0.0.1:8085/ca-certificates"), null);
        assertEquals(200, authorities.statusCode(), authorities.body());
        StatusListChains.assertIssuedUnder(chain, JSON.readTree(authorities.body()));
    }

    @Test
    @Order(4)
    void theTestWalletReceivesABatchOfPidsThroughTheGatewayIssuedUnderTheDeploymentCa() throws Exception {
        new IssuanceScenario(actors).aBatchOfPidsIsTrustedRecordedAndRevocable();
    }

    @Test
    @Order(4)
    void theDemoIssuesAPidToTheTestWalletAndNarratesIt() {
        Launcher.Run demo = launcher.run(Duration.ofMinutes(2), "demo");
        assertEquals(0, demo.exitCode(), demo::transcript);
        assertAll(
                () -> assertTrue(demo.out().contains("needs a tx_code"), demo::transcript),
                () -> assertTrue(demo.out().contains("3 key proofs, one key each"), demo::transcript),
                () -> assertTrue(demo.out().contains("vct            urn:eudi:pid:1"), demo::transcript),
                () -> assertTrue(demo.out().contains("given_name: Erika"), demo::transcript),
                () -> assertTrue(demo.out().contains("notification sent   credential_accepted"), demo::transcript),
                () -> assertTrue(demo.out().lines().anyMatch(line -> line.contains("disclosing [") && line.contains("nationalities")
                        && line.contains("18") && !line.contains("family_name")), demo::transcript),
                () -> assertTrue(demo.out().contains("state         verified"), demo::transcript),
                () -> assertTrue(demo.out().contains("failure       revoked"), demo::transcript));
    }

    @Test
    @Order(4)
    void aRelyingPartyReadsOnlyTheClaimsItAskedForFromAPresentationThroughTheGateway() {
        presentations.aRelyingPartyReadsOnlyTheClaimsItAskedFor();
    }

    @Test
    @Order(4)
    void aSameDeviceOutcomeIsReadOnlyWithTheResponseCode() {
        presentations.aSameDeviceOutcomeIsReadOnlyWithTheResponseCode();
    }

    @Test
    @Order(4)
    void eachBrokenPresentationFailsWithItsReason() {
        presentations.eachBrokenPresentationFailsWithItsReason();
    }

    @Test
    @Order(4)
    void anUnreadableAnswerLeavesTheTransactionPendingAndAResponseIsTakenOnce() {
        presentations.anUnreadableAnswerLeavesTheTransactionPending();
        presentations.aResponseIsTakenOnce();
    }

    @Test
    @Order(4)
    void suspendedThenRevokedPidsFailWithTheirReason() throws Exception {
        presentations.suspendedThenRevokedPidsFailWithTheirReason();
    }

    @Test
    @Order(4)
    void unsignedForgedAndExpiredCredentialsFail() throws Exception {
        presentations.credentialsTheIssuerDidNotSignFail();
        presentations.anExpiredCredentialFails();
    }

    @Test
    @Order(4)
    void theVerifierRefusesBadCallsCleanly() throws Exception {
        presentations.theResponseUriRefusesWhatItCannotTake();
        presentations.relyingPartyCallsNeedTheRoleAndAValidQuery();
    }

    @Test
    @Order(5)
    void registryDecisionsAboutAnIssuerReachTheVerifier() throws Exception {
        new TrustScenario(actors, presentations).registryDecisionsReachTheVerifier();
    }

    @Test
    @Order(6)
    void downStopsEveryProcessAndFreesEveryPort() {
        Launcher.Run down = stop();

        assertEquals(0, down.exitCode(), down::transcript);
        assertEquals(List.of(), StackProcesses.holding(processMarkers()), "processes left running after down");
        assertEquals(List.of(), LoopbackPorts.awaitFree(stackPorts(), Duration.ofSeconds(10)), "ports still taken after down");
    }

    @AfterAll
    void stopTheStack() {
        if (launcher == null) {
            return;
        }
        if (!stopped) {
            // Whatever failed before, leave nothing running on this machine.
            Launcher.Run down = stop();
            if (down.exitCode() != 0) {
                System.out.println("sigillum down after a failure:\n" + down.transcript());
            }
        }
        if (started && failures.none() && StackProcesses.holding(processMarkers()).isEmpty()) {
            home.delete();
        } else {
            System.out.println("kept " + home.root() + " for its logs (var/logs)");
        }
    }

    private Launcher.Run stop() {
        stopped = true;
        Launcher.Run down = launcher.run(DOWN_TIMEOUT, "down");
        System.out.println("sigillum down took " + seconds(down.took()) + ":\n" + down.out());
        return down;
    }

    /** Prints how long up took and each process's resident memory, read from /proc via the pid files. */
    private void printFootprint(Duration upTook) {
        StringBuilder report = new StringBuilder("sigillum up took " + seconds(upTook) + "\n");
        report.append(String.format("%-16s %8s %10s%n", "PROCESS", "PID", "RSS (MiB)"));
        long total = 0;
        for (Map.Entry<String, Long> process : home.pids().entrySet()) {
            OptionalLong kib = ResidentMemory.ofTree(process.getValue());
            total += kib.orElse(0);
            report.append(String.format("%-16s %8d %10s%n", process.getKey(), process.getValue(),
                    kib.isPresent() ? String.format("%.0f", kib.getAsLong() / 1024.0) : "?"));
        }
        report.append(String.format("%-16s %8s %10.0f%n", "total", "", total / 1024.0));
        System.out.print(report);
    }

    /** What a stack process's command line holds: the home (jars, broker instance) or a jar's real path. */
    private List<String> processMarkers() {
        List<String> markers = new ArrayList<>();
        markers.add(home.root().toString());
        for (Path jar : SERVICE_JARS) {
            markers.add(checkout.resolve(jar).toString());
        }
        return markers;
    }

    private static Map<Integer, String> stackPorts() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(BROKER_PORT, "broker");
        SERVICES.forEach((name, port) -> ports.put(port, name));
        return ports;
    }

    private static List<Path> allJars() {
        List<Path> jars = new ArrayList<>(SERVICE_JARS);
        jars.add(0, Launcher.JAR);
        return jars;
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static Map<String, Integer> orderedMap(Object... namesAndPorts) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndPorts.length; i += 2) {
            map.put((String) namesAndPorts[i], (Integer) namesAndPorts[i + 1]);
        }
        return map;
    }

    /** Remembers whether any test failed, to keep the home's logs for a look. */
    static final class FailureWatcher implements TestWatcher {

        private volatile boolean failed;

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            failed = true;
        }

        boolean none() {
            return !failed;
        }
    }
}
