package io.sigillum.observability;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of the request being served on this thread. Callers may send their own in
 * {@value #HEADER}; one that is not a short token is replaced, so logs cannot be forged through it.
 */
public final class CorrelationId {

    /** The request and response header. */
    public static final String HEADER = "X-Correlation-Id";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private CorrelationId() {
    }

    /** The id of the request on this thread, if one is being served. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The caller's id if it is acceptable, else a new random one. */
    public static String acceptOrCreate(String offered) {
        return offered != null && VALID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    /** Binds the id to this thread for the request being served; {@link #clear()} when it is done. */
    public static void set(String id) {
        CURRENT.set(id);
    }

    /** Unbinds the id from this thread. */
    public static void clear() {
        CURRENT.remove();
    }
}
