package io.sigillum.gateway.auth;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens that passed every check, remembered by their exact compact form until they expire,
 * so a client presenting the same token again costs a map lookup instead of a signature check. A
 * remembered token is only taken while the key set it was verified with is still the current one:
 * when the keys change (a JWKS rotation), every token is checked anew. At most {@link #CAPACITY}
 * are kept; beyond that the memory starts afresh, which costs signature checks, never a wrong answer.
 */
final class ValidatedTokens {

    static final int CAPACITY = 4096;

    private record Entry(ValidateAccessToken.Caller caller, Instant acceptedUntil, VerificationKeys keys) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * @param current the key set in force now, or null when there is none
     * @return the caller of a token that passed every check with these very keys and has not
     * expired by {@code now}; null otherwise
     */
    ValidateAccessToken.Caller find(String compact, VerificationKeys current, Instant now) {
        Entry entry = entries.get(compact);
        if (entry == null) {
            return null;
        }
        if (entry.keys() != current || !now.isBefore(entry.acceptedUntil())) {
            entries.remove(compact, entry);
            return null;
        }
        return entry.caller();
    }

    /**
     * @param acceptedUntil the first instant the token is no longer accepted ({@code exp} plus the clock skew)
     * @param keys          the key set its signature was checked with
     */
    void remember(String compact, ValidateAccessToken.Caller caller, Instant acceptedUntil, VerificationKeys keys) {
        if (entries.size() >= CAPACITY) {
            entries.clear();
        }
        entries.put(compact, new Entry(caller, acceptedUntil, keys));
    }

    int size() {
        return entries.size();
    }
}
