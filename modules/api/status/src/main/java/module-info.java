/** JAX-RS interfaces and models generated from {@code api-specs/status.yaml}. */
module io.sigillum.api.status {
    requires transitive jakarta.ws.rs;
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive jakarta.annotation;

    exports io.sigillum.api.status;
    exports io.sigillum.api.status.model;

    // Jackson reads and writes the models reflectively.
    opens io.sigillum.api.status.model to com.fasterxml.jackson.databind;
}
