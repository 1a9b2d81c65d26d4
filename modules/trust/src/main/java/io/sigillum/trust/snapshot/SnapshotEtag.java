package io.sigillum.trust.snapshot;

import io.sigillum.trust.model.TrustSnapshot;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * The strong entity tag (RFC 9110 §8.8.3) of a snapshot's canonical JSON form:
 * {@code "<version>-<base64url SHA-256 of the canonical bytes>"}, quotes included. Equal tags mean
 * byte-identical forms (RFC 9110 §8.8.1's strong validator); the version in front lets a person
 * or a log line tell snapshots apart at a glance, and the digest changes with any content change
 * even if a version were reused.
 */
public final class SnapshotEtag {

    private SnapshotEtag() {
    }

    /** @return the snapshot's strong ETag, over {@link SnapshotJson#write}'s bytes */
    public static String of(TrustSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        return of(snapshot.version(), SnapshotJson.write(snapshot));
    }

    /**
     * For a server that has the canonical bytes already, to avoid writing them twice.
     *
     * @param version   the snapshot's version
     * @param canonical the snapshot's {@link SnapshotJson#write} bytes
     * @return the strong ETag
     */
    public static String of(long version, byte[] canonical) {
        Objects.requireNonNull(canonical, "canonical");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical);
            return "\"" + version + "-" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
