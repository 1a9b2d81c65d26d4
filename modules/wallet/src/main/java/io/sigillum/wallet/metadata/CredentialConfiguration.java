package io.sigillum.wallet.metadata;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of {@code credential_configurations_supported} (OID4VCI 1.0 §12.2.4), as far as this
 * wallet uses it.
 *
 * @param id                  its identifier
 * @param format              {@code format}
 * @param vct                 {@code vct}, for {@code dc+sd-jwt} (Appendix A.3.2)
 * @param bindingMethods      {@code cryptographic_binding_methods_supported}, empty when absent
 * @param proofTypes          the names in {@code proof_types_supported}, empty when absent
 * @param jwtProofAlgorithms  {@code proof_signing_alg_values_supported} of the {@code jwt} proof type
 */
public record CredentialConfiguration(String id, String format, Optional<String> vct, List<String> bindingMethods,
                                      Set<String> proofTypes, List<String> jwtProofAlgorithms) {

    /** Checks that nothing is null and copies the collections. */
    public CredentialConfiguration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(vct, "vct");
        bindingMethods = List.copyOf(bindingMethods);
        proofTypes = Set.copyOf(proofTypes);
        jwtProofAlgorithms = List.copyOf(jwtProofAlgorithms);
    }

    /** @return whether the Credential Request must carry key proofs (§8.2: when proof types are listed) */
    public boolean proofsRequired() {
        return !proofTypes.isEmpty();
    }
}
