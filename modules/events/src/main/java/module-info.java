/**
 * Sigillum's event contracts and their transport over Jakarta Messaging: the envelope every
 * event travels in, and a publisher and consumer that speak it. Plain Java: no server, no CDI.
 */
module io.sigillum.events {
    requires transitive jakarta.messaging;
    requires transitive jakarta.json;

    exports io.sigillum.events;
}
