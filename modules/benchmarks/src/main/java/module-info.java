/**
 * JMH benchmarks of Sigillum's libraries. JMH's annotation processor generates the harness
 * classes into {@code …jmh_generated} packages of this module at compile time; at run time JMH
 * loads them from the class path ({@code java -jar target/benchmarks.jar}), and reflects on the
 * benchmark and generated classes, hence the {@code opens}.
 */
module io.sigillum.benchmarks {
    requires io.sigillum.crypto;
    requires jmh.core;

    opens io.sigillum.benchmarks.crypto to jmh.core;
    opens io.sigillum.benchmarks.crypto.jmh_generated to jmh.core;
}
