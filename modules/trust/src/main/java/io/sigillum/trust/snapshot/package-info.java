/**
 * The snapshot's JSON form: {@link io.sigillum.trust.snapshot.SnapshotJson} writes it in one
 * canonical form and reads it strictly; {@link io.sigillum.trust.snapshot.SnapshotEtag} gives the
 * strong ETag the registry serves it with. The form is documented in the module's README.
 */
package io.sigillum.trust.snapshot;
