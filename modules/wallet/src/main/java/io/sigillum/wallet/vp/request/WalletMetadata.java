package io.sigillum.wallet.vp.request;

import io.sigillum.wallet.http.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the wallet tells a Verifier in the {@code wallet_metadata} of a Request URI POST (§5.10,
 * §10): the SD-JWT VC format with its algorithms (Appendix B.3.4), the Client Identifier Prefixes it
 * accepts, the Request Object signing algorithms (only when the prefix allows signing), and how it
 * encrypts responses.
 */
final class WalletMetadata {

    private static final List<String> SIGNING_ALGORITHMS = List.of("ES256", "ES384", "ES512", "EdDSA");

    private WalletMetadata() {
    }

    /**
     * @param developmentVerifiers whether {@code redirect_uri} (unsigned) requests are accepted
     * @param signedPrefix         whether the request's Client Identifier Prefix allows signed Request Objects
     * @return the {@code wallet_metadata} JSON text
     */
    static String json(boolean developmentVerifiers, boolean signedPrefix) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("vp_formats_supported", Map.of(Oid4vpSpec.FORMAT_SD_JWT_VC,
                Map.of("sd-jwt_alg_values", SIGNING_ALGORITHMS, "kb-jwt_alg_values", List.of("ES256"))));
        List<String> prefixes = new ArrayList<>(List.of("x509_hash", "x509_san_dns"));
        if (developmentVerifiers) {
            prefixes.add("redirect_uri");
        }
        metadata.put("client_id_prefixes_supported", prefixes);
        if (signedPrefix) {
            // §5.10: only when the prefix permits signed Request Objects.
            metadata.put("request_object_signing_alg_values_supported", SIGNING_ALGORITHMS);
        }
        metadata.put("response_types_supported", List.of(Oid4vpSpec.VP_TOKEN));
        metadata.put("response_modes_supported", List.of(Oid4vpSpec.DIRECT_POST, Oid4vpSpec.DIRECT_POST_JWT));
        metadata.put("authorization_encryption_alg_values_supported", List.of(Oid4vpSpec.ECDH_ES));
        metadata.put("authorization_encryption_enc_values_supported", Oid4vpSpec.SUPPORTED_ENC);
        return Json.write(metadata);
    }
}
