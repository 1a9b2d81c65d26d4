package io.sigillum.presentation.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.sigillum.presentation.FailureReason;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code vp_token} (OpenID4VP 1.0 §8.1): a JSON object whose keys are Credential Query ids
 * and whose values are non-empty arrays of presentations, each a string for {@code dc+sd-jwt}.
 * Streamed, so no tree is built; duplicate keys and trailing content are refused.
 */
public final class VpTokenReader {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private VpTokenReader() {
    }

    /**
     * @param json the {@code vp_token} value
     * @return Credential Query id → presentations, in the token's order
     * @throws Refusal {@link FailureReason#MALFORMED} saying what is wrong
     */
    public static Map<String, List<String>> read(String json) throws Refusal {
        Map<String, List<String>> presented = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw malformed("the vp_token is a JSON object (OpenID4VP 1.0 §8.1)");
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                String id = parser.currentName();
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw malformed("the vp_token value of a Credential Query is an array of presentations (§8.1)");
                }
                List<String> presentations = new ArrayList<>(1);
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    if (item != JsonToken.VALUE_STRING) {
                        throw malformed("a dc+sd-jwt presentation in the vp_token is a string (§8.1, Appendix B.3.6)");
                    }
                    presentations.add(parser.getText());
                }
                if (presentations.isEmpty()) {
                    throw malformed("the vp_token holds one or more presentations per Credential Query (§8.1)");
                }
                presented.put(id, presentations);
            }
            if (parser.nextToken() != null) {
                throw malformed("the vp_token has content after its JSON object");
            }
        } catch (IOException e) {
            // Jackson's messages quote the input; say only that it is not JSON.
            throw malformed("the vp_token is not well-formed JSON (or repeats a key)");
        }
        return presented;
    }

    private static Refusal malformed(String detail) {
        return new Refusal(FailureReason.MALFORMED, detail);
    }
}
