/** JAX-RS interfaces and models generated from {@code api-specs/verifier-wallet.yaml}. */
module io.sigillum.api.verifierwallet {
    requires transitive jakarta.ws.rs;
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive jakarta.annotation;

    exports io.sigillum.api.verifierwallet;
    exports io.sigillum.api.verifierwallet.model;

    // Jackson reads and writes the models reflectively.
    opens io.sigillum.api.verifierwallet.model to com.fasterxml.jackson.databind;
}
