package io.sigillum.gateway.auth;

/**
 * Where the keys that verify bearer tokens come from now: a file read once at start
 * ({@link FixedKeys}), or a JWKS URL fetched and kept fresh ({@link RemoteJwks}).
 */
interface KeySource {

    /**
     * @return the keys to verify with now
     * @throws KeysUnavailable when no key set has been obtained yet
     */
    VerificationKeys current() throws KeysUnavailable;

    /** @return the keys held now, never fetching any (a lookup must not cost a fetch); null before a first set */
    VerificationKeys held();

    /**
     * A token named a {@code kid} the current keys lack: it may be a key the issuer has just
     * rotated in. A source that can ask again does so when its rate limit allows.
     *
     * @return the keys to verify with now, fetched again or not
     * @throws KeysUnavailable when no key set has been obtained yet
     */
    default VerificationKeys afterUnknownKeyId() throws KeysUnavailable {
        return current();
    }

    /** @return the source's metrics in the Prometheus text format, or nothing */
    default String prometheus() {
        return "";
    }
}
