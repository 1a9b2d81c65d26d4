package io.sigillum.trustregistry.snapshot;

import io.sigillum.trust.evaluation.TrustEvaluator;
import io.sigillum.trust.model.TrustSnapshot;
import io.sigillum.trust.snapshot.SnapshotEtag;
import io.sigillum.trust.snapshot.SnapshotJson;

/**
 * One version's snapshot, ready to serve and to evaluate with: its canonical JSON, its strong ETag
 * and the evaluator built on it, all made once.
 *
 * @param snapshot  the trust state
 * @param json      {@link SnapshotJson#write}'s bytes; never modified
 * @param etag      {@link SnapshotEtag#of(long, byte[])}, quotes included
 * @param evaluator the evaluator for this snapshot
 */
public record PublishedSnapshot(TrustSnapshot snapshot, byte[] json, String etag, TrustEvaluator evaluator) {

    /** Writes and indexes the snapshot. */
    public static PublishedSnapshot of(TrustSnapshot snapshot) {
        byte[] json = SnapshotJson.write(snapshot);
        return new PublishedSnapshot(snapshot, json, SnapshotEtag.of(snapshot.version(), json), TrustEvaluator.of(snapshot));
    }

    public long version() {
        return snapshot.version();
    }
}
