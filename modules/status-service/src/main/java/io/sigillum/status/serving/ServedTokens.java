package io.sigillum.status.serving;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens this replica serves, in memory: the read path never touches the database or the
 * key-management service. Publication and the replica's sync put newer versions in; an older
 * version never replaces a newer one, whichever arrives last.
 */
@ApplicationScoped
public class ServedTokens {

    private final Map<String, ServedToken> tokens = new ConcurrentHashMap<>();

    public Optional<ServedToken> get(String listId) {
        return Optional.ofNullable(tokens.get(listId));
    }

    /** Serves {@code token} unless a newer version of its list is served already. */
    public void offer(ServedToken token) {
        tokens.merge(token.listId(), token, (held, offered) -> offered.version() > held.version() ? offered : held);
    }

    /** The URIs of the lists served, in a stable order (a list's URI never changes). */
    public java.util.List<String> uris() {
        return tokens.values().stream().map(ServedToken::uri).sorted().toList();
    }

    /** The version served for a list, or -1. */
    public long version(String listId) {
        ServedToken token = tokens.get(listId);
        return token == null ? -1 : token.version();
    }
}
