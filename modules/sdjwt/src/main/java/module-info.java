/**
 * Selective Disclosure for JWTs (RFC 9901) for Sigillum: Disclosures and their digests, issuance of
 * SD-JWTs with decoys and recursive disclosures, presentation with an optional Key Binding JWT, and
 * strict verification; the SD-JWT VC profile (draft-ietf-oauth-sd-jwt-vc) on top. Signing and
 * signature checks go through {@link io.sigillum.crypto.sign.Signer} and
 * {@link io.sigillum.crypto.sign.Verifier}; no JOSE code is written here.
 * Plain Java: no server, no CDI.
 */
module io.sigillum.sdjwt {
    // Signer, Verifier and SignatureAlgorithm appear in this module's API.
    requires transitive io.sigillum.crypto;
    // StatusReference appears in the SD-JWT VC API: the status claim is Token Status List's.
    requires transitive io.sigillum.statuslist;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports io.sigillum.sdjwt;
    exports io.sigillum.sdjwt.issuance;
    exports io.sigillum.sdjwt.presentation;
    exports io.sigillum.sdjwt.verification;
    exports io.sigillum.sdjwt.vc;
}
