package io.sigillum.benchmarks.issuance;

import io.sigillum.benchmarks.measure.CommonOptions;
import io.sigillum.benchmarks.measure.DurationArgument;
import io.sigillum.benchmarks.measure.OptionArguments;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.sigillum.benchmarks.measure.OptionArguments.positive;
import static io.sigillum.benchmarks.measure.OptionArguments.required;

/**
 * What an issuance run is asked to do. Options of the run are {@code --name=value}; every other
 * argument is JMH's own and goes to the crypto bounds (e.g. {@code -i 5 -r 5s}).
 *
 * @param jars          the three services' runnable jars
 * @param wallets       concurrent wallets, each with one issuance in flight
 * @param warmup        unmeasured issuances (offers made on demand), the services' JIT
 * @param rampUp        unmeasured start of the timed load, from the pre-made offers
 * @param duration      the measured window
 * @param offerMargin   pre-made offers = the rate the warm-up suggests x (ramp-up + window) x this
 * @param heap          each service's {@code -Xmx}
 * @param jmh           whether to measure the crypto bounds
 * @param keep          whether to keep the working directory (logs, databases, tokens) afterwards
 * @param profile       where to write flight recordings of the three services over the timed load, or null
 * @param serviceJvm    more options for the issuance service's JVM
 * @param jmhArgs       JMH options over the short defaults
 */
record IssuanceOptions(Jars jars, int wallets, Duration warmup, Duration rampUp, Duration duration, double offerMargin,
                       String heap, boolean jmh, boolean keep, Path profile, List<String> serviceJvm,
                       List<String> jmhArgs) {

    /**
     * @param keyManagement the key-management service's jar
     * @param status        the status service's jar
     * @param issuance      the issuance service's jar
     */
    record Jars(Path keyManagement, Path status, Path issuance) {
    }

    static final String USAGE = """
            java -cp modules/benchmarks/target/benchmarks.jar io.sigillum.benchmarks.issuance.IssuanceRun [options] [JMH options]
              --wallets=N            concurrent wallets, one issuance in flight each (16)
              --warmup=40s           unmeasured issuances first, offers made on demand (the services' JIT);
                                     its second half's latency sizes the offers made ahead
              --ramp-up=3s           unmeasured start of the timed load
              --duration=20s         the measured window
              --offer-margin=2.5     offers made before the window: warm-up rate x (ramp-up + window) x this
              --heap=384m            each service's -Xmx
              --no-jmh               skip the crypto bounds
              --keep                 keep the working directory (service logs, databases, tokens)
              --profile=DIR          record each service with JFR (settings=profile) over the timed load
                                     only, into DIR, and print where their Java time went
              --service-jvm=OPT      one more option for the issuance service's JVM (repeatable), e.g.
                                     -XX:StartFlightRecording=filename=issuance.jfr,settings=profile
              --kms-jar=PATH, --status-jar=PATH, --issuance-jar=PATH
                                     the services' jars (modules/<service>/target/sigillum-<service>.jar)
              JMH options            for the crypto bounds, over -f 1 -wi 1 -i 3 -w 2s -r 3s
                                     (-t is set: one thread, then one per core)
            """;

    /** @throws IllegalArgumentException for an option this run does not know or a bad value */
    static IssuanceOptions parse(String... args) {
        Path kms = Path.of("modules/key-management-service/target/sigillum-key-management-service.jar");
        Path status = Path.of("modules/status-service/target/sigillum-status-service.jar");
        Path issuance = Path.of("modules/issuance-service/target/sigillum-issuance-service.jar");
        int wallets = 16;
        Duration warmup = Duration.ofSeconds(40);
        Duration rampUp = Duration.ofSeconds(3);
        Duration duration = Duration.ofSeconds(20);
        double margin = 2.5;
        CommonOptions common = new CommonOptions("384m", true);
        for (OptionArguments.Option option : common.own(args)) {
            String name = option.name();
            String value = option.value();
            switch (name) {
                case "wallets" -> wallets = positive(name, value);
                case "warmup" -> warmup = DurationArgument.parse(name, value);
                case "ramp-up" -> rampUp = DurationArgument.parse(name, value);
                case "duration" -> duration = DurationArgument.parse(name, value);
                case "offer-margin" -> margin = margin(name, value);
                case "kms-jar" -> kms = Path.of(required(name, value));
                case "status-jar" -> status = Path.of(required(name, value));
                case "issuance-jar" -> issuance = Path.of(required(name, value));
                default -> throw OptionArguments.unknown(name);
            }
        }
        OptionArguments.longerThanZero("duration", duration);
        return new IssuanceOptions(new Jars(kms, status, issuance), wallets, warmup, rampUp, duration, margin, common.heap(), common.jmh(),
                common.keep(), common.profile(), common.serviceJvm(), common.jmhArgs());
    }

    private static double margin(String name, String value) {
        try {
            double number = Double.parseDouble(required(name, value));
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--" + name + " takes a number of at least 1, not " + value);
    }
}
