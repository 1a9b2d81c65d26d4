/**
 * JMH benchmarks of Sigillum's libraries, and the key-management service's load run. JMH's
 * annotation processor generates the harness classes into {@code …jmh_generated} packages of this
 * module at compile time; at run time JMH loads them from the class path
 * ({@code java -jar target/benchmarks.jar}), and reflects on the benchmark and generated classes,
 * hence the {@code opens}. The load run drives the service over {@code java.net.http} and reads
 * its JSON with Nimbus's JSON utilities (through {@code io.sigillum.crypto}).
 */
module io.sigillum.benchmarks {
    requires io.sigillum.crypto;
    requires io.sigillum.statuslist;
    requires com.nimbusds.jose.jwt;
    requires jmh.core;
    requires java.net.http;

    opens io.sigillum.benchmarks.crypto to jmh.core;
    opens io.sigillum.benchmarks.crypto.jmh_generated to jmh.core;
}
