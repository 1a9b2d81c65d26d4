package io.sigillum.benchmarks.issuance;

import io.sigillum.benchmarks.measure.CryptoBounds;
import io.sigillum.benchmarks.measure.JmhScores;
import io.sigillum.benchmarks.measure.Latencies;
import io.sigillum.benchmarks.measure.MachineFacts;
import io.sigillum.benchmarks.service.TokenIssuer;
import io.sigillum.crypto.provider.ActiveProvider;
import io.sigillum.crypto.provider.CryptoProviders;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * End-to-end issuances per second against the crypto bounds, in one run (see the benchmarks
 * README, "Issuance run"):
 * <ol>
 *   <li>the crypto bounds: the services' public-key operations of one issuance
 *       ({@link ServerCrypto}) in this process through JMH, on one thread and on one per core,
 *       with the JDK's provider and with the fast one;</li>
 *   <li>the key-management, status and issuance services as child processes from their jars
 *       ({@link IssuanceStack}); people seeded through the admin API;</li>
 *   <li>a warm-up of full issuances (offers made on demand), then offers made ahead for the timed
 *       load, then {@code --wallets} wallets ({@link LoadWallet}) in a closed loop: a ramp-up and a
 *       measured window, optionally recorded with JFR ({@code --profile});</li>
 *   <li>a check of one credential per wallet against the key the KMS publishes, and the table.</li>
 * </ol>
 * Exits with 1 when an issuance failed, the offers ran out or a credential did not verify.
 */
public final class IssuanceRun {

    private IssuanceRun() {
    }

