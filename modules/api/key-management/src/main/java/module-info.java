/** JAX-RS interfaces and models generated from {@code api-specs/key-management.yaml}. */
module io.sigillum.api.keymanagement {
    requires transitive jakarta.ws.rs;
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive jakarta.annotation;

    exports io.sigillum.api.keymanagement;
    exports io.sigillum.api.keymanagement.model;

    // Jackson reads and writes the models reflectively.
    opens io.sigillum.api.keymanagement.model to com.fasterxml.jackson.databind;
}
