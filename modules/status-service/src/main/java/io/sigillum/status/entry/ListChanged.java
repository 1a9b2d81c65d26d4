package io.sigillum.status.entry;

/**
 * An entry of the list changed status, fired inside the change's transaction; observers that act
 * after commit see only changes that happened.
 *
 * @param listId the list
 */
public record ListChanged(String listId) {
}
