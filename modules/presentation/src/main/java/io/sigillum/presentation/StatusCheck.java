package io.sigillum.presentation;

import io.sigillum.presentation.internal.SdJwtVcCheck;
import io.sigillum.statuslist.list.Status;
import io.sigillum.statuslist.reference.StatusReference;
import io.sigillum.trust.evaluation.TrustEvaluator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The status of each verified credential that has a {@code status.status_list} claim
 * (draft-ietf-oauth-status-list §8.3; a credential without one is not checked): VALID passes,
 * INVALID is {@link FailureReason#REVOKED}, SUSPENDED is {@link FailureReason#SUSPENDED}, any other
 * value (application specific, unassigned) is not VALID and so is {@link FailureReason#STATUS_UNKNOWN};
 * a status that cannot be established follows the {@link UnknownStatusPolicy}.
 */
final class StatusCheck {

    private StatusCheck() {
    }

    static List<Failure> check(Map<String, List<SdJwtVcCheck.Checked>> checked, StatusLists statusLists,
                               TrustEvaluator trust, UnknownStatusPolicy policy) {
        List<Failure> failures = new ArrayList<>();
        checked.forEach((id, credentials) -> {
            for (SdJwtVcCheck.Checked credential : credentials) {
                Optional<StatusReference> reference = credential.credential().status();
                if (reference.isPresent()) {
                    failureOf(id, statusLists.lookup(reference.get(), credential.issuerId(), credential.credential().vct(), trust),
                            policy).ifPresent(failures::add);
                }
            }
        });
        return failures;
    }

    private static Optional<Failure> failureOf(String id, StatusLists.Lookup lookup, UnknownStatusPolicy policy) {
        return switch (lookup) {
            case StatusLists.Lookup.Known known -> {
                Status status = known.status();
                yield switch (status.category()) {
                    case VALID -> Optional.empty();
                    case INVALID -> Optional.of(Failure.of(FailureReason.REVOKED, id, "the credential is revoked (status INVALID)"));
                    case SUSPENDED -> Optional.of(Failure.of(FailureReason.SUSPENDED, id, "the credential is suspended"));
                    default -> Optional.of(Failure.of(FailureReason.STATUS_UNKNOWN, id,
                            "the credential's status is " + status + ", not VALID"));
                };
            }
            case StatusLists.Lookup.Unknown unknown -> policy == UnknownStatusPolicy.ACCEPT
                    ? Optional.empty()
                    : Optional.of(Failure.of(FailureReason.STATUS_UNKNOWN, id, unknown.detail()));
        };
    }
}
