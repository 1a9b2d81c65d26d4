package io.sigillum.benchmarks.kms;

import io.sigillum.benchmarks.crypto.Es256Benchmark;
import io.sigillum.benchmarks.measure.JmhScores;
import io.sigillum.benchmarks.measure.MachineFacts;
import io.sigillum.crypto.provider.ActiveProvider;
import io.sigillum.crypto.provider.CryptoProviders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The key-management service's signing throughput against raw signing, in one run: the ES256 JMH
 * baselines (JDK and fast provider, one thread), then the service as a real child process under
 * closed-loop HTTP load, single signatures and batches, with a software key and, where SoftHSM2 is
 * installed, a PKCS#11 key. Prints one table (see the benchmarks README, "KMS load run"); exits
 * with 1 when a call failed or a returned signature did not verify.
 */
public final class KmsLoadRun {

    private KmsLoadRun() {
    }

    /** @param args the run's {@code --options} and JMH's options, see {@link LoadOptions#USAGE} */
    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(LoadOptions.USAGE);
            return;
        }
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(LoadOptions.USAGE);
            System.exit(2);
            return;
        }
        ActiveProvider active = CryptoProviders.install();
        KmsLoadReport report = new KmsLoadReport();
        report.fact("machine: " + MachineFacts.describe());
        report.fact("load average before the run: " + MachineFacts.loadAverage()
                + " (the load generator and the service share these cores; other work on the machine adds noise)");
        report.fact("active provider here and in JMH's fork: " + active);
        raw(options, active, report);
        Path work = Files.createTempDirectory("sigillum-kms-load");
        boolean clean;
        try {
            new ServiceLoads(options, report, work).run();
            report.fact("load average after the run: " + MachineFacts.loadAverage());
            clean = report.print(System.out);
        } finally {
            if (options.keep()) {
                System.out.println("kept the working directory (service log, database, token): " + work);
            } else {
                delete(work);
            }
        }
        if (!clean) {
            System.exit(1);
        }
    }

    private static void raw(LoadOptions options, ActiveProvider active, KmsLoadReport report) throws Exception {
        String fast = active.fast() ? "ACCP" : active.name();
        if (!options.jmh()) {
            for (String label : new String[] {"JDK raw sign", fast + " raw sign", "JDK raw verify", fast + " raw verify"}) {
                report.skipped(label, "--no-jmh was given");
            }
            return;
        }
        JmhScores.Scores scores = JmhScores.run(Es256Benchmark.class, 1, options.jmhArgs());
        report.raw("JDK raw sign", scores.of("sign", Es256Benchmark.JDK), false);
        report.raw(fast + " raw sign", scores.of("sign", Es256Benchmark.ACTIVE), true);
        report.raw("JDK raw verify", scores.of("verify", Es256Benchmark.JDK), false);
        report.raw(fast + " raw verify", scores.of("verify", Es256Benchmark.ACTIVE), false);
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
