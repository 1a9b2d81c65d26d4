package io.sigillum.helm;

import static io.sigillum.helm.Manifests.PROCESS_PORTS;
import static io.sigillum.helm.Manifests.at;
import static io.sigillum.helm.Manifests.container;
import static io.sigillum.helm.Manifests.env;
import static io.sigillum.helm.Manifests.envValue;
import static io.sigillum.helm.Manifests.list;
import static io.sigillum.helm.Manifests.map;
import static io.sigillum.helm.Manifests.name;
import static io.sigillum.helm.Manifests.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the chart renders for the six processes: workloads, Services, autoscalers, budgets, configuration. */
class WorkloadsTest {

    private static final Set<String> MICROPROFILE = Set.of("issuance", "verification", "status", "trust-registry", "key-management");
    private static final Map<String, String> SCHEMAS = Map.of(
            "issuance", "issuance", "verification", "verification", "status", "status",
            "trust-registry", "trust_registry", "key-management", "key_management");

    @Test
    void oneDeploymentServiceAutoscalerAndBudgetPerProcess() {
        Manifests chart = Rendered.defaults();
        Set<String> expected = PROCESS_PORTS.keySet().stream().map(Manifests::name).collect(Collectors.toSet());
        for (String kind : List.of("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget")) {
            assertEquals(expected, chart.ofKind(kind).map(d -> string(d, "metadata.name")).collect(Collectors.toSet()), kind);
        }
        PROCESS_PORTS.forEach((process, port) -> {
            Map<String, Object> deployment = chart.get("Deployment", name(process));
            Map<String, Object> podLabels = map(deployment, "spec.template.metadata.labels");
            assertEquals(process, podLabels.get("app.kubernetes.io/component"));
            assertSelects(map(deployment, "spec.selector.matchLabels"), podLabels, "Deployment " + process);

            Map<String, Object> container = container(deployment);
            Map<String, Object> containerPort = Manifests.<Map<String, Object>>list(container, "ports").getFirst();
            assertEquals(port, containerPort.get("containerPort"), process);
            assertEquals(Integer.toString(port), envValue(container, "SERVER_PORT"), process);
            assertEquals("0.0.0.0", envValue(container, "SERVER_HOST"), process);

            Map<String, Object> service = chart.get("Service", name(process));
            assertEquals("ClusterIP", string(service, "spec.type"));
            assertSelects(map(service, "spec.selector"), podLabels, "Service " + process);
            Map<String, Object> servicePort = Manifests.<Map<String, Object>>list(service, "spec.ports").getFirst();
            assertEquals(port, servicePort.get("port"), process);
            assertEquals(containerPort.get("name"), servicePort.get("targetPort"), process);

            Map<String, Object> hpa = chart.get("HorizontalPodAutoscaler", name(process));
            assertEquals("Deployment", string(hpa, "spec.scaleTargetRef.kind"));
            assertEquals(name(process), string(hpa, "spec.scaleTargetRef.name"));
            assertTrue((Integer) at(hpa, "spec.minReplicas") >= 2, "at least two replicas keep a process up through a node loss");
            assertEquals("cpu", string(Manifests.<Map<String, Object>>list(hpa, "spec.metrics").getFirst(), "resource.name"));
            assertNull(at(deployment, "spec.replicas"), "the autoscaler, not the Deployment, sets the replicas");

            Map<String, Object> pdb = chart.get("PodDisruptionBudget", name(process));
            assertSelects(map(pdb, "spec.selector.matchLabels"), podLabels, "PodDisruptionBudget " + process);
        });
    }

    @Test
    void imagesComeFromTheRegistryWithTheAppVersionByDefault() {
        PROCESS_PORTS.keySet().forEach(process -> assertEquals(
                "ghcr.io/sigillum/sigillum-" + process + ":0.1.0",
                string(container(Rendered.defaults().get("Deployment", name(process))), "image")));
        PROCESS_PORTS.keySet().forEach(process -> {
            Map<String, Object> container = container(Rendered.production().get("Deployment", name(process)));
            assertEquals("registry.example.gov/eudi/sigillum-" + process + ":0.1.0", string(container, "image"));
            assertEquals("Always", string(container, "imagePullPolicy"));
        });
    }

