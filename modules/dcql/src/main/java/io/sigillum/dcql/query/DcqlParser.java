package io.sigillum.dcql.query;

import io.sigillum.dcql.DcqlException;
import io.sigillum.dcql.DcqlException.Reason;
import io.sigillum.dcql.DcqlSpec;
import io.sigillum.dcql.internal.Json;
import io.sigillum.dcql.internal.Members;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a DCQL query (§6) strictly: every rule the specification states for a valid query is
 * checked, and a refusal says which ({@link DcqlException#reason()}) and where. Members the
 * specification does not define are ignored, as §6 requires of implementations.
 *
 * <p>Two strictnesses differ in one rule only. §6.1 says Verifiers MUST NOT point to the same claim
 * twice in one Credential Query and Wallets SHOULD ignore such duplicates: {@link #forVerifier()}
 * refuses them ({@link Reason#DUPLICATE_CLAIM_PATH}), {@link #forWallet()} keeps them, each to be
 * satisfied like any other Claims Query.
 */
public final class DcqlParser {

    private static final DcqlParser VERIFIER = new DcqlParser(false);
    private static final DcqlParser WALLET = new DcqlParser(true);

    private final boolean duplicateClaimPathsAllowed;

    private DcqlParser(boolean duplicateClaimPathsAllowed) {
        this.duplicateClaimPathsAllowed = duplicateClaimPathsAllowed;
    }

    /** @return the parser for a query a Verifier writes or receives from a relying party: every rule enforced */
    public static DcqlParser forVerifier() {
        return VERIFIER;
    }

    /** @return the parser for a query a Wallet receives: duplicate claim paths tolerated (§6.1) */
    public static DcqlParser forWallet() {
        return WALLET;
    }

    /**
     * @param json the {@code dcql_query} JSON text
     * @return the query
     * @throws DcqlException when it is not one JSON object, or breaks a rule of §6, §7 or Appendix B
     */
    public DcqlQuery parse(String json) throws DcqlException {
        return read(Json.read(json));
    }

    /**
     * Reads a query already parsed as plain Java values, e.g. the {@code dcql_query} member of a
     * Request Object's payload. Duplicate member names must have been refused by whoever parsed it;
     * integers are {@link Integer}, {@link Long} or {@link java.math.BigInteger}, other numbers
     * {@link java.math.BigDecimal} or {@link Double}.
     *
     * @param value the {@code dcql_query} value
     * @return the query
     * @throws DcqlException when it breaks a rule of §6, §7 or Appendix B
     */
    public DcqlQuery read(Object value) throws DcqlException {
        Members query = Members.of(value, "dcql_query", "§6");
        List<Object> credentialValues = query.requiredNonEmptyArray(DcqlSpec.CREDENTIALS);
        List<CredentialQuery> credentials = new ArrayList<>(credentialValues.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < credentialValues.size(); i++) {
            CredentialQuery credential = CredentialQueryReader.read(credentialValues.get(i), DcqlSpec.CREDENTIALS + "[" + i + "]",
                    duplicateClaimPathsAllowed);
            if (!ids.add(credential.id())) {
                throw new DcqlException(Reason.DUPLICATE_CREDENTIAL_ID, "§6.1: " + DcqlSpec.CREDENTIALS + "[" + i + "].id \""
                        + credential.id() + "\" is the id of an earlier Credential Query; ids MUST NOT be present more than once");
            }
            credentials.add(credential);
        }
        Optional<List<CredentialSetQuery>> credentialSets = Optional.empty();
        Optional<List<Object>> setValues = query.optionalNonEmptyArray(DcqlSpec.CREDENTIAL_SETS);
        if (setValues.isPresent()) {
            List<CredentialSetQuery> sets = new ArrayList<>();
            for (int i = 0; i < setValues.get().size(); i++) {
                sets.add(readCredentialSet(setValues.get().get(i), DcqlSpec.CREDENTIAL_SETS + "[" + i + "]", ids));
            }
            credentialSets = Optional.of(sets);
        }
        return new DcqlQuery(credentials, credentialSets);
    }

    private static CredentialSetQuery readCredentialSet(Object value, String at, Set<String> credentialIds) throws DcqlException {
        Members set = Members.of(value, at, "§6.2");
        List<Object> optionValues = set.requiredNonEmptyArray(DcqlSpec.OPTIONS);
        List<List<String>> options = new ArrayList<>(optionValues.size());
        for (int i = 0; i < optionValues.size(); i++) {
            String optionAt = set.at(DcqlSpec.OPTIONS) + "[" + i + "]";
            List<Object> idValues = Members.nonEmptyArray(optionValues.get(i), optionAt, "§6.2");
            List<String> option = new ArrayList<>(idValues.size());
            for (int j = 0; j < idValues.size(); j++) {
                if (!(idValues.get(j) instanceof String id)) {
                    throw new DcqlException(Reason.WRONG_TYPE, "§6.2: " + optionAt + "[" + j + "] must be a Credential Query id, not "
                            + Json.typeOf(idValues.get(j)));
                }
                if (!credentialIds.contains(id)) {
                    throw new DcqlException(Reason.UNKNOWN_CREDENTIAL_ID, "§6.2: " + optionAt + "[" + j + "] \"" + Ids.quotable(id)
                            + "\" references no element of credentials");
                }
                option.add(id);
            }
            options.add(option);
        }
        return new CredentialSetQuery(options, set.optionalBoolean(DcqlSpec.REQUIRED, true));
    }
}
