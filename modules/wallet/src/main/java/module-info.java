/**
 * A test wallet for Sigillum, written from the specifications rather than from the issuer's code:
 * OpenID for Verifiable Credential Issuance 1.0 (pre-authorized code flow), DPoP (RFC 9449),
 * SD-JWT VC, and OpenID for Verifiable Presentations 1.0 (DCQL, signed request objects,
 * direct_post and encrypted direct_post.jwt). Plain Java: no server, no CDI. Only the API is
 * exported: the wallet, its steps and errors, its store, and the presentation options and results.
 */
module io.sigillum.wallet {
    requires transitive io.sigillum.sdjwt;
    requires io.sigillum.dcql;
    requires java.net.http;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports io.sigillum.wallet;
    exports io.sigillum.wallet.store;
    exports io.sigillum.wallet.presentation;
}
