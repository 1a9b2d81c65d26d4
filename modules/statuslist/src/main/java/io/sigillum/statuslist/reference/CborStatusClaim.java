package io.sigillum.statuslist.reference;

import io.sigillum.crypto.cbor.CborInt;
import io.sigillum.crypto.cbor.CborMap;
import io.sigillum.crypto.cbor.CborText;
import io.sigillum.crypto.cbor.CborValue;
import io.sigillum.statuslist.StatusListException;
import io.sigillum.statuslist.StatusListException.Reason;
import io.sigillum.statuslist.TokenStatusListSpec;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code Status} structure of a COSE referenced token (draft §6.3): a map with text keys naming
 * status mechanisms, here {@code {"status_list": {"idx": uint, "uri": tstr}}}. A CWT carries it
 * under claim key 65535; an ISO mdoc carries the same structure in its Mobile Security Object, so
 * {@link #read} takes the value wherever it was found.
 */
public final class CborStatusClaim {

    private static final String SECTION = "§6.3";

    private CborStatusClaim() {
    }

    /**
     * @param reference where the status is
     * @return the {@code Status} map (for CWT claim 65535, or an mdoc's MSO)
     */
    public static CborMap write(StatusReference reference) {
        Objects.requireNonNull(reference, "reference");
        CborMap statusListInfo = CborMap.builder()
                .put(TokenStatusListSpec.IDX, CborValue.of(reference.index()))
                .put(TokenStatusListSpec.URI, CborValue.of(reference.uri().toString()))
                .build();
        return CborMap.builder().put(TokenStatusListSpec.STATUS_LIST, statusListInfo).build();
    }

    /**
     * @param cwtClaims a CWT's claims
     * @return the reference claim 65535 holds
     * @throws StatusListException {@link Reason#MALFORMED_REFERENCE} when there is none, or it is not
     *                             as §6.3 says
     */
    public static StatusReference fromCwtClaims(CborMap cwtClaims) throws StatusListException {
        Objects.requireNonNull(cwtClaims, "cwtClaims");
        Optional<CborValue> status = cwtClaims.get(TokenStatusListSpec.CWT_STATUS);
        if (status.isEmpty()) {
            throw malformed("claim 65535 (status) is required (" + SECTION + ")");
        }
        return read(status.get());
    }

    /**
     * @param status a {@code Status} structure
     * @return the reference its {@code status_list} entry holds; other mechanisms and other entries
     *         of {@code status_list} are ignored
     * @throws StatusListException {@link Reason#MALFORMED_REFERENCE} when it is not as §6.3 says
     */
    public static StatusReference read(CborValue status) throws StatusListException {
        Objects.requireNonNull(status, "status");
        if (!(status instanceof CborMap map)) {
            throw malformed("Status is a CBOR map (" + SECTION + ")");
        }
        if (!(map.get(TokenStatusListSpec.STATUS_LIST).orElse(null) instanceof CborMap info)) {
            throw malformed("status_list is a CBOR map (" + SECTION + ")");
        }
        if (!(info.get(TokenStatusListSpec.IDX).orElse(null) instanceof CborInt(long index)) || index < 0) {
            throw malformed("idx is an unsigned integer (" + SECTION + ")");
        }
        if (info.get(TokenStatusListSpec.URI).orElse(null) instanceof CborText(String text)) {
            try {
                URI uri = new URI(text);
                if (uri.isAbsolute()) {
                    return new StatusReference(uri, index);
                }
            } catch (URISyntaxException e) {
                // refused below
            }
        }
        throw malformed("uri is a text string holding an absolute URI (" + SECTION + ")");
    }

    private static StatusListException malformed(String message) {
        return new StatusListException(Reason.MALFORMED_REFERENCE, message);
    }
}
