/** JAX-RS interfaces and models generated from {@code api-specs/issuer-wallet.yaml}. */
module io.sigillum.api.issuerwallet {
    requires transitive jakarta.ws.rs;
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive jakarta.annotation;

    exports io.sigillum.api.issuerwallet;
    exports io.sigillum.api.issuerwallet.model;

    // Jackson reads and writes the models reflectively.
    opens io.sigillum.api.issuerwallet.model to com.fasterxml.jackson.databind;
}
