package io.sigillum.issuance.proof;

import java.io.Serial;
import java.util.Objects;

/**
 * A proof JWT was refused: a key proof ({@link KeyProofException}) or a DPoP proof
 * ({@code io.sigillum.issuance.dpop.DpopProofException}). {@link #reason()} says which rule was
 * broken and {@link #error()} is the OAuth error code answered for it; the message is a short
 * description safe to return as {@code error_description}: it never repeats what the client sent.
 */
public abstract class ProofException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A rule a proof can break, with the error code answered when it does: each subclass's {@code Reason}. */
    public interface Rule {

        /** @return the OAuth error code */
        String error();
    }

    private final Rule reason;

    /**
     * @param reason      which rule was broken
     * @param description a short, safe description; never the client's input
     */
    protected ProofException(Rule reason, String description) {
        super(description);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return which rule was broken; subclasses narrow the type to their own {@code Reason} */
    public Rule reason() {
        return reason;
    }

    /** @return the OAuth error code of the rule that was broken */
    public String error() {
        return reason.error();
    }

    /** @return the {@code error_description} */
    public String description() {
        return getMessage();
    }
}
