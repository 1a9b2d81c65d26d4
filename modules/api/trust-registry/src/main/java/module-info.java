/** JAX-RS interfaces and models generated from {@code api-specs/trust-registry.yaml}. */
module io.sigillum.api.trustregistry {
    requires transitive jakarta.ws.rs;
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive jakarta.annotation;

    exports io.sigillum.api.trustregistry;
    exports io.sigillum.api.trustregistry.model;

    // Jackson reads and writes the models reflectively.
    opens io.sigillum.api.trustregistry.model to com.fasterxml.jackson.databind;
}
