package io.sigillum.benchmarks.trust;

import io.sigillum.crypto.provider.CryptoProviders;
import io.sigillum.trust.evaluation.Evaluation;
import io.sigillum.trust.evaluation.TrustEvaluator;
import io.sigillum.trust.model.CredentialType;
import io.sigillum.trust.snapshot.SnapshotFormatException;
import io.sigillum.trust.snapshot.SnapshotJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A verifier's hot path: {@link TrustEvaluator#evaluateX5c} of a 3-certificate chain (leaf and
 * intermediate in {@code x5c}, the root as the registered anchor) for an SD-JWT VC type, at the
 * current time, against the snapshot the registry served ({@link EvaluationFixture}, made by
 * {@link TrustEvaluationRun}). The evaluator is built once and shared by all threads, as a verifier
 * keeps one per snapshot. The provider {@link CryptoProviders} makes active verifies, as in the
 * services.
 *
 * <p>{@link #sameChain} repeats one chain: the JDK's certificate factory then hands back the same
 * parsed certificates (a cache of 750 by encoding) and each remembers the key its signature
 * verified with, so no signature is verified again. {@link #distinctLeaves} takes the leaves in
 * turn, one global sequence over all threads: with more leaves than that cache holds, every leaf
 * is parsed and its signature verified, while the intermediate stays cached.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TrustEvaluationBenchmark {

    /** The fixture directory; the run passes it with {@code -p fixture=DIR}. */
    @Param("none")
    public String fixture;

    private TrustEvaluator evaluator;
    private CredentialType type;
    private List<String> same;
    private List<List<String>> leaves;
    private final AtomicInteger next = new AtomicInteger();

    /** Reads the snapshot as a verifier does, builds the evaluator, and checks every chain is trusted. */
    @Setup
    public void setUp() throws IOException, SnapshotFormatException {
        if (fixture.equals("none")) {
            throw new IllegalStateException("run through TrustEvaluationRun, which makes the fixture (-p fixture=DIR)");
        }
        CryptoProviders.install();
        EvaluationFixture read = EvaluationFixture.read(Path.of(fixture));
        evaluator = TrustEvaluator.of(SnapshotJson.read(read.snapshot()));
        type = read.type();
        same = read.sameChain();
        leaves = read.chains();
        read.requireTrusted(evaluator);
    }

    /** @return the answer for the same chain, every time */
    @Benchmark
    public Evaluation sameChain() {
        return evaluator.evaluateX5c(same, type, Instant.now());
    }

    /** @return the answer for the next leaf's chain */
    @Benchmark
    public Evaluation distinctLeaves() {
        return evaluator.evaluateX5c(leaves.get(Math.floorMod(next.getAndIncrement(), leaves.size())), type, Instant.now());
    }
}
