package io.sigillum.benchmarks.kms;

import io.sigillum.benchmarks.measure.CommonOptions;
import io.sigillum.benchmarks.measure.DurationArgument;
import io.sigillum.benchmarks.measure.OptionArguments;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.sigillum.benchmarks.measure.OptionArguments.positive;
import static io.sigillum.benchmarks.measure.OptionArguments.required;

/**
 * What a load run is asked to do. Options of the run are {@code --name=value}; every other
 * argument is JMH's own and goes to the raw baselines (e.g. {@code -i 5 -r 5s}).
 *
 * @param serviceJar the key-management service's runnable jar
 * @param threads    client threads, each with one call in flight
 * @param serviceWarmup how long the service is loaded, unmeasured, before the first row
 * @param warmup     how long each load runs before it is measured
 * @param duration   how long each load is measured
 * @param batchSize  inputs per {@code POST /signature-batches} call
 * @param digests    whether the calls send SHA-256 digests ({@code inputType: digest}) instead of whole inputs
 * @param heap       the service's {@code -Xmx}
 * @param pkcs11     whether to try the SoftHSM2 row
 * @param jmh        whether to run the raw baselines
 * @param keep       whether to keep the working directory (service log, database) afterwards
 * @param serviceJvm more options for the service's JVM, e.g. to record a flight recording
 * @param jmhArgs    JMH options over the short defaults
 */
record LoadOptions(Path serviceJar, int threads, Duration serviceWarmup, Duration warmup, Duration duration,
                   int batchSize, boolean digests, String heap, boolean pkcs11, boolean jmh, boolean keep,
                   List<String> serviceJvm, List<String> jmhArgs) {

    static final String USAGE = """
            java -cp modules/benchmarks/target/benchmarks.jar io.sigillum.benchmarks.kms.KmsLoadRun [options] [JMH options]
              --jar=PATH             the service jar
                                     (modules/key-management-service/target/sigillum-key-management-service.jar)
              --threads=N            client threads, one call in flight each (8)
              --service-warmup=20s   unmeasured load of every kind once the service is up (its JIT)
              --warmup=5s            unmeasured load before each row
              --duration=15s         measured time of each row
              --batch=32             inputs per batch call
              --digests              send each input's SHA-256 digest (inputType digest), not the input
              --heap=512m            the service's -Xmx
              --no-pkcs11            skip the SoftHSM2 rows
              --no-jmh               skip the raw baselines
              --keep                 keep the working directory (service log, database, token)
              --service-jvm=OPT      one more option for the service's JVM (repeatable),
                                     e.g. -XX:StartFlightRecording=filename=kms.jfr,settings=profile
              JMH options            for the raw baselines, over -f 1 -wi 1 -i 3 -w 2s -r 3s
            """;

    /** @throws IllegalArgumentException for an option this run does not know or a bad value */
    static LoadOptions parse(String... args) {
        Path jar = Path.of("modules/key-management-service/target/sigillum-key-management-service.jar");
        int threads = 8;
        Duration serviceWarmup = Duration.ofSeconds(20);
        Duration warmup = Duration.ofSeconds(5);
        Duration duration = Duration.ofSeconds(15);
        int batch = 32;
        boolean digests = false;
        boolean pkcs11 = true;
        CommonOptions common = new CommonOptions("512m", false);
        for (OptionArguments.Option option : common.own(args)) {
            String name = option.name();
            String value = option.value();
            switch (name) {
                case "jar" -> jar = Path.of(required(name, value));
                case "threads" -> threads = positive(name, value);
                case "service-warmup" -> serviceWarmup = duration(name, value);
                case "warmup" -> warmup = duration(name, value);
                case "duration" -> duration = duration(name, value);
                case "batch" -> batch = positive(name, value);
                case "digests" -> digests = true;
                case "no-pkcs11" -> pkcs11 = false;
                default -> throw OptionArguments.unknown(name);
            }
        }
        return new LoadOptions(jar, threads, serviceWarmup, warmup, duration, batch, digests, common.heap(), pkcs11,
                common.jmh(), common.keep(), common.serviceJvm(), common.jmhArgs());
    }

    private static Duration duration(String name, String value) {
        return DurationArgument.parse(name, value);
    }
}
