package io.sigillum.benchmarks.trust;

import io.sigillum.trust.evaluation.Evaluation;
import io.sigillum.trust.evaluation.TrustEvaluator;
import io.sigillum.trust.model.CredentialType;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What the in-process rows evaluate, handed from the run to JMH's forked JVM through a directory:
 * the snapshot exactly as {@code GET /snapshot} served it, the credential type, the issuer and
 * anchor a trusted answer must name, and the chains ({@code x5c}, leaf first), the first of which is
 * the one the "same chain" rows repeat.
 *
 * @param snapshot the snapshot JSON as served
 * @param vct      the SD-JWT VC type evaluated
 * @param issuer   the issuer every chain must lead to
 * @param anchor   the anchor every chain must lead to
 * @param chains   the {@code x5c} of every leaf
 */
record EvaluationFixture(byte[] snapshot, String vct, String issuer, String anchor, List<List<String>> chains) {

    private static final String SNAPSHOT = "snapshot.json";
    private static final String FACTS = "fixture.properties";
    private static final String CHAINS = "chains.txt";

    /** @return the chain the "same chain" rows evaluate again and again */
    List<String> sameChain() {
        return chains.getFirst();
    }

    /** @return the type evaluated */
    CredentialType type() {
        return CredentialType.vct(vct);
    }

    /** Writes the fixture into {@code directory}, which it creates. */
    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.write(directory.resolve(SNAPSHOT), snapshot);
        Properties facts = new Properties();
        facts.setProperty("vct", vct);
        facts.setProperty("issuer", issuer);
        facts.setProperty("anchor", anchor);
        try (Writer out = Files.newBufferedWriter(directory.resolve(FACTS), StandardCharsets.UTF_8)) {
            facts.store(out, "Sigillum trust evaluation run: what the in-process rows evaluate");
        }
        Files.write(directory.resolve(CHAINS), chains.stream().map(x5c -> String.join(",", x5c)).toList(),
                StandardCharsets.US_ASCII);
    }

    /** Reads what {@link #write} wrote. */
    static EvaluationFixture read(Path directory) throws IOException {
        Properties facts = new Properties();
        try (Reader in = Files.newBufferedReader(directory.resolve(FACTS), StandardCharsets.UTF_8)) {
            facts.load(in);
        }
        List<List<String>> chains = Files.readAllLines(directory.resolve(CHAINS), StandardCharsets.US_ASCII).stream()
                .filter(line -> !line.isBlank()).map(line -> Arrays.asList(line.split(","))).map(List::copyOf).toList();
        return new EvaluationFixture(Files.readAllBytes(directory.resolve(SNAPSHOT)), facts.getProperty("vct"),
                facts.getProperty("issuer"), facts.getProperty("anchor"), chains);
    }

    /**
     * Evaluates every chain once: a benchmark of refusals would measure the wrong thing.
     *
     * @throws IllegalStateException when a chain is not trusted, or trusted for another issuer or anchor
     */
    void requireTrusted(TrustEvaluator evaluator) {
        for (int i = 0; i < chains.size(); i++) {
            Evaluation answer = evaluator.evaluateX5c(chains.get(i), type(), Instant.now());
            if (!(answer instanceof Evaluation.Trusted trusted) || !trusted.issuer().id().equals(issuer)
                    || !trusted.anchor().id().equals(anchor)) {
                throw new IllegalStateException("chain " + i + " is not trusted for " + vct + " by " + issuer
                        + " through " + anchor + ": " + answer);
            }
        }
    }
}
