/**
 * ETSI TS 119 612 trusted lists for Sigillum: a trusted list or a list of trusted lists (LoTL) is
 * parsed safely (no DTD, no entities, a size cap), its enveloped XML signature is verified against
 * the list operator's configured certificates with the JDK's XML-DSig ({@code java.xml.crypto},
 * secure validation on), and the signed document is mapped to a neutral model.
 * Plain Java: no server, no CDI, no dependency beyond the JDK.
 */
module io.sigillum.trustedlist {
    requires java.xml;
    requires java.xml.crypto;

    exports io.sigillum.trustedlist;
    exports io.sigillum.trustedlist.model;
}
