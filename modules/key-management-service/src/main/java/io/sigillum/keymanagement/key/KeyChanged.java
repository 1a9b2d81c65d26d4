package io.sigillum.keymanagement.key;

/**
 * A CDI event: a key changed state. Fired inside the change's transaction; observers that cache
 * keys watch for it after the commit, so this replica never waits for its cache to expire.
 *
 * @param kid     the key
 * @param purpose its purpose
 * @param scope   its scope
 */
public record KeyChanged(String kid, KeyPurpose purpose, String scope) {
}
