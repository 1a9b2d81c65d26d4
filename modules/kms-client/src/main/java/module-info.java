/**
 * Signing through the Sigillum key-management service: {@link io.sigillum.kmsclient.KmsClient}
 * finds the active key of a purpose, and {@link io.sigillum.kmsclient.RemoteSigner} is a
 * {@link io.sigillum.crypto.sign.Signer} whose private key never leaves that service. Plain Java
 * (java.net.http), no CDI; callers wrap it in their own fault tolerance.
 */
module io.sigillum.kmsclient {
    requires transitive io.sigillum.crypto;
    requires io.sigillum.api.keymanagement;
    requires com.fasterxml.jackson.databind;
    requires transitive java.net.http;

    exports io.sigillum.kmsclient;
}
