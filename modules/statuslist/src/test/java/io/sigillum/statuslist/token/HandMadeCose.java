package io.sigillum.statuslist.token;

import io.sigillum.crypto.cbor.Cbor;
import io.sigillum.crypto.cbor.CborMap;
import io.sigillum.crypto.cbor.CborValue;
import io.sigillum.crypto.sign.Signer;

/**
 * Builds COSE_Sign1 messages the library's builder refuses to make (a {@code crit} header, a MAC
 * algorithm, no {@code alg}), signing the Sig_structure of RFC 9052 §4.4 written out here.
 */
final class HandMadeCose {

    private HandMadeCose() {
    }

    static byte[] sign(Signer signer, CborMap protectedHeaders, CborMap unprotectedHeaders, byte[] payload, boolean tagged) {
        byte[] protectedBytes = protectedHeaders.isEmpty() ? new byte[0] : Cbor.encode(protectedHeaders);
        byte[] toBeSigned = Cbor.encode(CborValue.array(CborValue.of("Signature1"), CborValue.of(protectedBytes),
                CborValue.of(new byte[0]), CborValue.of(payload)));
        CborValue message = CborValue.array(CborValue.of(protectedBytes), unprotectedHeaders, CborValue.of(payload),
                CborValue.of(signer.sign(toBeSigned)));
        return Cbor.encode(tagged ? CborValue.tag(18, message) : message);
    }
}
