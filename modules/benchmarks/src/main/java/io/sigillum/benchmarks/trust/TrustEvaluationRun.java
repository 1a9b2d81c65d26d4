package io.sigillum.benchmarks.trust;

import io.sigillum.benchmarks.measure.MachineFacts;
import io.sigillum.benchmarks.service.LiveHealth;
import io.sigillum.benchmarks.service.ServiceProcess;
import io.sigillum.benchmarks.service.ServiceProperties;
import io.sigillum.benchmarks.service.TokenIssuer;
import io.sigillum.crypto.provider.ActiveProvider;
import io.sigillum.crypto.provider.CryptoProviders;
import io.sigillum.trust.evaluation.TrustEvaluator;
import io.sigillum.trust.model.TrustSnapshot;
import io.sigillum.trust.snapshot.SnapshotFormatException;
import io.sigillum.trust.snapshot.SnapshotJson;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Evaluation of a 3-certificate chain in process from a snapshot against through the registry's
 * HTTP API, in one run (see the benchmarks README, "Trust evaluation run"):
 * <ol>
 *   <li>a PKI ({@link BenchPki}): root, intermediate, {@code --leaves} leaves, ES256;</li>
 *   <li>the trust-registry service as a child process from its jar; the measured issuer (its root
 *       as anchor, the PID {@code vct} authorized) and {@code --issuers} others registered through
 *       the admin API;</li>
 *   <li>{@code GET /snapshot} once, read and checked as a verifier does ({@link EvaluationFixture});</li>
 *   <li>{@code --clients} clients {@code POST /evaluations}, the same chain and then the distinct
 *       leaves ({@link HttpEvaluations});</li>
 *   <li>with the service stopped, the same evaluations in process through JMH
 *       ({@link TrustEvaluationBenchmark}), one thread and one per core; the table.</li>
 * </ol>
 * Exits with 1 when a call failed or an answer was not the trusted one.
 */
public final class TrustEvaluationRun {

    /** The type evaluated: the PID as an SD-JWT VC. */
    static final String VCT = "urn:eudi:pid:1";
    /** The measured issuer. */
    static final String ISSUER = "https://pid.bench.example";
    /** Its root, as the registry's anchor. */
    static final String ANCHOR = "bench-pid-root";
    private static final List<String> COUNTRIES = List.of("FR", "IT", "ES", "NL", "BE", "AT", "PL", "SE", "PT", "EL",
            "CZ", "FI", "DK", "IE", "LU");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final List<String> JVM = List.of("-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED");

    private TrustEvaluationRun() {
    }

