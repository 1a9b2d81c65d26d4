package io.sigillum.dcql.match;

import io.sigillum.dcql.DcqlSpec;
import io.sigillum.sdjwt.vc.VerifiedSdJwtVc;

import java.util.Map;
import java.util.Objects;

/**
 * An IETF SD-JWT VC ({@code dc+sd-jwt}, Appendix B.3).
 *
 * @param vct                        the credential type, matched against {@code vct_values}
 * @param claims                     the processed claims: for a Verifier those disclosed, for a Wallet all
 *                                   of them, every Disclosure applied
 * @param cryptographicHolderBinding for a Verifier: a Key Binding JWT was verified; for a Wallet:
 *                                   the credential has a {@code cnf} key
 */
public record SdJwtVcCredential(String vct, Map<String, Object> claims, boolean cryptographicHolderBinding)
        implements Credential {

    /** Checks that nothing is null. */
    public SdJwtVcCredential {
        Objects.requireNonNull(vct, "vct");
        Objects.requireNonNull(claims, "claims");
    }

    /**
     * @param presented a presentation the SD-JWT VC verifier accepted
     * @return it as matching sees it; holder binding is whether its Key Binding JWT was verified
     */
    public static SdJwtVcCredential of(VerifiedSdJwtVc presented) {
        return new SdJwtVcCredential(presented.vct(), presented.claims(), presented.keyBound());
    }

    @Override
    public String format() {
        return DcqlSpec.FORMAT_SD_JWT_VC;
    }

    /** @return the type and the claim names only: claim values stay out of logs */
    @Override
    public String toString() {
        return "SdJwtVcCredential[vct=" + vct + ", claims=" + claims.keySet() + ", cryptographicHolderBinding=" + cryptographicHolderBinding + "]";
    }
}