    @Test
    void probesUseTheHealthEndpointsOverHttpsAndAllowASlowStart() {
        for (String process : PROCESS_PORTS.keySet()) {
            Map<String, Object> container = container(Rendered.defaults().get("Deployment", name(process)));
            String portName = string(Manifests.<Map<String, Object>>list(container, "ports").getFirst(), "name");
            assertProbe(container, "startupProbe", "/health/live", portName, "HTTPS");
            assertProbe(container, "livenessProbe", "/health/live", portName, "HTTPS");
            assertProbe(container, "readinessProbe", "/health/ready", portName, "HTTPS");
            int startupWindow = (Integer) at(container, "startupProbe.periodSeconds") * (Integer) at(container, "startupProbe.failureThreshold");
            assertTrue(startupWindow >= 90, process + ": a ~30 s JVM start needs room, has " + startupWindow + " s");
        }
    }

    @Test
    void withoutTlsTheProcessesServePlainHttpAndMountNoKeyStore(@TempDir Path dir) throws IOException {
        Manifests chart = new Manifests(Chart.render(write(dir, "tls:\n  enabled: false\n")));
        for (String process : PROCESS_PORTS.keySet()) {
            Map<String, Object> deployment = chart.get("Deployment", name(process));
            Map<String, Object> container = container(deployment);
            assertProbe(container, "readinessProbe", "/health/ready", "http", "HTTP");
            assertTrue(env(container, "server.tls.private-key.keystore.resource.path").isEmpty(), process);
            assertFalse(volumeNames(deployment).contains("tls"), process);
        }
        String upstream = envValue(container(chart.get("Deployment", name("gateway"))), "sigillum.gateway.upstream.status.url");
        assertTrue(upstream.startsWith("http://"), upstream);
    }

    @Test
    void noContainerRunsAsRootOrCanWriteItsImage() {
        Manifests chart = new Manifests(Chart.renderWithHooks(null));
        List<Map<String, Object>> workloads = chart.all().stream()
                .filter(d -> Set.of("Deployment", "Job").contains(d.get("kind"))).toList();
        assertEquals(7, workloads.size(), "six Deployments and the migration Job");
        for (Map<String, Object> workload : workloads) {
            String what = workload.get("kind") + " " + string(workload, "metadata.name");
            Map<String, Object> pod = map(workload, "spec.template.spec");
            Map<String, Object> container = container(workload);
            Map<String, Object> podSecurity = map(pod, "securityContext");
            Map<String, Object> security = map(container, "securityContext");

            assertEquals(Boolean.TRUE, security.getOrDefault("runAsNonRoot", podSecurity.get("runAsNonRoot")), what);
            Object user = security.getOrDefault("runAsUser", podSecurity.get("runAsUser"));
            assertTrue(user instanceof Integer uid && uid > 0, what + " runs as user " + user);
            assertEquals(Boolean.TRUE, security.get("readOnlyRootFilesystem"), what);
            assertEquals(Boolean.FALSE, security.get("allowPrivilegeEscalation"), what);
            assertEquals(List.of("ALL"), list(security, "capabilities.drop"), what);
            assertTrue(list(security, "capabilities.add").isEmpty(), what);
            assertEquals("RuntimeDefault", string(podSecurity, "seccompProfile.type"), what);
            assertNotEquals(Boolean.TRUE, pod.get("hostNetwork"), what);
            assertEquals(Boolean.FALSE, pod.get("automountServiceAccountToken"), what);

            // The read-only root has a writable /tmp.
            assertTrue(Manifests.<Map<String, Object>>list(container, "volumeMounts").stream()
                    .anyMatch(m -> "/tmp".equals(m.get("mountPath")) && "tmp".equals(m.get("name"))), what);
            assertTrue(Manifests.<Map<String, Object>>list(pod, "volumes").stream()
                    .anyMatch(v -> "tmp".equals(v.get("name")) && v.containsKey("emptyDir")), what);

            Map<String, Object> resources = map(container, "resources");
            for (String bound : List.of("requests.cpu", "requests.memory", "limits.memory")) {
                assertTrue(at(resources, bound) != null, what + " has no " + bound);
            }
        }
        Map<String, Object> account = chart.get("ServiceAccount", Chart.RELEASE + "-sigillum");
        assertEquals(Boolean.FALSE, account.get("automountServiceAccountToken"));
        chart.ofKind("Deployment").forEach(d -> assertEquals(Chart.RELEASE + "-sigillum", string(d, "spec.template.spec.serviceAccountName")));
    }

