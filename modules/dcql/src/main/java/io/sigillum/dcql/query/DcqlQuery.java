package io.sigillum.dcql.query;

import io.sigillum.dcql.DcqlException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A DCQL query (§6): the requested Credentials and, optionally, which combinations of them satisfy
 * the Verifier.
 *
 * @param credentials    the Credential Queries, in request order; never empty
 * @param credentialSets the Credential Set Queries, if any; without them every Credential Query is requested
 */
public record DcqlQuery(List<CredentialQuery> credentials, Optional<List<CredentialSetQuery>> credentialSets) {

    /** Checks that there is a Credential Query and copies the lists. */
    public DcqlQuery {
        credentials = List.copyOf(credentials);
        if (credentials.isEmpty()) {
            throw new IllegalArgumentException("credentials is a non-empty array (§6)");
        }
        credentialSets = Objects.requireNonNull(credentialSets, "credentialSets").map(List::copyOf);
    }

    /**
     * Parses a query as a Verifier must write it, see {@link DcqlParser#forVerifier()}.
     *
     * @param json the {@code dcql_query} JSON object
     * @return the query
     * @throws DcqlException when it breaks a rule of §6, §7 or Appendix B
     */
    public static DcqlQuery parse(String json) throws DcqlException {
        return DcqlParser.forVerifier().parse(json);
    }

    /** @return the Credential Query with this id, if there is one */
    public Optional<CredentialQuery> credential(String id) {
        return credentials.stream().filter(query -> query.id().equals(id)).findFirst();
    }
}
