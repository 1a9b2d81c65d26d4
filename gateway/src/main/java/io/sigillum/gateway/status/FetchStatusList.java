package io.sigillum.gateway.status;

/** Asks the status service for one form of one list's token. */
@FunctionalInterface
interface FetchStatusList {

    /**
     * @param ifNoneMatch the entity tag held, to make the request conditional, or null
     * @return the outcome; never throws for upstream's failures
     */
    Fetched fetch(String listId, TokenForm form, String ifNoneMatch);
}
