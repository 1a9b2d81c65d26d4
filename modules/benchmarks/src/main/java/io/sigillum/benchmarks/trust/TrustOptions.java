package io.sigillum.benchmarks.trust;

import io.sigillum.benchmarks.measure.CommonOptions;
import io.sigillum.benchmarks.measure.DurationArgument;
import io.sigillum.benchmarks.measure.OptionArguments;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.sigillum.benchmarks.measure.OptionArguments.positive;
import static io.sigillum.benchmarks.measure.OptionArguments.required;

/**
 * What a trust evaluation run is asked to do. Options of the run are {@code --name=value}; every
 * other argument is JMH's own and goes to the in-process rows (e.g. {@code -i 5 -r 5s}).
 *
 * @param jar           the trust-registry service's runnable jar
 * @param clients       concurrent HTTP clients, one evaluation in flight each
 * @param leaves        distinct leaf certificates under the intermediate, evaluated in turn
 * @param otherIssuers  issuers registered besides the measured one, each with its own root
 * @param serviceWarmup unmeasured HTTP load first, over both workloads (the service's JIT)
 * @param warmup        unmeasured start of each HTTP row
 * @param duration      each HTTP row's measured period
 * @param heap          the service's {@code -Xmx}
 * @param jmh           whether to measure the in-process rows
 * @param keep          whether to keep the working directory (log, database, tokens, fixture)
 * @param profile       where to write a flight recording of the service over the HTTP rows, or null
 * @param serviceJvm    more options for the service's JVM
 * @param jmhArgs       JMH options over the short defaults
 */
record TrustOptions(Path jar, int clients, int leaves, int otherIssuers, Duration serviceWarmup, Duration warmup,
                    Duration duration, String heap, boolean jmh, boolean keep, Path profile, List<String> serviceJvm,
                    List<String> jmhArgs) {

    static final String USAGE = """
            java -cp modules/benchmarks/target/benchmarks.jar io.sigillum.benchmarks.trust.TrustEvaluationRun [options] [JMH options]
              --clients=N            concurrent HTTP clients, one evaluation in flight each (16)
              --leaves=N             distinct leaves under the intermediate, evaluated in turn (1000; keep it
                                     above 750, the JDK's cache of parsed certificates, or they stop being distinct)
              --issuers=N            other issuers registered, each with its own root and the vct (50)
              --service-warmup=20s   unmeasured HTTP load over both workloads first (the service's JIT)
              --warmup=3s            unmeasured start of each HTTP row
              --duration=10s         each HTTP row's measured period
              --heap=384m            the service's -Xmx
              --no-jmh               skip the in-process rows
              --keep                 keep the working directory (service log, database, tokens, fixture)
              --profile=DIR          record the service with JFR (settings=profile) over the HTTP rows only,
                                     into DIR, and print where its Java time went
              --service-jvm=OPT      one more option for the service's JVM (repeatable)
              --jar=PATH             the service's jar
                                     (modules/trust-registry-service/target/sigillum-trust-registry-service.jar)
              JMH options            for the in-process rows, over -f 1 -wi 1 -i 3 -w 2s -r 3s
                                     (-t is set: one thread, then one per core)
            """;

    /** @throws IllegalArgumentException for an option this run does not know or a bad value */
    static TrustOptions parse(String... args) {
        Path jar = Path.of("modules/trust-registry-service/target/sigillum-trust-registry-service.jar");
        int clients = 16;
        int leaves = 1000;
        int otherIssuers = 50;
        Duration serviceWarmup = Duration.ofSeconds(20);
        Duration warmup = Duration.ofSeconds(3);
        Duration duration = Duration.ofSeconds(10);
        CommonOptions common = new CommonOptions("384m", true);
        for (OptionArguments.Option option : common.own(args)) {
            String name = option.name();
            String value = option.value();
            switch (name) {
                case "clients" -> clients = positive(name, value);
                case "leaves" -> leaves = positive(name, value);
                case "issuers" -> otherIssuers = positive(name, value);
                case "service-warmup" -> serviceWarmup = DurationArgument.parse(name, value);
                case "warmup" -> warmup = DurationArgument.parse(name, value);
                case "duration" -> duration = DurationArgument.parse(name, value);
                case "jar" -> jar = Path.of(required(name, value));
                default -> throw OptionArguments.unknown(name);
            }
        }
        OptionArguments.longerThanZero("duration", duration);
        return new TrustOptions(jar, clients, leaves, otherIssuers, serviceWarmup, warmup, duration, common.heap(), common.jmh(), common.keep(),
                common.profile(), common.serviceJvm(), common.jmhArgs());
    }

}
