package io.sigillum.benchmarks.issuance;

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

import java.security.Provider;
import java.security.Security;
import java.util.concurrent.TimeUnit;

/**
 * The crypto bound of one issuance: every public-key operation the services make for it
 * ({@link ServerCrypto}: five ES256 verifications and one ES256 signature), as one benchmark
 * operation, with the JDK's provider (SunEC) and with the provider {@link CryptoProviders} makes
 * active. Its operations per second are issuances per second that no issuer on that provider
 * could exceed on as many threads. Each thread has its own keys and inputs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IssuanceCryptoBenchmark {

    /** The JDK's EC provider. */
    public static final String JDK = CryptoBounds.JDK;
    /** Whatever {@link CryptoProviders#install()} makes active: ACCP where it runs. */
    public static final String ACTIVE = CryptoBounds.ACTIVE;

    /** Which provider signs and verifies. */
    @Param({JDK, ACTIVE})
    public String provider;

    private ServerCrypto crypto;

    /** Installs the fast provider (for {@link #ACTIVE}) and makes this thread's inputs. */
    @Setup
    public void setUp() {
        ActiveProvider active = CryptoProviders.install();
        Provider chosen = JDK.equals(provider) ? Security.getProvider("SunEC") : Security.getProvider(active.name());
        crypto = ServerCrypto.create(chosen);
    }

    /** @return the verifications that succeeded (always five) */
    @Benchmark
    public int issuance() {
        return crypto.run();
    }
}
