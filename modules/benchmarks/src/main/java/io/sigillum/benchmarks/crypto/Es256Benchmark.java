package io.sigillum.benchmarks.crypto;

import io.sigillum.crypto.provider.ActiveProvider;
import io.sigillum.crypto.provider.CryptoProviders;
import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.crypto.sign.Verifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.Security;
import java.security.spec.ECGenParameterSpec;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * ES256 (P-256, SHA-256) signing and verification of a 600-byte message through
 * {@link LocalKeySigner} and {@link Verifier}, with the JDK's provider (SunEC) and with the
 * provider {@link CryptoProviders} makes active, in one run. One thread: a per-core figure.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Es256Benchmark {

    /** The JDK's EC provider, the baseline. */
    public static final String JDK = "jdk";
    /** Whatever {@link CryptoProviders#install()} makes active: ACCP where it runs. */
    public static final String ACTIVE = "active";

    /** Which provider signs and verifies. */
    @Param({JDK, ACTIVE})
    public String provider;

    private LocalKeySigner signer;
    private Verifier verifier;
    private byte[] message;
    private byte[] signature;

    /** Makes a P-256 key, the signer and verifier for the chosen provider, and one signature. */
    @Setup
    public void setUp() throws GeneralSecurityException {
        ActiveProvider active = CryptoProviders.install();
        Provider chosen = JDK.equals(provider) ? Security.getProvider("SunEC") : Security.getProvider(active.name());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", Security.getProvider("SunEC"));
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        signer = LocalKeySigner.withProvider("bench", keys.getPrivate(), chosen);
        verifier = Verifier.of(keys.getPublic(), chosen);
        message = new byte[600];
        new Random(600).nextBytes(message);
        signature = signer.sign(message);
        if (!verifier.verify(message, signature)) {
            throw new IllegalStateException("the benchmark's own signature does not verify");
        }
    }

    /** @return an ES256 signature of the message */
    @Benchmark
    public byte[] sign() {
        return signer.sign(message);
    }

    /** @return whether the signature verifies (always true) */
    @Benchmark
    public boolean verify() {
        return verifier.verify(message, signature);
    }
}
