package io.sigillum.benchmarks.verification;

import io.sigillum.benchmarks.measure.CommonOptions;
import io.sigillum.benchmarks.measure.DurationArgument;
import io.sigillum.benchmarks.measure.OptionArguments;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.sigillum.benchmarks.measure.OptionArguments.positive;
import static io.sigillum.benchmarks.measure.OptionArguments.required;

/**
 * What a verification run is asked to do. Options of the run are {@code --name=value}; every other
 * argument is JMH's own and goes to the crypto bounds (e.g. {@code -i 5 -r 5s}).
 *
 * @param jars       the five services' runnable jars
 * @param clients    concurrent clients (a relying party and its wallet), each with one presentation in flight
 * @param warmup     unmeasured presentations first, the services' JIT
 * @param rampUp     unmeasured start of the timed load
 * @param duration   the measured window
 * @param heap       each service's {@code -Xmx}
 * @param jmh        whether to measure the crypto bounds
 * @param keep       whether to keep the working directory (logs, databases, tokens) afterwards
 * @param profile    where to write flight recordings of the verification and key-management services over the timed load, or null
 * @param serviceJvm more options for the verification service's JVM
 * @param jmhArgs    JMH options over the short defaults
 */
record VerificationOptions(Jars jars, int clients, Duration warmup, Duration rampUp, Duration duration, String heap,
                           boolean jmh, boolean keep, Path profile, List<String> serviceJvm, List<String> jmhArgs) {

    /** The services' jars. */
    record Jars(Path keyManagement, Path status, Path trustRegistry, Path issuance, Path verification) {
    }

    static final String USAGE = """
            java -cp modules/benchmarks/target/benchmarks.jar io.sigillum.benchmarks.verification.VerificationRun [options] [JMH options]
              --clients=N            concurrent clients, one presentation in flight each (2 x cores); each is a
                                     relying party and a test wallet holding its own PID
              --warmup=60s           unmeasured presentations first (the services' JIT)
              --ramp-up=3s           unmeasured start of the timed load
              --duration=20s         the measured window
              --heap=384m            each service's -Xmx
              --no-jmh               skip the crypto bounds
              --keep                 keep the working directory (service logs, databases, tokens)
              --profile=DIR          record the verification and key-management services with JFR
                                     (settings=profile) over the timed load only, into DIR, and print
                                     where their Java time went
              --service-jvm=OPT      one more option for the verification service's JVM (repeatable)
              --kms-jar=PATH, --status-jar=PATH, --trust-jar=PATH, --issuance-jar=PATH, --verification-jar=PATH
                                     the services' jars (modules/<service>/target/sigillum-<service>.jar)
              JMH options            for the crypto bounds, over -f 1 -wi 1 -i 3 -w 2s -r 3s
                                     (-t is set: one thread, then one per core)
            """;

    /** @throws IllegalArgumentException for an option this run does not know or a bad value */
    static VerificationOptions parse(String... args) {
        Path kms = jar("key-management-service");
        Path status = jar("status-service");
        Path trust = jar("trust-registry-service");
        Path issuance = jar("issuance-service");
        Path verification = jar("verification-service");
        int clients = 2 * Runtime.getRuntime().availableProcessors();
        Duration warmup = Duration.ofSeconds(60);
        Duration rampUp = Duration.ofSeconds(3);
        Duration duration = Duration.ofSeconds(20);
        CommonOptions common = new CommonOptions("384m", true);
        for (OptionArguments.Option option : common.own(args)) {
            String name = option.name();
            String value = option.value();
            switch (name) {
                case "clients" -> clients = positive(name, value);
                case "warmup" -> warmup = DurationArgument.parse(name, value);
                case "ramp-up" -> rampUp = DurationArgument.parse(name, value);
                case "duration" -> duration = DurationArgument.parse(name, value);
                case "kms-jar" -> kms = Path.of(required(name, value));
                case "status-jar" -> status = Path.of(required(name, value));
                case "trust-jar" -> trust = Path.of(required(name, value));
                case "issuance-jar" -> issuance = Path.of(required(name, value));
                case "verification-jar" -> verification = Path.of(required(name, value));
                default -> throw OptionArguments.unknown(name);
            }
        }
        OptionArguments.longerThanZero("duration", duration);
        return new VerificationOptions(new Jars(kms, status, trust, issuance, verification), clients, warmup, rampUp, duration,
                common.heap(), common.jmh(), common.keep(), common.profile(), common.serviceJvm(), common.jmhArgs());
    }

    private static Path jar(String module) {
        return Path.of("modules/" + module + "/target/sigillum-" + module + ".jar");
    }
}