    @Test
    void servicesAreConfiguredThroughTheDocumentedEnvironment() {
        for (String process : MICROPROFILE) {
            Map<String, Object> container = container(Rendered.defaults().get("Deployment", name(process)));
            assertEquals("jdbc:postgresql://postgresql:5432/sigillum", envValue(container, "SIGILLUM_DB_URL"), process);
            assertSecretRef(container, "SIGILLUM_DB_USER", "sigillum-database", "username");
            assertSecretRef(container, "SIGILLUM_DB_PASSWORD", "sigillum-database", "password");
            assertEquals(SCHEMAS.get(process), envValue(container, "SIGILLUM_DB_SCHEMA"), process);
            assertEquals("false", envValue(container, "SIGILLUM_DB_MIGRATE_ON_START"), process);
            assertEquals("tcp://artemis:61616", envValue(container, "SIGILLUM_BROKER_URL"), process);
            assertSecretRef(container, "SIGILLUM_BROKER_USER", "sigillum-broker", "username");
            assertSecretRef(container, "SIGILLUM_BROKER_PASSWORD", "sigillum-broker", "password");
            assertEquals("https://login.example.org", envValue(container, "MP_JWT_VERIFY_ISSUER"), process);
            assertEquals("/etc/sigillum/jwt/jwt-public.pem", envValue(container, "MP_JWT_VERIFY_PUBLICKEY_LOCATION"), process);
            assertMounted(Rendered.defaults().get("Deployment", name(process)), "/etc/sigillum/jwt", "configMap", "sigillum-jwt");
        }
        Map<String, Object> issuance = container(Rendered.defaults().get("Deployment", name("issuance")));
        assertEquals("https://wallet.example.org", envValue(issuance, "SIGILLUM_ISSUANCE_CREDENTIAL_ISSUER"));

        Map<String, Object> gateway = container(Rendered.defaults().get("Deployment", name("gateway")));
        assertTrue(env(gateway, "SIGILLUM_DB_URL").isEmpty(), "the gateway has no database");
        assertEquals("PT10S", envValue(gateway, "sigillum.gateway.upstream-timeout"));
        // The gateway's status list cache is refreshed by status.published events.
        assertEquals("tcp://artemis:61616", envValue(gateway, "sigillum.broker.url"));
        assertSecretRef(gateway, "sigillum.broker.user", "sigillum-broker", "username");
        assertSecretRef(gateway, "sigillum.broker.password", "sigillum-broker", "password");
    }

    @Test
    void theGatewayChecksBearerTokensWithTheServicesKeyAndIssuer(@TempDir Path dir) throws IOException {
        Map<String, Object> deployment = Rendered.defaults().get("Deployment", name("gateway"));
        Map<String, Object> gateway = container(deployment);
        assertEquals("/etc/sigillum/jwt/jwt-public.pem", envValue(gateway, "sigillum.gateway.jwt.publickey.location"));
        assertEquals("https://login.example.org", envValue(gateway, "sigillum.gateway.jwt.issuer"));
        assertTrue(env(gateway, "sigillum.gateway.jwt.audiences").isEmpty(), "no audience unless configured");
        assertMounted(deployment, "/etc/sigillum/jwt", "configMap", "sigillum-jwt");
        assertTrue(env(gateway, "MP_JWT_VERIFY_ISSUER").isEmpty(), "the gateway reads its own keys, not MicroProfile's");

        Map<String, Object> production = Rendered.production().get("Deployment", name("gateway"));
        assertEquals("/etc/sigillum/jwt/public.pem", envValue(container(production), "sigillum.gateway.jwt.publickey.location"));
        assertEquals("https://login.example.gov/realms/eudi", envValue(container(production), "sigillum.gateway.jwt.issuer"));
        assertMounted(production, "/etc/sigillum/jwt", "secret", "eudi-admin-token-key");

        // Audiences, when set, reach the gateway and every service alike.
        Manifests withAudiences = new Manifests(Chart.render(write(dir, "jwt:\n  audiences: [sigillum-admin, ops-console]\n")));
        assertEquals("sigillum-admin,ops-console",
                envValue(container(withAudiences.get("Deployment", name("gateway"))), "sigillum.gateway.jwt.audiences"));
        for (String process : MICROPROFILE) {
            assertEquals("sigillum-admin,ops-console",
                    envValue(container(withAudiences.get("Deployment", name(process))), "MP_JWT_VERIFY_AUDIENCES"), process);
        }
    }

