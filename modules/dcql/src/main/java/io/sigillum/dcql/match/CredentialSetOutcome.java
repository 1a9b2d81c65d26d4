package io.sigillum.dcql.match;

import java.util.List;
import java.util.Optional;

/**
 * Whether one Credential Set Query (§6.2) is satisfied.
 *
 * @param index           its position in {@code credential_sets}
 * @param required        whether it had to be
 * @param satisfiedOption the first option whose Credential Queries are all satisfied, if any
 */
public record CredentialSetOutcome(int index, boolean required, Optional<List<String>> satisfiedOption) {

    /** Copies the option. */
    public CredentialSetOutcome {
        satisfiedOption = satisfiedOption.map(List::copyOf);
    }

    /** @return whether an option is satisfied */
    public boolean satisfied() {
        return satisfiedOption.isPresent();
    }
}
