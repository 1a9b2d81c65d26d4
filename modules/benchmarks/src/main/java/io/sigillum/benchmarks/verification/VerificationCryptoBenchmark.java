package io.sigillum.benchmarks.verification;

import io.sigillum.benchmarks.measure.CryptoBounds;
import io.sigillum.crypto.provider.ActiveProvider;
import io.sigillum.crypto.provider.CryptoProviders;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.Security;
import java.util.concurrent.TimeUnit;

/**
 * The crypto bound of one presentation: every public-key operation the services make for it
 * ({@link PresentationCrypto}: five ES256 verifications, one ES256 signature, one P-256 key
 * generation and one ECDH-ES + A256GCM decryption) as one benchmark operation, with the JDK's
 * providers (SunEC, and SunJCE for AES-GCM) and with the provider {@link CryptoProviders} makes
 * active. Its operations per second are presentations per second that no verifier on that
 * provider could exceed on as many threads. Each thread has its own keys and inputs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class VerificationCryptoBenchmark {

    /** The benchmark method's name, one presentation. */
    static final String OPERATION = "presentation";

    /** Which provider signs, verifies, makes keys and agrees keys. */
    @Param({CryptoBounds.JDK, CryptoBounds.ACTIVE})
    public String provider;

    private PresentationCrypto crypto;

    /** Installs the fast provider (for {@link CryptoBounds#ACTIVE}) and makes this thread's inputs. */
    @Setup
    public void setUp() throws GeneralSecurityException, com.nimbusds.jose.JOSEException {
        ActiveProvider active = CryptoProviders.install();
        boolean jdk = CryptoBounds.JDK.equals(provider);
        Provider chosen = jdk ? Security.getProvider("SunEC") : Security.getProvider(active.name());
        Provider cipher = jdk || !active.fast() ? Security.getProvider("SunJCE") : chosen;
        crypto = PresentationCrypto.create(chosen, cipher);
    }

    /** @return the verifications that succeeded (always five) */
    @Benchmark
    public int presentation() {
        return crypto.run();
    }
}
