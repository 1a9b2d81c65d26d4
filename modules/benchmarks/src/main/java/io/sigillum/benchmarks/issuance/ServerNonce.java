package io.sigillum.benchmarks.issuance;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * The issuer's latest {@code DPoP-Nonce} (RFC 9449 §8), shared by every wallet of the run: a
 * wallet sends the newest one it has seen from any answer, as a real wallet would keep the one
 * its last answer carried. Counts the requests the server refused for want of a current nonce.
 */
final class ServerNonce {

    private final AtomicReference<String> latest = new AtomicReference<>();
    private final LongAdder refusals = new LongAdder();

    /** @return the newest nonce seen, or null before the first answer */
    String latest() {
        return latest.get();
    }

    /** Keeps the answer's {@code DPoP-Nonce}, if it has one. */
    void update(HttpResponse<?> response) {
        response.headers().firstValue("DPoP-Nonce").ifPresent(latest::set);
    }

    /** Counts one {@code use_dpop_nonce} refusal (the request is then sent again). */
    void refused() {
        refusals.increment();
    }

    /** @return the {@code use_dpop_nonce} refusals so far */
    long refusals() {
        return refusals.sum();
    }
}
