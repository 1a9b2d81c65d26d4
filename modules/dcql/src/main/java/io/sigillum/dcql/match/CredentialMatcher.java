package io.sigillum.dcql.match;

import io.sigillum.dcql.query.ClaimsQuery;
import io.sigillum.dcql.query.CredentialMeta;
import io.sigillum.dcql.query.CredentialQuery;
import io.sigillum.sdjwt.ClaimPath;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether one credential satisfies one Credential Query (§6.1, §6.4.1): its format, the
 * format's {@code meta} ({@code vct_values}, {@code doctype_value}, {@code type_values}),
 * Cryptographic Holder Binding when required, then the claims. Without {@code claims} nothing
 * selectively disclosable is requested; without {@code claim_sets} every Claims Query must be
 * satisfied; with them the first satisfiable claim set, in the Verifier's order of preference, is
 * chosen. A claim whose value is not among its {@code values} counts as absent (§6.4.1).
 *
 * <p>{@code trusted_authorities} is not evaluated here: whether an Issuer is trusted is the
 * Verifier's own check, against its trust registry (§6.1 says the Verifier must verify that on its
 * own).
 */
public final class CredentialMatcher {

    private CredentialMatcher() {
    }

    /**
     * @param query      the Credential Query
     * @param credential the credential, as presented (Verifier) or held (Wallet)
     * @return how it matches
     */
    public static CredentialMatch match(CredentialQuery query, Credential credential) {
        if (!query.format().equals(credential.format())) {
            return new CredentialMatch.Unsatisfied(query.id(), List.of(new Mismatch(Mismatch.Kind.FORMAT,
                    "§6.1: the credential's format is " + credential.format() + ", the query asks for " + query.format())));
        }
        List<Mismatch> mismatches = new ArrayList<>();
        meta(query.meta(), credential).ifPresent(mismatches::add);
        if (query.requireCryptographicHolderBinding() && !credential.cryptographicHolderBinding()) {
            mismatches.add(new Mismatch(Mismatch.Kind.HOLDER_BINDING,
                    "§6.1: require_cryptographic_holder_binding is true but the credential comes without Cryptographic Holder Binding"));
        }
        if (!mismatches.isEmpty()) {
            return new CredentialMatch.Unsatisfied(query.id(), mismatches);
        }
        if (query.claims().isEmpty()) {
            return new CredentialMatch.Satisfied(query.id(), Optional.empty(), List.of());
        }
        return claims(query, credential);
    }

    private static Optional<Mismatch> meta(CredentialMeta meta, Credential credential) {
        return switch (meta) {
            case CredentialMeta.SdJwtVc sdJwtVc when credential instanceof SdJwtVcCredential vc ->
                    sdJwtVc.vctValues().contains(vc.vct()) ? Optional.empty() : Optional.of(new Mismatch(Mismatch.Kind.CREDENTIAL_TYPE,
                            "Appendix B.3.5: the credential's vct is not among vct_values " + sdJwtVc.vctValues()));
            case CredentialMeta.Mdoc mdoc when credential instanceof MdocCredential document ->
                    mdoc.doctypeValue().equals(document.doctype()) ? Optional.empty() : Optional.of(new Mismatch(Mismatch.Kind.CREDENTIAL_TYPE,
                            "Appendix B.2.3: the mdoc's doctype " + document.doctype() + " is not doctype_value " + mdoc.doctypeValue()));
            case CredentialMeta.W3cVc w3c when credential instanceof W3cCredential vc ->
                    w3c.typeValues().stream().anyMatch(vc.types()::containsAll) ? Optional.empty()
                            : Optional.of(new Mismatch(Mismatch.Kind.CREDENTIAL_TYPE,
                            "Appendix B.1.1: the credential's types include none of the alternatives of type_values"));
            case CredentialMeta.Other other when other.members().isEmpty() -> Optional.empty();
            default -> Optional.of(new Mismatch(Mismatch.Kind.META_NOT_EVALUATED,
                    "§6.1: the meta of format " + credential.format() + " is not evaluated by this implementation"));
        };
    }

