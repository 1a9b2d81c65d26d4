/**
 * JMH benchmarks of Sigillum's libraries, and the load runs of the services (key management,
 * status serving, issuance, trust evaluation). JMH's annotation processor generates the harness
 * classes into {@code …jmh_generated} packages of this module at compile time; at run time JMH
 * loads them from the class path ({@code java -jar target/benchmarks.jar}), and reflects on the
 * benchmark and generated classes, hence the {@code opens}. The load runs drive the services over
 * {@code java.net.http} and read their JSON with Nimbus's JSON utilities (through
 * {@code io.sigillum.crypto}); the issuance and trust runs read flight recordings of the services
 * they profile ({@code jdk.jfr}). The trust run evaluates in process with {@code io.sigillum.trust},
 * as verifiers do. The verification run drives the test wallet ({@code io.sigillum.wallet}) against
 * the services, and decrypts JWEs with Nimbus in its crypto bound.
 */
module io.sigillum.benchmarks {
    requires io.sigillum.crypto;
    requires io.sigillum.statuslist;
    requires io.sigillum.trust;
    requires io.sigillum.wallet;
    requires com.nimbusds.jose.jwt;
    requires jmh.core;
    requires java.net.http;
    requires jdk.jfr;

    opens io.sigillum.benchmarks.crypto to jmh.core;
    opens io.sigillum.benchmarks.crypto.jmh_generated to jmh.core;
    opens io.sigillum.benchmarks.issuance to jmh.core;
    opens io.sigillum.benchmarks.issuance.jmh_generated to jmh.core;
    opens io.sigillum.benchmarks.trust to jmh.core;
    opens io.sigillum.benchmarks.trust.jmh_generated to jmh.core;
    opens io.sigillum.benchmarks.verification to jmh.core;
    opens io.sigillum.benchmarks.verification.jmh_generated to jmh.core;
}
