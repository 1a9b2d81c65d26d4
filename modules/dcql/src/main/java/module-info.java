/**
 * The Digital Credentials Query Language (DCQL) of OpenID for Verifiable Presentations 1.0, §6 and
 * §7: a strict parser from JSON to a typed {@link io.sigillum.dcql.query.DcqlQuery}, claims path
 * pointers, and matching of credentials against credential queries and credential sets, for a
 * verifier checking what came back and for a wallet choosing what to send. Selected claims are
 * {@link io.sigillum.sdjwt.ClaimPath}s, so a wallet hands them to the SD-JWT presenter as they are.
 * Plain Java: no server, no CDI.
 */
module io.sigillum.dcql {
    // ClaimPath and VerifiedSdJwtVc appear in this module's API.
    requires transitive io.sigillum.sdjwt;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports io.sigillum.dcql;
    exports io.sigillum.dcql.query;
    exports io.sigillum.dcql.match;
}
