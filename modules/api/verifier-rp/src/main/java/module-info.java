/** JAX-RS interfaces and models generated from {@code api-specs/verifier-rp.yaml}. */
module io.sigillum.api.verifierrp {
    requires transitive jakarta.ws.rs;
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive jakarta.annotation;

    exports io.sigillum.api.verifierrp;
    exports io.sigillum.api.verifierrp.model;

    // Jackson reads and writes the models reflectively.
    opens io.sigillum.api.verifierrp.model to com.fasterxml.jackson.databind;
}