    private static CredentialMatch claims(CredentialQuery query, Credential credential) {
        List<ClaimsQuery> claims = query.claims().orElseThrow();
        Map<ClaimsQuery, ClaimOutcome> outcomes = new LinkedHashMap<>();
        if (query.claimSets().isEmpty()) {
            List<Mismatch> mismatches = new ArrayList<>();
            List<ClaimOutcome> satisfied = new ArrayList<>();
            for (ClaimsQuery claim : claims) {
                ClaimOutcome outcome = outcomes.computeIfAbsent(claim, c -> ClaimOutcome.of(c, credential));
                outcome.mismatch().ifPresentOrElse(mismatches::add, () -> satisfied.add(outcome));
            }
            return mismatches.isEmpty()
                    ? new CredentialMatch.Satisfied(query.id(), Optional.empty(), union(satisfied))
                    : new CredentialMatch.Unsatisfied(query.id(), mismatches);
        }
        List<Mismatch> mismatches = new ArrayList<>();
        for (List<String> claimSet : query.claimSets().get()) {
            List<ClaimOutcome> chosen = new ArrayList<>();
            boolean all = true;
            for (String claimId : claimSet) {
                ClaimsQuery claim = query.claim(claimId).orElseThrow();
                ClaimOutcome outcome = outcomes.computeIfAbsent(claim, c -> ClaimOutcome.of(c, credential));
                if (outcome.mismatch().isPresent()) {
                    all = false;
                    break;
                }
                chosen.add(outcome);
            }
            if (all) {
                return new CredentialMatch.Satisfied(query.id(), Optional.of(claimSet), union(chosen));
            }
        }
        mismatches.add(new Mismatch(Mismatch.Kind.NO_CLAIM_SET, "§6.4.1: none of the " + query.claimSets().get().size()
                + " claim sets can be satisfied"));
        outcomes.values().forEach(outcome -> outcome.mismatch().ifPresent(mismatches::add));
        return new CredentialMatch.Unsatisfied(query.id(), mismatches);
    }

    /** The claims of the chosen Claims Queries, in query order, each path once. */
    private static List<SelectedClaim> union(List<ClaimOutcome> outcomes) {
        List<SelectedClaim> union = new ArrayList<>();
        Set<ClaimPath> seen = new HashSet<>();
        for (ClaimOutcome outcome : outcomes) {
            for (SelectedClaim claim : outcome.selected()) {
                if (seen.add(claim.path())) {
                    union.add(claim);
                }
            }
        }
        return union;
    }

    /** What one Claims Query selects in one credential, after {@code values}. */
    private record ClaimOutcome(List<SelectedClaim> selected, Optional<Mismatch> mismatch) {

        static ClaimOutcome of(ClaimsQuery claim, Credential credential) {
            ClaimsPathProcessor.Selection selection = switch (credential) {
                case MdocCredential mdoc -> ClaimsPathProcessor.processMdoc(claim.path(), mdoc.nameSpaces());
                case SdJwtVcCredential vc -> ClaimsPathProcessor.process(claim.path(), vc.claims());
                case W3cCredential vc -> ClaimsPathProcessor.process(claim.path(), vc.claims());
            };
            if (selection instanceof ClaimsPathProcessor.Selection.Failed failed) {
                return new ClaimOutcome(List.of(), Optional.of(new Mismatch(Mismatch.Kind.CLAIM_MISSING,
                        claim.label() + ": " + failed.reason())));
            }
            List<SelectedClaim> selected = ((ClaimsPathProcessor.Selection.Selected) selection).claims();
            if (claim.values().isEmpty()) {
                return new ClaimOutcome(selected, Optional.empty());
            }
            // §6.4.1: a claim whose value does not match is treated as if it did not exist.
            List<SelectedClaim> matching = selected.stream()
                    .filter(selectedClaim -> ValueMatching.matches(selectedClaim.value(), claim.values().get()))
                    .toList();
            if (matching.isEmpty()) {
                return new ClaimOutcome(List.of(), Optional.of(new Mismatch(Mismatch.Kind.CLAIM_VALUE,
                        "§6.3: " + claim.label() + " has no value among its values")));
            }
            return new ClaimOutcome(matching, Optional.empty());
        }
    }
}
