package io.sigillum.gateway.status;

import java.util.concurrent.atomic.LongAdder;

/**
 * What the status-list cache did since the gateway started, for {@code GET /metrics}
 * (Prometheus text format, names under {@code sigillum_gateway_status_cache_}).
 */
public final class CacheCounters {

    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder staleServes = new LongAdder();
    private final LongAdder revalidations = new LongAdder();
    private final LongAdder upstreamErrors = new LongAdder();
    private final LongAdder eventRefreshes = new LongAdder();
    private final LongAdder events = new LongAdder();

    void hit() {
        hits.increment();
    }

    void miss() {
        misses.increment();
    }

    void stale() {
        staleServes.increment();
    }

    void revalidated() {
        revalidations.increment();
    }

    void upstreamError() {
        upstreamErrors.increment();
    }

    void eventRefresh() {
        eventRefreshes.increment();
    }

    /** A {@code status.published} event arrived (whether or not the list was held). */
    public void event() {
        events.increment();
    }

    public long hits() {
        return hits.sum();
    }

    public long misses() {
        return misses.sum();
    }

    public long staleServes() {
        return staleServes.sum();
    }

    public long revalidations() {
        return revalidations.sum();
    }

    public long upstreamErrors() {
        return upstreamErrors.sum();
    }

    public long eventRefreshes() {
        return eventRefreshes.sum();
    }

    public long events() {
        return events.sum();
    }

    /** The counters in the Prometheus text exposition format (version 0.0.4). */
    public String prometheus() {
        StringBuilder text = new StringBuilder(1024);
        counter(text, "hits", "Answers from memory within upstream's max-age (404s for lists known absent included).", hits());
        counter(text, "misses", "Answers that waited for a fetch from the status service.", misses());
        counter(text, "stale", "Answers from memory past upstream's max-age.", staleServes());
        counter(text, "revalidations", "Upstream 304s that kept a held token current.", revalidations());
        counter(text, "upstream_errors", "Fetches the status service failed or did not answer in time.", upstreamErrors());
        counter(text, "event_refreshes", "Held tokens refetched because a status.published event named their list.", eventRefreshes());
        counter(text, "events", "status.published events received.", events());
        return text.toString();
    }

    private static void counter(StringBuilder text, String name, String help, long value) {
        String metric = "sigillum_gateway_status_cache_" + name + "_total";
        text.append("# HELP ").append(metric).append(' ').append(help).append('\n')
                .append("# TYPE ").append(metric).append(" counter\n")
                .append(metric).append(' ').append(value).append('\n');
    }
}
