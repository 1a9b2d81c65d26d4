package io.sigillum.benchmarks.trust;

import io.sigillum.benchmarks.measure.HttpLoad;
import io.sigillum.benchmarks.profile.JfrRecording;
import io.sigillum.benchmarks.profile.JfrSummary;
import io.sigillum.benchmarks.service.ServiceProcess;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP rows: {@code --clients} verifiers in a closed loop ({@link HttpLoad}) sending
 * {@code POST /evaluations}, first unmeasured over both workloads (the service's JIT), then each
 * workload with its own warm-up and measured period, optionally recorded with JFR; a sample of the
 * answers checked ({@link AnswerCheck}).
 */
final class HttpEvaluations {

    /** Covers the few seconds a recording takes to start. */
    private static final Duration SLACK = Duration.ofSeconds(3);

    private final TrustOptions options;
    private final TrustEvaluationReport report;
    private final HttpClient client;
    private final ServiceProcess registry;
    private final String verifierToken;

    HttpEvaluations(TrustOptions options, TrustEvaluationReport report, HttpClient client, ServiceProcess registry,
                    String verifierToken) {
        this.options = options;
        this.report = report;
        this.client = client;
        this.registry = registry;
        this.verifierToken = verifierToken;
    }

    void measure(EvaluationFixture fixture) throws IOException, InterruptedException {
        Map<TrustEvaluationReport.Workload, List<HttpRequest>> workloads = new EnumMap<>(TrustEvaluationReport.Workload.class);
        workloads.put(TrustEvaluationReport.Workload.SAME,
                EvaluationRequests.of(registry.base(), verifierToken, fixture.vct(), List.of(fixture.sameChain())));
        workloads.put(TrustEvaluationReport.Workload.DISTINCT,
                EvaluationRequests.of(registry.base(), verifierToken, fixture.vct(), fixture.chains()));
        report.fact("HTTP load: " + options.clients() + " clients (HTTP/1.1, kept alive, one call in flight each), "
                + options.serviceWarmup().toSeconds() + " s service warm-up, then " + options.warmup().toSeconds()
                + " s warm-up and " + options.duration().toSeconds() + " s measured per row");

        System.out.println("# warming the service up: " + options.serviceWarmup().toSeconds() + " s over both workloads");
        HttpLoad warmUp = new HttpLoad(client, options.clients(), Duration.ZERO,
                options.serviceWarmup().dividedBy(workloads.size()));
        for (Map.Entry<TrustEvaluationReport.Workload, List<HttpRequest>> workload : workloads.entrySet()) {
            HttpLoad.Result result = warmUp.run(workload.getValue(), registry.handle());
            if (result.errors() > 0) {
                report.problem("service warm-up, " + workload.getKey().label + ": " + result.errors()
                        + " calls failed; first: " + result.firstError());
            }
        }

        JfrRecording recording = options.profile() == null ? null : JfrRecording.start(registry.handle(),
                Files.createDirectories(options.profile()).resolve("trust-registry.jfr"),
                options.warmup().plus(options.duration()).multipliedBy(workloads.size()).plus(SLACK));
        HttpLoad load = new HttpLoad(client, options.clients(), options.warmup(), options.duration());
        for (Map.Entry<TrustEvaluationReport.Workload, List<HttpRequest>> workload : workloads.entrySet()) {
            String label = workload.getKey().label;
            System.out.println("# HTTP, " + label + ": " + options.clients() + " clients, " + options.warmup().toSeconds()
                    + " s warm-up, " + options.duration().toSeconds() + " s measured");
            HttpLoad.Result result = load.run(workload.getValue(), registry.handle());
            System.out.printf(Locale.ROOT, "#   %,.0f evaluations/s, %d errors%n", result.callsPerSecond(), result.errors());
            report.http(workload.getKey(), options.clients(), result,
                    AnswerCheck.of("HTTP, " + label, result, fixture.issuer(), fixture.anchor()));
        }
        if (recording != null) {
            Path file = recording.await(Duration.ofSeconds(60));
            System.out.println();
            JfrSummary.of(file).print(System.out, "trust registry over the HTTP rows (" + file + ")", 25);
        }
    }
}