    /** @param args the run's {@code --options} and JMH's options, see {@link IssuanceOptions#USAGE} */
    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(IssuanceOptions.USAGE);
            return;
        }
        IssuanceOptions options;
        try {
            options = IssuanceOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(IssuanceOptions.USAGE);
            System.exit(2);
            return;
        }
        ActiveProvider active = CryptoProviders.install();
        IssuanceReport report = new IssuanceReport();
        report.fact("machine: " + MachineFacts.describe());
        report.fact("load average before the run: " + MachineFacts.loadAverage()
                + " (the wallets and the three services share these cores; other work on the machine adds noise)");
        report.fact("this JVM (the wallets): " + active);
        if (options.jmh()) {
            System.out.println("# crypto bounds: JMH, " + JmhScores.DEFAULT_SETTINGS + " unless given, 1 thread then "
                    + Runtime.getRuntime().availableProcessors());
            report.bounds(CryptoBounds.measure(IssuanceCryptoBenchmark.class, "issuance",
                    Runtime.getRuntime().availableProcessors(), options.jmhArgs()),
                    active.fast() ? "ACCP" : active.name());
        }
        Path work = Files.createTempDirectory("sigillum-issuance-run");
        boolean clean;
        try {
            load(options, report, work);
            report.fact("load average after the run: " + MachineFacts.loadAverage());
            clean = report.print(System.out);
        } finally {
            if (options.keep()) {
                System.out.println("kept the working directory (service logs, databases, tokens): " + work);
            } else {
                delete(work);
            }
        }
        if (!clean) {
            System.exit(1);
        }
    }

    private static void load(IssuanceOptions options, IssuanceReport report, Path work) throws Exception {
        TokenIssuer tokens = TokenIssuer.create(work);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        System.out.println("# starting key management, status and issuance (" + work + ")");
        try (IssuanceStack stack = IssuanceStack.start(options, tokens, work, client)) {
            report.fact("services (key management, status, issuance): providers " + String.join(", ", stack.providers())
                    + "; each -Xmx" + options.heap() + ", serial GC, plain HTTP on loopback, an H2 file database each"
                    + (options.serviceJvm().isEmpty() ? "" : "; issuance JVM also " + options.serviceJvm()));
            try {
                measure(options, report, stack, tokens, client);
            } catch (IOException | RuntimeException e) {
                throw stack.issuance().failed("the issuance run failed: " + e, e);
            }
        }
    }

    private static void measure(IssuanceOptions options, IssuanceReport report, IssuanceStack stack, TokenIssuer tokens,
                                HttpClient client) throws Exception {
        IssuerAdmin admin = new IssuerAdmin(client, stack.issuance().base(), tokens.token("bench-operator", "issuer-admin"));
        OfferBook offers = new OfferBook(admin, options.wallets());
        offers.seedPeople();
        ServerNonce nonce = new ServerNonce();
        IssuanceLoad load = new IssuanceLoad(new LoadWallet(client, stack.issuance().base(), IssuanceStack.CREDENTIAL_ISSUER,
                nonce), options.wallets(), nonce);
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        processes.put("issuance", stack.issuance().handle());
        processes.put("key management", stack.keyManagement().handle());
        processes.put("status", stack.status().handle());
        processes.put("wallets (this JVM)", ProcessHandle.current());

        System.out.println("# warm-up: " + options.wallets() + " wallets for " + options.warmup().toSeconds()
                + " s, offers made on demand");
        Duration firstHalf = options.warmup().dividedBy(2);
        IssuanceResult warm = load.run(offers::makeOne, firstHalf, options.warmup().minus(firstHalf), processes);
        if (warm.errors() > 0) {
            report.problem("warm-up: " + warm.errors() + " issuances failed; first: " + warm.firstError());
        }
        double rate = estimatedRate(warm.latencies(), options.wallets());
        System.out.printf(Locale.ROOT, "#   second half: %,.0f issuances/s with offers made alongside; about %,.0f without%n",
                warm.perSecond(), rate);

        int needed = (int) Math.ceil(rate * (options.rampUp().plus(options.duration()).toNanos() / 1e9)
                * options.offerMargin()) + options.wallets();
        System.out.println("# making " + needed + " offers ahead of the timed load");
        OfferBook.Made made = offers.makeAhead(needed, Math.min(8, options.wallets()));
        report.fact(String.format(Locale.ROOT, "offers made before the timed load (operator, POST /offers, %d threads):"
                + " %,d at %,.0f offers/s", made.threads(), made.codes().size(), made.perSecond()));
        report.fact("load: " + options.wallets() + " wallets, closed loop, one full issuance in flight each (fresh DPoP and"
                + " holder keys); " + options.warmup().toSeconds() + " s warm-up, " + options.rampUp().toSeconds()
                + " s ramp-up, " + options.duration().toSeconds() + " s measured");

        StackProfile profile = options.profile() == null ? null
                : StackProfile.start(stack, options.profile(), options.rampUp().plus(options.duration()));
        System.out.println("# timed load: " + options.rampUp().toSeconds() + " s ramp-up, "
                + options.duration().toSeconds() + " s measured");
        IssuanceResult result = load.run(made.codes()::poll, options.rampUp(), options.duration(), processes);
        System.out.printf(Locale.ROOT, "#   %,.1f issuances/s, %d errors%n", result.perSecond(), result.errors());
        CredentialCheck check = CredentialCheck.of(result.samples(), client, stack.keyManagement().base());
        report.fact("credential: issuer-signed JWT signing input " + check.jwtBytes() + " bytes (the crypto bound signs "
                + ServerCrypto.CREDENTIAL_SIGNING_INPUT_BYTES + ")");
        report.load(result, options.wallets(), check);
        if (profile != null) {
            profile.print(System.out);
        }
    }

    /**
     * Closed loop: each wallet completes one issuance per latency, so N wallets make N / latency a
     * second. Taken from the warm-up's second half, whose offers were made alongside: an underestimate,
     * which {@code --offer-margin} makes up for.
     */
    private static double estimatedRate(Latencies.Sorted latencies, int wallets) {
        long median = latencies.percentile(50);
        return median <= 0 ? 200 : wallets / (median / 1e9);
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