    @Test
    void withAJwksUrlEveryProcessFetchesTheKeysAndNoKeyFileIsMounted(@TempDir Path dir) throws IOException {
        Manifests chart = new Manifests(Chart.render(write(dir, "jwt:\n  jwksUrl: https://login.example.gov/realms/eudi/certs\n")));
        Map<String, Object> gateway = chart.get("Deployment", name("gateway"));
        assertEquals("https://login.example.gov/realms/eudi/certs",
                envValue(container(gateway), "sigillum.gateway.jwt.publickey.location"));
        for (String process : MICROPROFILE) {
            Map<String, Object> deployment = chart.get("Deployment", name(process));
            assertEquals("https://login.example.gov/realms/eudi/certs",
                    envValue(container(deployment), "MP_JWT_VERIFY_PUBLICKEY_LOCATION"), process);
        }
        for (String process : PROCESS_PORTS.keySet()) {
            Map<String, Object> deployment = chart.get("Deployment", name(process));
            assertFalse(list(container(deployment), "volumeMounts").stream()
                    .anyMatch(m -> "/etc/sigillum/jwt".equals(((Map<?, ?>) m).get("mountPath"))), process + " mounts no key file");
            assertFalse(list(deployment, "spec.template.spec.volumes").stream()
                    .anyMatch(v -> "jwt".equals(((Map<?, ?>) v).get("name"))), process + " has no key volume");
        }
        assertThrows(RuntimeException.class, () -> Chart.render(write(dir, "jwt:\n  jwksUrl: http://login.example.gov/certs\n")),
                "keys are fetched over https only");
    }

    @Test
    void whoeverCallsAnotherServiceTrustsTheReleaseCa() {
        for (String process : PROCESS_PORTS.keySet()) {
            Map<String, Object> deployment = Rendered.defaults().get("Deployment", name(process));
            Map<String, Object> container = container(deployment);
            boolean calls = !process.equals("trust-registry") && !process.equals("key-management");
            assertEquals(calls, !env(container, "sigillum.tls.trust-store.path").isEmpty(), process);
            if (calls) {
                assertEquals("/etc/sigillum/tls/truststore.p12", envValue(container, "sigillum.tls.trust-store.path"), process);
                assertSecretRef(container, "SIGILLUM_TLS_PASSWORD", "sigillum-tls", "password");
            }
        }
    }

    @Test
    void theStatusServiceSignsThroughTheKmsWhichProvisionsItsKey() {
        Map<String, Object> deployment = Rendered.defaults().get("Deployment", name("status"));
        Map<String, Object> status = container(deployment);
        assertEquals("https://" + name("key-management") + "." + Chart.NAMESPACE + ".svc:8085", envValue(status, "SIGILLUM_KMS_URL"));
        assertEquals("/etc/sigillum/kms-token/token", envValue(status, "SIGILLUM_KMS_TOKEN_FILE"));
        assertMounted(deployment, "/etc/sigillum/kms-token", "secret", "sigillum-status-kms-token");
        Map<String, Object> kms = container(Rendered.defaults().get("Deployment", name("key-management")));
        assertEquals("status-list-signing:default,credential-signing:default,request-object-signing:default",
                envValue(kms, "SIGILLUM_KMS_PROVISION"));
    }

    @Test
    void theIssuanceServiceSignsThroughTheKmsAndAllocatesAtTheStatusServiceWithItsToken() {
        Map<String, Object> deployment = Rendered.defaults().get("Deployment", name("issuance"));
        Map<String, Object> issuance = container(deployment);
        assertEquals("https://" + name("key-management") + "." + Chart.NAMESPACE + ".svc:8085", envValue(issuance, "SIGILLUM_KMS_URL"));
        assertEquals("https://" + name("status") + "." + Chart.NAMESPACE + ".svc:8083",
                envValue(issuance, "SIGILLUM_ISSUANCE_STATUS_URL"));
        assertEquals("/etc/sigillum/service-token/token", envValue(issuance, "SIGILLUM_ISSUANCE_SERVICE_TOKEN_FILE"));
        assertMounted(deployment, "/etc/sigillum/service-token", "secret", "sigillum-issuance-service-token");
    }

