package io.sigillum.helm;

/** Renderings several test classes read, made once per test run. */
final class Rendered {

    private static Manifests defaults;
    private static Manifests production;

    private Rendered() {
    }

    /** The chart with its own values. */
    static synchronized Manifests defaults() {
        if (defaults == null) {
            defaults = new Manifests(Chart.render());
        }
        return defaults;
    }

    /** The chart with src/test/resources/production-values.yaml. */
    static synchronized Manifests production() {
        if (production == null) {
            production = new Manifests(Chart.render(Chart.resource("production-values.yaml")));
        }
        return production;
    }
}
