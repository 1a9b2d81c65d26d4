package io.sigillum.crypto.pkcs11;

import io.sigillum.crypto.pkcs11.Pkcs11Exception.Reason;

import java.util.Map;

/**
 * Tells why {@code SunPKCS11} failed, from the PKCS#11 return code in the cause chain.
 *
 * <p>The provider's own exception type ({@code sun.security.pkcs11.wrapper.PKCS11Exception}) is
 * not exported from its module, so the code is read from the messages, where the provider puts
 * the {@code CKR_…} name. Neither those messages nor ours carry the PIN: the provider never
 * writes it into one.
 */
final class SunPkcs11Failures {

    private static final Map<String, Reason> CODES = Map.of(
            "CKR_PIN_INCORRECT", Reason.WRONG_PIN,
            // Some tokens answer a PIN of a length they never accept with this instead.
            "CKR_PIN_LEN_RANGE", Reason.WRONG_PIN,
            "CKR_PIN_LOCKED", Reason.PIN_LOCKED,
            "CKR_SLOT_ID_INVALID", Reason.TOKEN_NOT_FOUND,
            "CKR_TOKEN_NOT_PRESENT", Reason.TOKEN_NOT_FOUND,
            "CKR_TOKEN_NOT_RECOGNIZED", Reason.TOKEN_NOT_FOUND,
            "CKR_USER_PIN_NOT_INITIALIZED", Reason.TOKEN_NOT_FOUND);

    /** SunPKCS11's own message when a slot list index is past the end of the list. */
    private static final String INDEX_PAST_END = "slotListIndex is";

    private SunPkcs11Failures() {
    }

    /**
     * @param what     what was being done, e.g. {@code "cannot open PKCS#11 token at /usr/lib/…so slot = 3"}
     * @param failure  the provider's exception
     * @param fallback the reason when the cause chain names no known code
     * @return the exception to throw
     */
    static Pkcs11Exception classify(String what, Throwable failure, Reason fallback) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message == null) {
                continue;
            }
            // No code's name is part of another's, so the order of this loop does not matter.
            for (Map.Entry<String, Reason> code : CODES.entrySet()) {
                if (message.contains(code.getKey())) {
                    return new Pkcs11Exception(code.getValue(),
                            what + ": " + describe(code.getValue()) + " (" + code.getKey() + ")", failure);
                }
            }
            if (message.startsWith(INDEX_PAST_END)) {
                return new Pkcs11Exception(Reason.TOKEN_NOT_FOUND, what + ": " + message, failure);
            }
        }
        return new Pkcs11Exception(fallback, what + ": " + rootMessage(failure), failure);
    }

    private static String describe(Reason reason) {
        return switch (reason) {
            case WRONG_PIN -> "the token refused the PIN";
            case PIN_LOCKED -> "the token's PIN is locked";
            case TOKEN_NOT_FOUND -> "no initialised token in this slot";
            default -> reason.name();
        };
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
