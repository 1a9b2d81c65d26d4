package io.sigillum.dcql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.sigillum.dcql.query.DcqlQuery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The specification's examples under {@code openid4vp-1.0/}, and JSON trees for test credentials. */
public final class Examples {

    /** Every example DCQL query of OpenID4VP 1.0 transcribed under {@code openid4vp-1.0/}. */
    public static final List<String> QUERIES = List.of("simple.json", "encrypted-response-request.json", "simple_mdoc.json",
            "multi_credentials.json", "credentials_alternatives.json", "complex_mdoc.json", "claims_alternatives.json",
            "value_matching_simple.json", "dcql_jwt_vc.json");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private Examples() {
    }

    /** @return the text of an example */
    public static String text(String name) {
        try (InputStream in = Examples.class.getResourceAsStream("/openid4vp-1.0/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return an example, parsed as a Verifier parses */
    public static DcqlQuery query(String name) {
        try {
            return DcqlQuery.parse(text(name));
        } catch (DcqlException e) {
            throw new AssertionError(name + " is refused: " + e, e);
        }
    }

    /** @return JSON text (single quotes allowed for readability) as plain Java values */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(String json) {
        try {
            return MAPPER.readValue(json.replace('\'', '"'), Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** @return a query written inline (single quotes allowed), parsed as a Verifier parses */
    public static DcqlQuery inline(String json) {
        try {
            return DcqlQuery.parse(json.replace('\'', '"'));
        } catch (DcqlException e) {
            throw new AssertionError("refused: " + e, e);
        }
    }

    /**
     * The simplified JSON-based credential of OpenID4VP 1.0 §7.3 (Claims Path Pointer Example).
     */
    public static Map<String, Object> arthurDent() {
        return object("""
                {
                  'name': 'Arthur Dent',
                  'address': {'street_address': '42 Market Street', 'locality': 'Milliways', 'postal_code': '12345'},
                  'degrees': [
                    {'type': 'Bachelor of Science', 'university': 'University of Betelgeuse'},
                    {'type': 'Master of Science', 'university': 'University of Betelgeuse'}
                  ],
                  'nationalities': ['British', 'Betelgeusian']
                }""");
    }
}
