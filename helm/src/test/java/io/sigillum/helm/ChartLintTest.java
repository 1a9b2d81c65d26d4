package io.sigillum.helm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marcnuri.helm.LintResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code helm lint --strict}, and the values schema that makes a typo fail it. */
class ChartLintTest {

    @Test
    void defaultValuesPassStrictLint() {
        assertClean(Chart.lint());
    }

    @Test
    void productionValuesPassStrictLint() {
        assertClean(Chart.lint(Chart.resource("production-values.yaml")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "misspelled-top-level-key.yaml, netwrokPolicy",
            "misspelled-nested-key.yaml, autoscalling",
            "unknown-process.yaml, isuance",
            "wrong-type-replicas.yaml, replicas",
            "wrong-type-boolean.yaml, enabled",
            "wrong-enum-pull-policy.yaml, pullPolicy",
            "wrong-enum-jwt-key-kind.yaml, kind",
            "jwt-audience-with-comma.yaml, audiences",
            "plain-http-public-url.yaml, publicUrl",
            "credential-issuer-with-query.yaml, credentialIssuer",
            "privileged-port.yaml, port",
    })
    void valuesTheSchemaRejectsFailLintAndInstall(String file, String offendingKey) {
        Path values = Chart.resource("invalid/" + file);

        LintResult lint = Chart.lint(values);
        assertTrue(lint.isFailed(), () -> file + " passed lint: " + lint.getMessages());
        String report = String.join("\n", lint.getMessages());
        assertTrue(report.contains("schema") && report.contains(offendingKey),
                () -> "lint does not blame the schema and " + offendingKey + ": " + report);

        // helm template / install validate against the same schema.
        IllegalStateException template = assertThrows(IllegalStateException.class, () -> Chart.renderText(values));
        assertTrue(template.getMessage().contains(offendingKey), template::getMessage);
    }

    private static void assertClean(LintResult result) {
        assertFalse(result.isFailed(), () -> "lint failed: " + result.getMessages());
        // --strict fails on warnings already; information ("icon is recommended") is all that may remain.
        assertTrue(result.getMessages().stream().allMatch(m -> m.startsWith("[INFO]")),
                () -> "lint reports more than information: " + result.getMessages());
    }
}