    @Test
    void theGatewayBelievesForwardedClientsOnlyFromConfiguredProxies(@TempDir Path dir) throws IOException {
        Map<String, Object> gateway = container(Rendered.defaults().get("Deployment", name("gateway")));
        assertTrue(env(gateway, "sigillum.gateway.client-address.trusted-proxies").isEmpty(), "no proxy is trusted by default");
        Manifests chart = new Manifests(Chart.render(write(dir,
                "gateway:\n  trustedProxies: [10.0.0.0/8, \"fd00::/8\"]\n  clientAddressHeader: forwarded\n")));
        Map<String, Object> behindIngress = container(chart.get("Deployment", name("gateway")));
        assertEquals("10.0.0.0/8,fd00::/8", envValue(behindIngress, "sigillum.gateway.client-address.trusted-proxies"));
        assertEquals("forwarded", envValue(behindIngress, "sigillum.gateway.client-address.header"));
    }

    @Test
    void theVerificationServiceSignsRequestObjectsThroughTheKmsAndReadsTrustWithItsToken() {
        Map<String, Object> deployment = Rendered.defaults().get("Deployment", name("verification"));
        Map<String, Object> verification = container(deployment);
        assertEquals("https://" + name("key-management") + "." + Chart.NAMESPACE + ".svc:8085", envValue(verification, "SIGILLUM_KMS_URL"));
        assertEquals("https://" + name("trust-registry") + "." + Chart.NAMESPACE + ".svc:8084",
                envValue(verification, "SIGILLUM_VERIFICATION_TRUST_URL"));
        assertEquals("https://wallet.example.org/verifier", envValue(verification, "SIGILLUM_VERIFICATION_PUBLIC_URL"));
        assertEquals("/etc/sigillum/service-token/token", envValue(verification, "SIGILLUM_VERIFICATION_SERVICE_TOKEN_FILE"));
        assertMounted(deployment, "/etc/sigillum/service-token", "secret", "sigillum-verification-service-token");
    }

    @Test
    void everyProcessServesTlsFromItsMountedKeyStore() {
        for (String process : PROCESS_PORTS.keySet()) {
            Map<String, Object> deployment = Rendered.production().get("Deployment", name(process));
            Map<String, Object> container = container(deployment);
            String secret = process.equals("key-management") ? "eudi-kms-tls" : "eudi-internal-tls";
            // Helidon builds the listener's TLS from these keys only under their exact names.
            assertEquals("/etc/sigillum/tls/keystore.p12", envValue(container, "server.tls.private-key.keystore.resource.path"));
            assertEquals("server", envValue(container, "server.tls.private-key.keystore.key.alias"));
            assertSecretRef(container, "server.tls.private-key.keystore.passphrase", secret, "password");
            assertMounted(deployment, "/etc/sigillum/tls", "secret", secret);
        }
    }

    @Test
    void theGatewayCallsEachServiceAtItsInClusterService() {
        Manifests chart = Rendered.defaults();
        Map<String, Object> gateway = container(chart.get("Deployment", name("gateway")));
        PROCESS_PORTS.forEach((process, port) -> {
            if (process.equals("gateway")) {
                return;
            }
            String url = envValue(gateway, "sigillum.gateway.upstream." + process + ".url");
            chart.get("Service", name(process));
            assertEquals("https://" + name(process) + "." + Chart.NAMESPACE + ".svc:" + port, url);
        });
        List<String> upstreamVariables = Manifests.<Map<String, Object>>list(gateway, "env").stream()
                .map(e -> e.get("name").toString()).filter(n -> n.startsWith("sigillum.gateway.upstream.")).toList();
        assertEquals(5, upstreamVariables.size(), upstreamVariables.toString());
    }

    @Test
    void eachServiceMayHaveADatabaseUserOfItsOwn() {
        Map<String, Object> issuance = container(Rendered.production().get("Deployment", name("issuance")));
        assertSecretRef(issuance, "SIGILLUM_DB_PASSWORD", "eudi-db-issuance", "password");
        Map<String, Object> status = container(Rendered.production().get("Deployment", name("status")));
        assertSecretRef(status, "SIGILLUM_DB_PASSWORD", "eudi-db-runtime", "password");
        assertMounted(Rendered.production().get("Deployment", name("status")), "/etc/sigillum/jwt", "secret", "eudi-admin-token-key");
    }