    /** @param args the run's {@code --options} and JMH's options, see {@link TrustOptions#USAGE} */
    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(TrustOptions.USAGE);
            return;
        }
        TrustOptions options;
        try {
            options = TrustOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(TrustOptions.USAGE);
            System.exit(2);
            return;
        }
        ActiveProvider active = CryptoProviders.install();
        TrustEvaluationReport report = new TrustEvaluationReport();
        report.fact("machine: " + MachineFacts.describe());
        report.fact("load average before the run: " + MachineFacts.loadAverage()
                + " (the HTTP clients and the service share these cores; other work on the machine adds noise)");
        report.fact("this JVM and JMH's fork: " + active);
        Path work = Files.createTempDirectory("sigillum-trust-evaluation");
        boolean clean;
        try {
            Path fixture = overHttp(options, report, work);
            int cores = Runtime.getRuntime().availableProcessors();
            if (options.jmh()) {
                System.out.println("# in process: JMH, the service stopped, 1 thread then " + cores);
                report.inProcess(InProcessScores.measure(cores, fixture, options.jmhArgs()));
            } else {
                report.inProcessSkipped(cores, "--no-jmh was given");
            }
            report.fact("load average after the run: " + MachineFacts.loadAverage());
            clean = report.print(System.out);
        } finally {
            if (options.keep()) {
                System.out.println("kept the working directory (service log, database, tokens, fixture): " + work);
            } else {
                delete(work);
            }
        }
        if (!clean) {
            System.exit(1);
        }
    }

    /**
     * Starts the registry, registers the issuers, reads the snapshot and loads the service.
     *
     * @return the fixture directory, for the in-process rows
     */
    private static Path overHttp(TrustOptions options, TrustEvaluationReport report, Path work)
            throws IOException, InterruptedException {
        System.out.println("# making the PKI: root, intermediate and " + options.leaves() + " leaves, ES256");
        BenchPki pki = BenchPki.create("pid.bench.example", options.leaves());
        TokenIssuer tokens = TokenIssuer.create(work);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        int port = ServiceProcess.freePort();
        // Evaluation needs no broker: the change events wait in the outbox; a port nothing listens on.
        Map<String, String> properties = ServiceProperties.of(port, Files.createDirectories(work.resolve("trust-registry")),
                tokens, ServiceProperties.deadBroker());
        List<String> jvm = new ArrayList<>(JVM);
        jvm.addAll(options.serviceJvm());
        System.out.println("# starting the trust registry on 127.0.0.1:" + port + " (" + options.jar() + ")");
        try (ServiceProcess registry = ServiceProcess.start(options.jar(), options.heap(), jvm, port, properties, Map.of(),
                work.resolve("trust-registry.log"))) {
            String live = registry.awaitLive(client, START_TIMEOUT);
            report.fact("service: trust registry, -Xmx" + options.heap() + ", serial GC, plain HTTP on loopback, H2 file"
                    + " database, provider " + LiveHealth.provider(live)
                    + (options.serviceJvm().isEmpty() ? "" : ", also " + options.serviceJvm()));
            try {
                EvaluationFixture fixture = register(options, report, pki, new RegistryAdmin(client, registry.base(),
                        tokens.token("bench-admin", "trust-admin")), tokens.token("bench-verifier", "verifier-rp"));
                Path directory = work.resolve("fixture");
                fixture.write(directory);
                new HttpEvaluations(options, report, client, registry, tokens.token("bench-verifier", "verifier-rp"))
                        .measure(fixture);
                return directory;
            } catch (IOException | RuntimeException e) {
                throw registry.failed("the trust evaluation run failed: " + e, e);
            }
        }
    }

    /** Registers the measured issuer and the others, then reads the snapshot as a verifier and checks it. */
    private static EvaluationFixture register(TrustOptions options, TrustEvaluationReport report, BenchPki pki,
                                              RegistryAdmin admin, String verifierToken)
            throws IOException, InterruptedException {
        System.out.println("# registering the measured issuer and " + options.otherIssuers() + " others");
        admin.registerIssuer(ISSUER, "DE", ANCHOR, pki.root().certificate(), VCT);
        for (int i = 0; i < options.otherIssuers(); i++) {
            admin.registerIssuer("https://issuer-" + i + ".bench.example", COUNTRIES.get(i % COUNTRIES.size()),
                    "bench-other-root-" + i, BenchPki.otherRoot(i), VCT, "https://issuer-" + i + ".bench.example/diploma");
        }
        RegistryAdmin.Snapshot served = admin.snapshot(verifierToken);
        TrustSnapshot snapshot;
        try {
            snapshot = SnapshotJson.read(served.body());
        } catch (SnapshotFormatException e) {
            throw new IllegalStateException("the served snapshot does not read: " + e.getMessage(), e);
        }
        EvaluationFixture fixture = new EvaluationFixture(served.body(), VCT, ISSUER, ANCHOR, pki.leaves());
        fixture.requireTrusted(TrustEvaluator.of(snapshot));
        int anchors = snapshot.issuers().stream().mapToInt(issuer -> issuer.anchors().size()).sum();
        int authorizations = snapshot.issuers().stream().mapToInt(issuer -> issuer.authorizations().size()).sum();
        report.fact(String.format(Locale.ROOT, "snapshot: version %d, %d issuers, %d anchors, %d authorizations,"
                        + " %,d bytes, ETag %s; chain: leaf + intermediate in x5c (%,d + %,d base64 characters), root as"
                        + " the anchor, vct %s; %,d distinct leaves", snapshot.version(), snapshot.issuers().size(), anchors,
                authorizations, served.body().length, served.etag(), fixture.sameChain().get(0).length(),
                fixture.sameChain().get(1).length(), VCT, fixture.chains().size()));
        return fixture;
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
