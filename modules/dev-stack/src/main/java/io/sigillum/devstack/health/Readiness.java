package io.sigillum.devstack.health;

/**
 * The answer to one readiness probe.
 *
 * @param answered   whether the service answered HTTP at all
 * @param statusCode the HTTP status (200 when ready, 503 when not), 0 if it did not answer
 * @param summary    what the health body says ({@code UP}, {@code DOWN: db}) or why there is none
 */
public record Readiness(boolean answered, int statusCode, String summary) {

    static Readiness answered(int statusCode, String summary) {
        return new Readiness(true, statusCode, summary);
    }

    static Readiness noAnswer(String why) {
        return new Readiness(false, 0, "no answer (" + why + ")");
    }

    /** @return whether the service is ready: it answered 200 */
    public boolean ready() {
        return statusCode == 200;
    }
}
