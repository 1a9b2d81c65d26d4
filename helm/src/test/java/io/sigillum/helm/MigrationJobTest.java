package io.sigillum.helm;

import static io.sigillum.helm.Manifests.at;
import static io.sigillum.helm.Manifests.container;
import static io.sigillum.helm.Manifests.envValue;
import static io.sigillum.helm.Manifests.list;
import static io.sigillum.helm.Manifests.map;
import static io.sigillum.helm.Manifests.name;
import static io.sigillum.helm.Manifests.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The db-migrations Job: a Helm hook that migrates every schema as the owner before the services change. */
class MigrationJobTest {

    @Test
    void theJobIsAHookOutsideTheReleaseManifest() {
        // Helm keeps hooks out of the release manifest: the Job is not among the plain resources.
        assertEquals(0, Rendered.defaults().ofKind("Job").count());

        Map<String, Object> job = new Manifests(Chart.renderWithHooks(null)).get("Job", name("db-migrations"));
        Map<String, Object> annotations = map(job, "metadata.annotations");
        assertEquals("pre-install,pre-upgrade", annotations.get("helm.sh/hook"));
        assertEquals("before-hook-creation", annotations.get("helm.sh/hook-delete-policy"));
    }

    @Test
    void theJobMigratesEverySchemaAsTheOwner() {
        Map<String, Object> job = new Manifests(Chart.renderWithHooks(null)).get("Job", name("db-migrations"));
        assertEquals(2, (Integer) at(job, "spec.backoffLimit"));
        assertEquals(3600, (Integer) at(job, "spec.ttlSecondsAfterFinished"));
        assertEquals("Never", string(job, "spec.template.spec.restartPolicy"));

        Map<String, Object> container = container(job);
        assertEquals("ghcr.io/sigillum/sigillum-db-migrations:0.1.0", string(container, "image"));
        assertEquals(List.of("java", "-jar", "sigillum-db-migrations.jar", "migrate", "all"), list(container, "command"));
        assertEquals("jdbc:postgresql://postgresql:5432/sigillum", envValue(container, "SIGILLUM_DB_URL"));
        for (String variable : List.of("SIGILLUM_DB_USER", "SIGILLUM_DB_PASSWORD")) {
            Map<String, Object> env = Manifests.env(container, variable).orElseThrow();
            assertNull(env.get("value"));
            assertEquals("sigillum-database-owner", string(env, "valueFrom.secretKeyRef.name"), variable);
        }
        // Every schema at once: SIGILLUM_DB_SCHEMA would pin a single service's.
        assertTrue(Manifests.env(container, "SIGILLUM_DB_SCHEMA").isEmpty());
    }

    @Test
    void theOwnerSecretAndRetentionComeFromValues() {
        Map<String, Object> job = new Manifests(Chart.renderWithHooks(Chart.resource("production-values.yaml")))
                .get("Job", name("db-migrations"));
        assertEquals(1, (Integer) at(job, "spec.backoffLimit"));
        assertEquals(86400, (Integer) at(job, "spec.ttlSecondsAfterFinished"));
        assertEquals("eudi-db-owner", string(Manifests.env(container(job), "SIGILLUM_DB_PASSWORD").orElseThrow(),
                "valueFrom.secretKeyRef.name"));
        assertEquals("registry.example.gov/eudi/sigillum-db-migrations:0.1.0", string(container(job), "image"));
    }

    @Test
    void theJobCanBeTurnedOff(@TempDir Path dir) throws IOException {
        Manifests chart = new Manifests(Chart.renderWithHooks(WorkloadsTest.write(dir, "migrations:\n  enabled: false\n")));
        assertEquals(0, chart.ofKind("Job").count());
        assertTrue(chart.find("NetworkPolicy", name("db-migrations")).isEmpty());
    }
}
