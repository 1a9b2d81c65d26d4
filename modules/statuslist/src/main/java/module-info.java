/**
 * Token Status List (draft-ietf-oauth-status-list-20) for Sigillum: the packed and ZLIB-compressed
 * list of statuses, Status List Tokens as JWT and CWT signed through
 * {@link io.sigillum.crypto.sign.Signer} and checked with {@link io.sigillum.crypto.sign.Verifier},
 * and the {@code status} claim that a referenced token (SD-JWT VC, CWT, mdoc) carries.
 * Plain Java: no server, no CDI; compression is the JDK's zlib.
 */
module io.sigillum.statuslist {
    // Signer, Verifier, SignatureAlgorithm and the CBOR values appear in this module's API.
    requires transitive io.sigillum.crypto;

    exports io.sigillum.statuslist;
    exports io.sigillum.statuslist.list;
    exports io.sigillum.statuslist.token;
    exports io.sigillum.statuslist.reference;
}
