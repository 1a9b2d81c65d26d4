package io.sigillum.benchmarks.verification;

import io.sigillum.benchmarks.measure.CryptoBounds;
import io.sigillum.benchmarks.measure.JmhScores;
import io.sigillum.benchmarks.measure.MachineFacts;
import io.sigillum.benchmarks.service.ServiceProcess;
import io.sigillum.benchmarks.service.TokenIssuer;
import io.sigillum.crypto.provider.ActiveProvider;
import io.sigillum.crypto.provider.CryptoProviders;
import io.sigillum.wallet.Wallet;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Verified presentations per second through the HTTP API against the crypto bounds, in one run
 * (see the benchmarks README, "Verification run"):
 * <ol>
 *   <li>the crypto bounds: the services' public-key operations of one presentation
 *       ({@link PresentationCrypto}) in this process through JMH, on one thread and on one per
 *       core, with the JDK's providers and with the fast one;</li>
 *   <li>key management, status, trust registry, issuance and verification as child processes from
 *       their jars, over TLS ({@link VerificationStack}); the issuer seeded into the trust registry;</li>
 *   <li>one PID per client, received by the test wallet before anything is timed;</li>
 *   <li>a warm-up of full presentations, then {@code --clients} clients in a closed loop: a
 *       ramp-up and a measured window, optionally recorded with JFR ({@code --profile});</li>
 *   <li>the table.</li>
 * </ol>
 * Exits with 1 when a presentation failed or was not read as verified.
 */
public final class VerificationRun {

    private VerificationRun() {
    }

    /** @param args the run's {@code --options} and JMH's options, see {@link VerificationOptions#USAGE} */
    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(VerificationOptions.USAGE);
            return;
        }
        VerificationOptions options;
        try {
            options = VerificationOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(VerificationOptions.USAGE);
            System.exit(2);
            return;
        }
        ActiveProvider active = CryptoProviders.install();
        VerificationReport report = new VerificationReport();
        report.fact("machine: " + MachineFacts.describe());
        report.fact("load average before the run: " + MachineFacts.loadAverage()
                + " (the clients and the five services share these cores; other work on the machine adds noise)");
        report.fact("this JVM (relying parties and wallets): " + active);
        int cores = Runtime.getRuntime().availableProcessors();
        if (options.jmh()) {
            System.out.println("# crypto bounds: JMH, " + JmhScores.DEFAULT_SETTINGS + " unless given, 1 thread then " + cores);
            report.bounds(CryptoBounds.measure(VerificationCryptoBenchmark.class, VerificationCryptoBenchmark.OPERATION, cores,
                    options.jmhArgs()), active.fast() ? "ACCP" : active.name());
        }
        Path work = Files.createTempDirectory("sigillum-verification-run");
        boolean clean = false;
        try {
            clean = load(options, report, work);
            report.fact("load average after the run: " + MachineFacts.loadAverage());
            clean &= report.print(System.out);
        } finally {
            if (options.keep() || !clean) {
                System.out.println("kept the working directory (service logs, databases, tokens): " + work);
            } else {
                delete(work);
            }
        }
        if (!clean) {
            System.exit(1);
        }
    }

    private static boolean load(VerificationOptions options, VerificationReport report, Path work) throws Exception {
        TokenIssuer tokens = TokenIssuer.create(work);
        RunTls tls;
        try {
            tls = RunTls.create(work);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the run's TLS stores: " + e.getMessage(), e);
        }
        HttpClient client = tls.client();
        System.out.println("# starting key management, status, trust registry, issuance and verification (" + work + ")");
        try (VerificationStack stack = VerificationStack.start(options, tokens, tls, work, client)) {
            report.fact("services: providers " + String.join("; ", stack.providers()) + "; each -Xmx" + options.heap()
                    + ", serial GC, TLS on loopback (the run's CA), an H2 file database each, no broker"
                    + (options.serviceJvm().isEmpty() ? "" : "; verification JVM also " + options.serviceJvm()));
            try {
                measure(options, report, stack, tokens, client);
                return true;
            } catch (IOException | RuntimeException e) {
                throw stack.verification().failed("the verification run failed: " + e, e);
            }
        }
    }

    private static void measure(VerificationOptions options, VerificationReport report, VerificationStack stack,
                                TokenIssuer tokens, HttpClient client) throws Exception {
        StackCalls calls = new StackCalls(client);
        TrustSeeding trust = new TrustSeeding(calls, stack);
        String kmsToken = tokens.token("bench-operator", "kms-admin");
        long version = trust.seed(tokens.token("bench-operator", "trust-admin"), kmsToken);
        System.out.println("# trust registry seeded (snapshot version " + version + "); receiving " + options.clients() + " PIDs");
        long issuing = System.nanoTime();
        List<Wallet> wallets = new PidWallets(calls, client, stack.issuance().base(), trust.authorities(kmsToken))
                .issue(options.clients(), tokens.token("bench-operator", "issuer-admin"));
        System.out.printf(Locale.ROOT, "#   %d PIDs in %.1f s; waiting for the verifier to take the seeded trust snapshot%n",
                wallets.size(), (System.nanoTime() - issuing) / 1e9);
        trust.awaitVerifier(version, Duration.ofSeconds(120));

        RelyingParty relyingParty = new RelyingParty(calls, stack.verification().base(), tokens.token("bench-rp", "verifier-rp"));
        PresentationLoad load = new PresentationLoad(relyingParty, wallets);
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        for (Map.Entry<String, ServiceProcess> service : stack.all().entrySet()) {
            processes.put(service.getKey(), service.getValue().handle());
        }
        processes.put("clients (this JVM)", ProcessHandle.current());

        System.out.println("# warm-up: " + options.clients() + " clients for " + options.warmup().toSeconds() + " s");
        Duration firstHalf = options.warmup().dividedBy(2);
        PresentationLoadResult warm = load.run(firstHalf, options.warmup().minus(firstHalf), processes);
        if (warm.errors() > 0) {
            report.problem("warm-up: " + warm.errors() + " presentations failed; first: " + warm.firstError());
        }
        System.out.printf(Locale.ROOT, "#   second half: %,.1f presentations/s, p50 %.1f ms%n", warm.perSecond(),
                warm.latencies().percentile(50) / 1e6);
        report.fact("load: " + options.clients() + " clients, closed loop, one presentation in flight each (a relying party"
                + " and a test wallet holding its own PID); " + options.warmup().toSeconds() + " s warm-up, "
                + options.rampUp().toSeconds() + " s ramp-up, " + options.duration().toSeconds() + " s measured");

        VerificationProfile profile = options.profile() == null ? null
                : VerificationProfile.start(stack, options.profile(), options.rampUp().plus(options.duration()));
        System.out.println("# timed load: " + options.rampUp().toSeconds() + " s ramp-up, " + options.duration().toSeconds()
                + " s measured");
        PresentationLoadResult result = load.run(options.rampUp(), options.duration(), processes);
        System.out.printf(Locale.ROOT, "#   %,.1f presentations/s, %d errors%n", result.perSecond(), result.errors());
        report.load(result, options.clients());
        if (profile != null) {
            profile.print(System.out);
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
