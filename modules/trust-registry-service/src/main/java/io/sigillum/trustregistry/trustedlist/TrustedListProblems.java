package io.sigillum.trustregistry.trustedlist;

import io.sigillum.trustedlist.TrustedListException;
import io.sigillum.trustregistry.TrustProblems;
import jakarta.ws.rs.WebApplicationException;

import java.util.Locale;

/**
 * A refused trusted list as a problem: type {@code …:trusted-list-<reason>} (the
 * {@link TrustedListException.Reason}, lower case with dashes), the library's message as the
 * detail (it names the rule and the element or algorithm at fault, never content the parser was
 * asked to read). 400 for what is not a list, 409 for a stale one, 413 for one too large, 422 for a
 * signature or a signer refused.
 */
final class TrustedListProblems {

    private TrustedListProblems() {
    }

    static WebApplicationException of(TrustedListException refused) {
        int status = switch (refused.reason()) {
            case TOO_LARGE -> 413;
            case FORBIDDEN_CONSTRUCT, MALFORMED -> 400;
            case STALE -> 409;
            case UNSIGNED, SIGNATURE_SCOPE, WEAK_ALGORITHM, BAD_SIGNATURE, UNKNOWN_SIGNER, TERRITORY_MISMATCH -> 422;
        };
        String name = refused.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return TrustProblems.problem("trusted-list-" + name, "Trusted list refused (" + name.replace('-', ' ') + ")",
                status, refused.getMessage() + ".");
    }

    /** 422: the list verified, but with a certificate held for another list. */
    static WebApplicationException unknownSigner(String detail) {
        return TrustProblems.problem("trusted-list-unknown-signer", "Trusted list refused (unknown signer)", 422, detail);
    }

    /** 422: no signing certificate is held for the list's territory. */
    static WebApplicationException territoryNotConfigured(String territory) {
        return TrustProblems.problem("trusted-list-territory-not-configured", "Trusted list refused (territory not configured)",
                422, "No signing certificate is held for the scheme territory " + TrustProblems.printable(territory)
                        + ": configure " + TrustedListSettings.PREFIX + "<territory>.signers, or import a list of trusted"
                        + " lists that points to it.");
    }

    /** 422: nothing at all is configured to verify a list with. */
    static WebApplicationException nothingConfigured() {
        return TrustProblems.problem("trusted-list-territory-not-configured", "Trusted list refused (territory not configured)",
                422, "No trusted-list signing certificate is configured: set " + TrustedListSettings.LOTL_SIGNERS + " or "
                        + TrustedListSettings.PREFIX + "<territory>.signers.");
    }

    /** 422: the list's scheme territory cannot be the country of issuers. */
    static WebApplicationException badTerritory(String territory) {
        return TrustProblems.problem("trusted-list-malformed", "Trusted list refused (malformed)", 422,
                "The scheme territory " + TrustProblems.printable(territory) + " is not a two-letter code (TS 119 612 §5.3.10).");
    }
}