    @Test
    void aProcessWithoutAutoscalerHasFixedReplicas() {
        Manifests chart = Rendered.production();
        assertTrue(chart.find("HorizontalPodAutoscaler", name("key-management")).isEmpty());
        assertEquals(3, (Integer) at(chart.get("Deployment", name("key-management")), "spec.replicas"));
        assertEquals(5, chart.ofKind("HorizontalPodAutoscaler").count());
        assertEquals(6, chart.ofKind("PodDisruptionBudget").count());
        assertEquals("25%", string(chart.get("PodDisruptionBudget", name("verification")), "spec.maxUnavailable"));
    }

    @Test
    void noSecretIsRenderedAndEveryPasswordComesFromASecretReference() {
        Manifests chart = new Manifests(Chart.renderWithHooks(null));
        assertEquals(0, chart.ofKind("Secret").count(), "the chart renders no Secret by default");
        chart.all().stream().filter(d -> Set.of("Deployment", "Job").contains(d.get("kind"))).forEach(workload -> {
            for (Map<String, Object> env : Manifests.<Map<String, Object>>list(container(workload), "env")) {
                String variable = env.get("name").toString().toLowerCase();
                if (variable.contains("password") || variable.contains("passphrase") || variable.endsWith("_user")) {
                    assertNull(env.get("value"), variable + " is a literal");
                    assertTrue(at(env, "valueFrom.secretKeyRef.name") != null, variable + " does not come from a Secret");
                }
            }
        });
    }

    @Test
    void devModeRendersItsOwnSecretAndUsesIt(@TempDir Path dir) throws IOException {
        Path values = write(dir, """
                dev:
                  enabled: true
                  database: {username: app, password: app-pw}
                  owner: {username: owner, password: owner-pw}
                  broker: {username: mq, password: mq-pw}
                """);
        Manifests chart = new Manifests(Chart.renderWithHooks(values));
        List<Map<String, Object>> secrets = chart.ofKind("Secret").toList();
        assertEquals(1, secrets.size());
        Map<String, Object> secret = secrets.getFirst();
        String secretName = string(secret, "metadata.name");
        assertEquals("app-pw", string(secret, "stringData.database-password"));
        // A hook before the migration Job, which needs it on install.
        assertEquals("pre-install,pre-upgrade", map(secret, "metadata.annotations").get("helm.sh/hook"));
        assertTrue(Integer.parseInt(map(secret, "metadata.annotations").get("helm.sh/hook-weight").toString())
                < Integer.parseInt(map(chart.get("Job", name("db-migrations")), "metadata.annotations").get("helm.sh/hook-weight").toString()));
        assertSecretRef(container(chart.get("Deployment", name("issuance"))), "SIGILLUM_DB_PASSWORD", secretName, "database-password");
        assertSecretRef(container(chart.get("Deployment", name("status"))), "SIGILLUM_BROKER_PASSWORD", secretName, "broker-password");
        assertSecretRef(container(chart.get("Job", name("db-migrations"))), "SIGILLUM_DB_PASSWORD", secretName, "owner-password");
    }

    @Test
    void inconsistentValuesFailTheRendering(@TempDir Path dir) throws IOException {
        Path autoscaler = write(dir, "processes:\n  status:\n    autoscaling: {minReplicas: 5, maxReplicas: 3}\n");
        var error = assertThrows(IllegalStateException.class, () -> Chart.renderText(autoscaler));
        assertTrue(error.getMessage().contains("processes.status.autoscaling: minReplicas (5) is above maxReplicas (3)"), error::getMessage);

        Path devWithoutPassword = write(dir, "dev:\n  enabled: true\n  database: {password: pw-a}\n  owner: {password: pw-b}\n");
        error = assertThrows(IllegalStateException.class, () -> Chart.renderText(devWithoutPassword));
        assertTrue(error.getMessage().contains("dev.broker.password is required"), error::getMessage);
    }

