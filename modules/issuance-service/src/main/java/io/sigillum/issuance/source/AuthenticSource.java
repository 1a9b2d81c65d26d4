package io.sigillum.issuance.source;

import io.sigillum.issuance.configuration.CredentialConfiguration;

/** Where the attributes of a credential come from. */
public interface AuthenticSource {

    /**
     * @param subject       the person, as the offer names them
     * @param configuration what is about to be issued
     * @return the person's attributes, "not yet", or "unknown"
     * @throws AuthenticSourceUnavailable when the source cannot be asked now
     */
    SourceAnswer attributes(String subject, CredentialConfiguration configuration);
}
