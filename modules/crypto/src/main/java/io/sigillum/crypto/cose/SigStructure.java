package io.sigillum.crypto.cose;

import io.sigillum.crypto.cbor.Cbor;
import io.sigillum.crypto.cbor.CborValue;

/**
 * The bytes a COSE_Sign1 signature covers, RFC 9052 §4.4:
 * {@code ["Signature1", body_protected, external_aad, payload]}, deterministically encoded. The
 * protected header goes in as the exact bytes that travel, never re-encoded.
 */
final class SigStructure {

    private SigStructure() {
    }

    static byte[] encode(byte[] bodyProtected, byte[] externalAad, byte[] payload) {
        return Cbor.encode(CborValue.array(
                CborValue.of(CoseSpec.SIGNATURE1_CONTEXT),
                CborValue.of(bodyProtected),
                CborValue.of(externalAad),
                CborValue.of(payload)));
    }
}