    @Test
    void topologySpreadConstraintsGetEachProcessSelector() {
        Map<String, Object> deployment = Rendered.production().get("Deployment", name("verification"));
        Map<String, Object> constraint = Manifests.<Map<String, Object>>list(deployment, "spec.template.spec.topologySpreadConstraints").getFirst();
        assertEquals("topology.kubernetes.io/zone", constraint.get("topologyKey"));
        assertEquals("verification", map(constraint, "labelSelector.matchLabels").get("app.kubernetes.io/component"));
        assertEquals(Chart.RELEASE, map(constraint, "labelSelector.matchLabels").get("app.kubernetes.io/instance"));
    }

    @Test
    void theIngressIsOffByDefaultAndLeadsToTheGateway() {
        assertEquals(0, Rendered.defaults().ofKind("Ingress").count());
        Map<String, Object> ingress = Rendered.production().get("Ingress", name("gateway"));
        assertEquals("nginx", string(ingress, "spec.ingressClassName"));
        Map<String, Object> rule = Manifests.<Map<String, Object>>list(ingress, "spec.rules").getFirst();
        assertEquals("wallet.example.gov", rule.get("host"));
        Map<String, Object> path = Manifests.<Map<String, Object>>list(rule, "http.paths").getFirst();
        assertEquals(name("gateway"), string(path, "backend.service.name"));
        assertEquals(8443, (Integer) at(path, "backend.service.port.number"));
        assertEquals("wallet-example-gov-tls", string(Manifests.<Map<String, Object>>list(ingress, "spec.tls").getFirst(), "secretName"));
    }

    private static void assertProbe(Map<String, Object> container, String probe, String path, String port, String scheme) {
        assertEquals(path, string(container, probe + ".httpGet.path"), probe);
        assertEquals(port, string(container, probe + ".httpGet.port"), probe);
        assertEquals(scheme, string(container, probe + ".httpGet.scheme"), probe);
    }

    @Test
    void theKeyManagementServiceGetsItsMasterKeyFromASecretAndEveryServiceRunsTheProductionProfile() {
        Manifests chart = Rendered.defaults();
        assertSecretRef(container(chart.get("Deployment", name("key-management"))), "SIGILLUM_KMS_MASTER_KEY",
                "sigillum-kms-master-key", "master-key");
        MICROPROFILE.forEach(process -> {
            Map<String, Object> container = container(chart.get("Deployment", name(process)));
            assertEquals("prod", envValue(container, "MP_CONFIG_PROFILE"), process);
            if (!process.equals("key-management")) {
                assertTrue(env(container, "SIGILLUM_KMS_MASTER_KEY").isEmpty(), process + " must not see the master key");
            }
        });
    }

    private static void assertSecretRef(Map<String, Object> container, String variable, String secret, String key) {
        Map<String, Object> env = env(container, variable).orElseThrow(() -> new AssertionError(variable + " is not set"));
        assertNull(env.get("value"), variable + " is a literal");
        assertEquals(secret, string(env, "valueFrom.secretKeyRef.name"), variable);
        assertEquals(key, string(env, "valueFrom.secretKeyRef.key"), variable);
    }

    private static void assertMounted(Map<String, Object> deployment, String mountPath, String sourceKind, String sourceName) {
        Map<String, Object> mount = Manifests.<Map<String, Object>>list(container(deployment), "volumeMounts").stream()
                .filter(m -> mountPath.equals(m.get("mountPath"))).findFirst()
                .orElseThrow(() -> new AssertionError(mountPath + " is not mounted"));
        assertEquals(Boolean.TRUE, mount.get("readOnly"), mountPath);
        Map<String, Object> volume = Manifests.<Map<String, Object>>list(deployment, "spec.template.spec.volumes").stream()
                .filter(v -> v.get("name").equals(mount.get("name"))).findFirst().orElseThrow();
        String nameKey = sourceKind.equals("secret") ? "secretName" : "name";
        assertEquals(sourceName, string(volume, sourceKind + "." + nameKey), mountPath);
    }

    private static Set<String> volumeNames(Map<String, Object> deployment) {
        return Manifests.<Map<String, Object>>list(deployment, "spec.template.spec.volumes").stream()
                .map(v -> v.get("name").toString()).collect(Collectors.toSet());
    }

    private static void assertSelects(Map<String, Object> selector, Map<String, Object> labels, String what) {
        assertFalse(selector.isEmpty(), what + " has an empty selector");
        selector.forEach((key, value) -> assertEquals(value, labels.get(key), what + " selector " + key));
    }

    static Path write(Path dir, String yaml) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "values", ".yaml"), yaml);
    }
}
