/**
 * The development launcher: runs an Artemis broker and every Sigillum service as separate
 * processes on one machine, with a development PKI and JWT key under {@code var/}.
 * A program, not a library: it exports nothing.
 */
module io.sigillum.devstack {
    requires io.sigillum.crypto;
    requires io.sigillum.wallet;
    requires com.fasterxml.jackson.databind;
    requires java.net.http;
}
