/**
 * A test wallet for Sigillum, written from the specifications rather than from the issuer's code:
 * OpenID for Verifiable Credential Issuance 1.0 (pre-authorized code flow), DPoP (RFC 9449) and
 * SD-JWT VC. Plain Java: no server, no CDI. Only the API is exported: the wallet, its steps and
 * errors, and its store.
 */
module io.sigillum.wallet {
    requires transitive io.sigillum.sdjwt;
    requires java.net.http;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports io.sigillum.wallet;
    exports io.sigillum.wallet.store;
}
