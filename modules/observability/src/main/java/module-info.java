/**
 * What every Sigillum process shares for being observed: the request's correlation id and logs
 * as one JSON object per line. Plain Java: no server, no CDI.
 */
module io.sigillum.observability {
    requires transitive java.logging;
    requires jakarta.json;

    exports io.sigillum.observability;
}
