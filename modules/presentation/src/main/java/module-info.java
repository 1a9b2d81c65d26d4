/**
 * Verification of an OpenID4VP 1.0 presentation ({@code vp_token}, §8.1) of SD-JWT VCs: the
 * issuer's signature and {@code x5c} against the trust snapshot, the Disclosures, Key Binding
 * (nonce, audience, freshness, {@code sd_hash}), validity, the Token Status List status through a
 * cache of verified status list tokens, and the DCQL query; the relying party gets only the claims
 * the query selected. Plain Java: no server, no CDI; the caller fetches status lists over HTTP.
 */
module io.sigillum.presentation {
    // DcqlQuery, TrustEvaluator, SignatureAlgorithm, Status and DecodeLimits appear in this module's API.
    requires transitive io.sigillum.dcql;
    requires transitive io.sigillum.trust;
    requires transitive io.sigillum.statuslist;
    requires transitive io.sigillum.crypto;
    requires io.sigillum.sdjwt;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    // Nimbus reads the JOSE headers (alg, x5c) before the signature is checked.
    requires com.nimbusds.jose.jwt;

    exports io.sigillum.presentation;
}
