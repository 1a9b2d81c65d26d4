package io.sigillum.status.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * How lists are made: their size ({@code sigillum.status.list-size}, 2^20 entries), how full they
 * get ({@code sigillum.status.fill-limit}, a fraction: random picks stay cheap below it), and the
 * base of their URIs ({@code sigillum.status.base-uri}, where the public path serves them).
 */
@ApplicationScoped
public class ListSettings {

    private final int size;
    private final double fillLimit;
    private final URI baseUri;

    @Inject
    ListSettings(@ConfigProperty(name = "sigillum.status.list-size") int size,
                 @ConfigProperty(name = "sigillum.status.fill-limit") double fillLimit,
                 @ConfigProperty(name = "sigillum.status.base-uri") URI baseUri) {
        if (size < 16 || size % 8 != 0) {
            throw new IllegalArgumentException("sigillum.status.list-size must be a multiple of 8, at least 16: " + size);
        }
        if (!(fillLimit > 0 && fillLimit <= 0.95)) {
            throw new IllegalArgumentException("sigillum.status.fill-limit must be in (0, 0.95]: " + fillLimit);
        }
        this.size = size;
        this.fillLimit = fillLimit;
        this.baseUri = baseUri;
    }

    int size() {
        return size;
    }

    /** The most entries a list hands out. */
    int capacity() {
        return (int) Math.floor(size * fillLimit);
    }

    /** The URI of a list, its {@code sub}. */
    String uriOf(String listId) {
        String base = baseUri.toString();
        return (base.endsWith("/") ? base : base + "/") + listId;
    }
}
