package io.sigillum.gateway.status;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The tokens the gateway holds, by list and form, and the rules for when it asks the status
 * service again:
 * <ul>
 *   <li>fresh (younger than upstream's {@code max-age}): answered from memory;</li>
 *   <li>stale, but by no more than {@code staleIfError}: answered from memory while one background
 *       request revalidates it ({@code If-None-Match}), so a known list never waits on upstream;
 *       if upstream is down the entry keeps being served until that bound;</li>
 *   <li>not held, or stale beyond the bound: the request waits for upstream; concurrent requests
 *       for the same list and form share one upstream call;</li>
 *   <li>upstream 404: the absence is remembered for {@code absentFor}, so a flood of unknown ids
 *       costs upstream one call per id per interval.</li>
 * </ul>
 * A {@code status.published} event ({@link #refresh}) refetches a list's held forms at once.
 */
public final class StatusListCache implements AutoCloseable {

    /** Past this many remembered absences, expired ones are dropped (and all, if none had expired). */
    static final int MAX_ABSENT = 10_000;

    private record Key(String listId, TokenForm form) {
    }

    /** The cache's answer to one request. */
    sealed interface Answer {

        /** A token to serve. */
        record Served(CachedToken token, CacheState state) implements Answer {
        }

        /** The status service knows no such list. */
        record Absent(CacheState state) implements Answer {
        }

        /** Nothing servable: upstream failed ({@code timedOut}: it did not answer in time). */
        record Unavailable(boolean timedOut) implements Answer {
        }
    }

    private static final Answer.Absent ABSENT_HIT = new Answer.Absent(CacheState.HIT);
    private static final Answer.Absent ABSENT_MISS = new Answer.Absent(CacheState.MISS);

    private final FetchStatusList upstream;
    private final LongSupplier clock;
    private final long staleIfError;
    private final long absentFor;
    private final CacheCounters counters;
    private final Map<Key, CachedToken> held = new ConcurrentHashMap<>();
    private final Map<String, Long> absentUntil = new ConcurrentHashMap<>();
    private final Map<Key, CompletableFuture<Answer>> inFlight = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * @param clock nanoseconds, as {@link System#nanoTime()}; tests pass their own
     */
    StatusListCache(FetchStatusList upstream, LongSupplier clock, Duration staleIfError, Duration absentFor, CacheCounters counters) {
        this.upstream = upstream;
        this.clock = clock;
        this.staleIfError = staleIfError.toNanos();
        this.absentFor = absentFor.toNanos();
        this.counters = counters;
    }

    /** Answers a request for one form of a list whose id {@link ListIds} accepted. */
    Answer answer(String listId, TokenForm form) {
        long now = clock.getAsLong();
        Key key = new Key(listId, form);
        CachedToken token = held.get(key);
        if (token != null) {
            if (token.fresh(now)) {
                counters.hit();
                return new Answer.Served(token, CacheState.HIT);
            }
            if (token.servableOnError(now, staleIfError)) {
                revalidateInBackground(key);
                counters.stale();
                return new Answer.Served(token, CacheState.STALE);
            }
        } else {
            Long until = absentUntil.get(listId);
            if (until != null && now - until < 0) {
                counters.hit();
                return ABSENT_HIT;
            }
        }
        Answer answer = load(key).join();
        if (answer instanceof Answer.Served served && served.state() == CacheState.STALE) {
            counters.stale();
        } else {
            counters.miss();
        }
        return answer;
    }

    /**
     * Refetches every held form of a list now (a new version was published), and forgets that it
     * was absent. A fetch already under way may predate the publication, so another follows it.
     */
    public void refresh(String listId) {
        absentUntil.remove(listId);
        for (TokenForm form : TokenForm.values()) {
            Key key = new Key(listId, form);
            if (!held.containsKey(key)) {
                continue;
            }
            counters.eventRefresh();
            CompletableFuture<Answer> running = inFlight.get(key);
            if (running == null) {
                inBackground(() -> load(key));
            } else {
                running.whenComplete((answer, failure) -> inBackground(() -> load(key)));
            }
        }
    }

    /** Refetches every held list: after the subscription (re)connects, events may have been missed. */
    public void refreshAll() {
        held.keySet().stream().map(Key::listId).distinct().toList().forEach(this::refresh);
    }

    private void revalidateInBackground(Key key) {
        if (!inFlight.containsKey(key)) {
            inBackground(() -> {
                CachedToken token = held.get(key);
                // Another request's task may have revalidated it meanwhile.
                if (token == null || !token.fresh(clock.getAsLong())) {
                    load(key);
                }
            });
        }
    }

    /** One upstream call per key at a time: whoever comes while it runs shares its outcome. */
    private CompletableFuture<Answer> load(Key key) {
        CompletableFuture<Answer> mine = new CompletableFuture<>();
        CompletableFuture<Answer> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return running;
        }
        try {
            mine.complete(fetch(key));
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
        } finally {
            inFlight.remove(key, mine);
        }
        return mine;
    }

    private Answer fetch(Key key) {
        CachedToken previous = held.get(key);
        Fetched fetched = upstream.fetch(key.listId(), key.form(), previous == null ? null : previous.etag());
        long now = clock.getAsLong();
        switch (fetched) {
            case Fetched.Token token -> {
                CachedToken fresh = new CachedToken(key.form(), token.body(), token.etag(), token.maxAgeSeconds(),
                        token.staleIfErrorSeconds(), now - TimeUnit.SECONDS.toNanos(token.upstreamAgeSeconds()));
                held.put(key, fresh);
                absentUntil.remove(key.listId());
                return new Answer.Served(fresh, CacheState.MISS);
            }
            case Fetched.NotModified notModified when previous != null -> {
                CachedToken current = previous.revalidated(notModified.maxAgeSeconds(), notModified.staleIfErrorSeconds(),
                        now - TimeUnit.SECONDS.toNanos(notModified.upstreamAgeSeconds()));
                held.put(key, current);
                counters.revalidated();
                return new Answer.Served(current, CacheState.REVALIDATED);
            }
            case Fetched.NotFound notFound -> {
                held.remove(key);
                rememberAbsent(key.listId(), now);
                return ABSENT_MISS;
            }
            default -> {
                // Failed, or a 304 to a request that was not conditional.
                counters.upstreamError();
                if (previous != null && previous.servableOnError(now, staleIfError)) {
                    return new Answer.Served(previous, CacheState.STALE);
                }
                return new Answer.Unavailable(fetched instanceof Fetched.Failed failed && failed.timedOut());
            }
        }
    }

    private void rememberAbsent(String listId, long now) {
        if (absentUntil.size() >= MAX_ABSENT) {
            absentUntil.values().removeIf(until -> now - until >= 0);
            if (absentUntil.size() >= MAX_ABSENT) {
                absentUntil.clear();
            }
        }
        absentUntil.put(listId, now + absentFor);
    }

    private void inBackground(Runnable task) {
        try {
            background.execute(task);
        } catch (RejectedExecutionException e) {
            // Closed: the gateway is stopping, and nothing more will be served from this cache.
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
