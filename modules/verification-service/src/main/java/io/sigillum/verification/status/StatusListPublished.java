package io.sigillum.verification.status;

import java.net.URI;

/** A CDI event: the status service published a new version of the list at this URI; cached copies are stale. */
public record StatusListPublished(URI uri) {
}
