package io.sigillum.benchmarks.kms;

import io.sigillum.benchmarks.measure.HttpLoad;
import io.sigillum.benchmarks.service.LiveHealth;
import io.sigillum.benchmarks.service.ServiceProcess;
import io.sigillum.benchmarks.service.ServiceProperties;
import io.sigillum.benchmarks.service.TokenIssuer;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP half of a load run: starts the service with the run's token issuer (and SoftHSM2 token),
 * creates a software key and a PKCS#11 key as the admin, and loads each with single and batch
 * signing as the signer {@code bench}.
 */
final class ServiceLoads {

    /** The signer's {@code sub}, granted both purposes. */
    static final String SIGNER = "bench";
    private static final String SOFTWARE_PURPOSE = "status-list-signing";
    private static final String PKCS11_PURPOSE = "credential-signing";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final LoadOptions options;
    private final KmsLoadReport report;
    private final Path work;

    ServiceLoads(LoadOptions options, KmsLoadReport report, Path work) {
        this.options = options;
        this.report = report;
        this.work = work;
    }

    void run() throws IOException, InterruptedException {
        SoftHsmToken.Outcome hsm = options.pkcs11()
                ? SoftHsmToken.prepare(work)
                : new SoftHsmToken.Skipped("--no-pkcs11 was given");
        TokenIssuer issuer = TokenIssuer.create(work);
        int port = ServiceProcess.freePort();
        Map<String, String> properties = properties(port, issuer);
        Map<String, String> environment = new HashMap<>();
        if (hsm instanceof SoftHsmToken.Ready ready) {
            properties.putAll(ready.token().serviceProperties());
            properties.put("sigillum.kms.backend." + PKCS11_PURPOSE, "pkcs11");
            environment.put("SOFTHSM2_CONF", ready.token().conf().toString());
        }
        HttpClient client = HttpLoad.newClient();
        System.out.println("# starting the key-management service on 127.0.0.1:" + port + " (" + options.serviceJar() + ")");
        try (ServiceProcess service = ServiceProcess.start(options.serviceJar(), options.heap(), options.serviceJvm(), port, properties,
                environment, work.resolve("service.log"))) {
            String live = service.awaitLive(client, START_TIMEOUT);
            report.fact("service: -Xmx" + options.heap() + ", plain HTTP on loopback, active provider " + LiveHealth.provider(live)
                    + "; load: " + options.threads() + " client threads (HTTP/1.1, kept alive), "
                    + options.serviceWarmup().toSeconds() + " s service warm-up, then "
                    + options.warmup().toSeconds() + " s warm-up and " + options.duration().toSeconds() + " s measured per row");
            try {
                loadBoth(service, client, issuer, hsm);
            } catch (IOException | RuntimeException e) {
                throw service.failed("the load run failed: " + e, e);
            }
        }
    }

    /** A key with its public half and the calls that load it. */
    private record LoadedKey(KmsApi.CreatedKey key, PublicKey publicKey, List<Workload> workloads) {
    }

    private void loadBoth(ServiceProcess service, HttpClient client, TokenIssuer issuer, SoftHsmToken.Outcome hsm)
            throws IOException, InterruptedException {
        KmsApi api = new KmsApi(client, service.base());
        String admin = issuer.token("bench-admin", "kms-admin");
        String signer = issuer.token(SIGNER, "kms-signer");
        List<LoadedKey> keys = new ArrayList<>();
        keys.add(prepare(api, service, signer, api.createKey(admin, SOFTWARE_PURPOSE, "default"), "software"));
        if (hsm instanceof SoftHsmToken.Ready) {
            keys.add(prepare(api, service, signer,
                    api.createKey(admin, PKCS11_PURPOSE, "https://issuer.bench.example/pid"), "pkcs11"));
        }
        warmUp(service, client, keys);
        HttpLoad generator = new HttpLoad(client, options.threads(), options.warmup(), options.duration());
        for (LoadedKey key : keys) {
            for (Workload workload : key.workloads()) {
                System.out.println("# " + workload.label() + ": " + options.threads() + " threads, "
                        + options.warmup().toSeconds() + " s warm-up, " + options.duration().toSeconds() + " s measured");
                LoadResult result = new LoadResult(workload, generator.run(workload.requests(), service.handle()));
                SignatureCheck check = SignatureCheck.of(result, key.key().kid(), key.publicKey());
                report.load(workload.label(), result, check, target(workload, key.key()));
                System.out.printf(Locale.ROOT, "#   %,.0f signatures/s, %d errors%n", result.signaturesPerSecond(),
                        result.errors());
            }
        }
        if (hsm instanceof SoftHsmToken.Skipped skipped) {
            System.out.println("# PKCS#11 rows skipped: " + skipped.reason());
            report.skipped(label("KMS single", "pkcs11"), skipped.reason());
            report.skipped(label("KMS batch-" + options.batchSize(), "pkcs11"), skipped.reason());
        }
    }

