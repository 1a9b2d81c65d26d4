/** JAX-RS interfaces and models generated from {@code api-specs/issuer-admin.yaml}. */
module io.sigillum.api.issueradmin {
    requires transitive jakarta.ws.rs;
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive jakarta.annotation;

    exports io.sigillum.api.issueradmin;
    exports io.sigillum.api.issueradmin.model;

    // Jackson reads and writes the models reflectively.
    opens io.sigillum.api.issueradmin.model to com.fasterxml.jackson.databind;
}
