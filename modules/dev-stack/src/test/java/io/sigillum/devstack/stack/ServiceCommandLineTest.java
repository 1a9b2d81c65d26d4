package io.sigillum.devstack.stack;

import io.sigillum.devstack.process.LaunchSpec;
import io.sigillum.devstack.secrets.StackSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceCommandLineTest {

    private static final StackSecrets SECRETS = new StackSecrets("tls-secret-value", "broker-secret-value");

    @TempDir
    Path root;

    @Test
    void secretsTravelInTheEnvironmentNeverOnTheCommandLine() {
        StackLayout layout = StackLayout.at(root);
        for (ServiceDefinition service : ServiceCatalog.services()) {
            LaunchSpec spec = new ServiceCommandLine(layout, SECRETS).launchSpec(service);
            String commandLine = String.join(" ", spec.command());
            assertFalse(commandLine.contains("tls-secret-value"), commandLine);
            assertFalse(commandLine.contains("broker-secret-value"), commandLine);
            assertEquals(Map.of("SIGILLUM_TLS_PASSWORD", "tls-secret-value",
                    "SIGILLUM_BROKER_PASSWORD", "broker-secret-value"), spec.environment());
            assertFalse(spec.toString().contains("secret-value"), "no secret in toString");
        }
    }

    @Test
    void aServiceGetsItsPortTlsDatabaseBrokerAndJwtSettings() {
        StackLayout layout = StackLayout.at(root);
        ServiceDefinition issuance = ServiceCatalog.service("issuance").orElseThrow();
        Map<String, String> properties = new ServiceCommandLine(layout, SECRETS).systemProperties(issuance);

        assertEquals("8081", properties.get("server.port"));
        assertEquals("127.0.0.1", properties.get("server.host"));
        assertEquals(layout.var() + "/pki/issuance.p12", properties.get("server.tls.private-key.keystore.resource.path"));
        assertEquals("tls", properties.get("server.tls.private-key.keystore.key.alias"));
        assertEquals("${sigillum.tls.password}", properties.get("server.tls.private-key.keystore.passphrase"));
        assertEquals(layout.var() + "/pki/truststore.p12", properties.get("sigillum.tls.trust-store.path"));
        assertEquals("jdbc:h2:file:" + layout.var() + "/issuance/db;DATABASE_TO_LOWER=TRUE", properties.get("sigillum.db.url"));
        assertEquals("tcp://127.0.0.1:61616", properties.get("sigillum.broker.url"));
        assertEquals("sigillum", properties.get("sigillum.broker.user"));
        assertEquals(layout.var() + "/dev/jwt-public.pem", properties.get("mp.jwt.verify.publickey.location"));
        assertEquals("sigillum-dev-stack", properties.get("mp.jwt.verify.issuer"));
    }

    @Test
    void theGatewayKnowsEveryUpstreamAndHasNoDatabase() {
        StackLayout layout = StackLayout.at(root);
        ServiceDefinition gateway = ServiceCatalog.service("gateway").orElseThrow();
        Map<String, String> properties = new ServiceCommandLine(layout, SECRETS).systemProperties(gateway);

        assertEquals("8443", properties.get("server.port"));
        assertFalse(properties.containsKey("sigillum.db.url"));
        assertEquals("https://127.0.0.1:8081", properties.get("sigillum.gateway.upstream.issuance.url"));
        assertEquals("https://127.0.0.1:8082", properties.get("sigillum.gateway.upstream.verification.url"));
        assertEquals("https://127.0.0.1:8083", properties.get("sigillum.gateway.upstream.status.url"));
        assertEquals("https://127.0.0.1:8084", properties.get("sigillum.gateway.upstream.trust-registry.url"));
        assertEquals("https://127.0.0.1:8085", properties.get("sigillum.gateway.upstream.key-management.url"));
        assertFalse(properties.containsKey("sigillum.gateway.upstream.gateway.url"));
    }

    @Test
    void theGatewayChecksAdminTokensWithTheDevKeyAndIssuer() {
        StackLayout layout = StackLayout.at(root);
        Map<String, String> properties = new ServiceCommandLine(layout, SECRETS)
                .systemProperties(ServiceCatalog.service("gateway").orElseThrow());

        assertEquals(layout.var() + "/dev/jwt-public.pem", properties.get("sigillum.gateway.jwt.publickey.location"));
        assertEquals("sigillum-dev-stack", properties.get("sigillum.gateway.jwt.issuer"));
        assertFalse(properties.containsKey("mp.jwt.verify.publickey.location"), "the gateway is no MicroProfile process");
    }

    @Test
    void jvmStartsFastAndRunsTheJarFromTheRepositoryRoot() {
        StackLayout layout = StackLayout.at(root);
        ServiceDefinition status = ServiceCatalog.service("status").orElseThrow();
        LaunchSpec spec = new ServiceCommandLine(layout, SECRETS, true).launchSpec(status);
        List<String> command = spec.command();

        assertTrue(command.contains("-XX:+UseSerialGC"));
        assertTrue(command.contains("-XX:+AutoCreateSharedArchive"));
        assertTrue(command.contains("-XX:SharedArchiveFile=" + layout.var() + "/cds/status.jsa"));
        assertTrue(command.contains("-XX:TieredStopAtLevel=1"), "a quick start compiles with C1 only");
        assertFalse(new ServiceCommandLine(layout, SECRETS, false).launchSpec(status).command().stream()
                .anyMatch(arg -> arg.startsWith("-XX:TieredStopAtLevel")), "peak performance keeps the full JIT");
        String jar = layout.root() + "/modules/status-service/target/sigillum-status-service.jar";
        assertEquals(List.of("-jar", jar), command.subList(command.size() - 2, command.size()));
        assertEquals(layout.root(), spec.workingDirectory());
        assertEquals(List.of(jar), spec.ownershipMarkers());
        assertEquals(layout.var().resolve("logs/status.log"), spec.logFile());
        assertEquals(layout.var().resolve("run/status.pid"), spec.pidFile());
    }
}
