package io.sigillum.gateway.auth;

/** Keys read once from a file at start-up: they change with a restart only. */
record FixedKeys(VerificationKeys keys) implements KeySource {

    @Override
    public VerificationKeys current() {
        return keys;
    }

    @Override
    public VerificationKeys held() {
        return keys;
    }
}
