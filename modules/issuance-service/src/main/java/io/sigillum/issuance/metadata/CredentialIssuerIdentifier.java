package io.sigillum.issuance.metadata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * The Credential Issuer Identifier ({@code sigillum.issuance.credential-issuer}): the public
 * https URL wallets know this issuer by, from which every endpoint URL it advertises is derived.
 */
@ApplicationScoped
public class CredentialIssuerIdentifier {

    private final URI identifier;

    @Inject
    CredentialIssuerIdentifier(@ConfigProperty(name = "sigillum.issuance.credential-issuer") String identifier) {
        this.identifier = validate(identifier);
    }

    /** The identifier itself. */
    public URI uri() {
        return identifier;
    }

    /** An endpoint below the identifier, e.g. {@code /credential}. */
    public URI endpoint(String path) {
        String base = identifier.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    /** OID4VCI 1.0 §12.2.1: an https URL with scheme, host and optional port and path, no query or fragment. */
    static URI validate(String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sigillum.issuance.credential-issuer is not a URL: " + value, e);
        }
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("sigillum.issuance.credential-issuer must be an https URL without"
                    + " query, fragment or user info (OID4VCI 1.0 §12.2.1): " + value);
        }
        return uri;
    }
}