    /** Batches with a software key are held to the target; with SoftHSM2 they are shown for reference. */
    private static KmsLoadReport.Target target(Workload workload, KmsApi.CreatedKey key) {
        if (workload.signaturesPerCall() == 1) {
            return KmsLoadReport.Target.NONE;
        }
        return key.backend().equals("software") ? KmsLoadReport.Target.HELD : KmsLoadReport.Target.REFERENCE;
    }

    private LoadedKey prepare(KmsApi api, ServiceProcess service, String signer, KmsApi.CreatedKey key, String backend)
            throws IOException, InterruptedException {
        if (!backend.equals(key.backend())) {
            throw new IllegalStateException("the " + key.purpose() + " key was made by the " + key.backend()
                    + " backend, not " + backend);
        }
        List<byte[]> inputs = SigningInputs.of(key.kid(), Math.max(256, 8 * options.batchSize()));
        if (backend.equals("software")) {
            report.fact("signing input: " + inputs.get(0).length + " bytes (the JWS signing input of an SD-JWT VC), "
                    + (options.digests() ? "sent as its SHA-256 digest (inputType digest)" : "sent whole")
                    + ", base64url; batches of " + options.batchSize());
        }
        return new LoadedKey(key, api.publicKey(key), List.of(
                Workload.single(label("KMS single", backend), service.base(), signer, key.kid(), inputs, options.digests()),
                Workload.batch(label("KMS batch-" + options.batchSize(), backend), service.base(), signer, key.kid(),
                        inputs, options.batchSize(), options.digests())));
    }

    private String label(String call, String backend) {
        return call + " (" + backend + (options.digests() ? ", digests" : "") + ")";
    }

    /**
     * Runs every workload unmeasured first, so the service's JIT has compiled the whole request
     * path (HTTP, JAX-RS, JWT, JSON, both backends) before any row is measured: without it the
     * first row measures the compiler.
     */
    private void warmUp(ServiceProcess service, HttpClient client, List<LoadedKey> keys) throws InterruptedException {
        List<Workload> workloads = keys.stream().flatMap(key -> key.workloads().stream()).toList();
        Duration each = options.serviceWarmup().dividedBy(workloads.size());
        System.out.println("# warming the service up: " + options.serviceWarmup().toSeconds() + " s over "
                + workloads.size() + " workloads");
        HttpLoad generator = new HttpLoad(client, options.threads(), Duration.ZERO, each);
        for (Workload workload : workloads) {
            LoadResult result = new LoadResult(workload, generator.run(workload.requests(), service.handle()));
            if (result.errors() > 0) {
                report.problem("service warm-up, " + workload.label() + ": " + result.errors()
                        + " calls failed; first: " + result.firstError());
            }
        }
    }

    private Map<String, String> properties(int port, TokenIssuer issuer) {
        // Signing needs no broker: the service is pointed at a port nothing listens on, never at a real one.
        Map<String, String> properties = ServiceProperties.of(port, work, issuer, ServiceProperties.deadBroker());
        properties.put("sigillum.kms.master-key-file", work.resolve("master.key").toAbsolutePath().toString());
        properties.put("sigillum.kms.grants." + SIGNER, SOFTWARE_PURPOSE + "," + PKCS11_PURPOSE);
        if (options.batchSize() > 256) {
            properties.put("sigillum.kms.max-batch-size", Integer.toString(options.batchSize()));
        }
        return properties;
    }
}
