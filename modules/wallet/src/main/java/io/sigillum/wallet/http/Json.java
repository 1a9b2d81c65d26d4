package io.sigillum.wallet.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.Step;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict JSON reading (duplicate members refused) and writing, with the wallet's errors. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    /** @return the shared mapper; do not reconfigure it */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * @param text  JSON text
     * @param step  the step reading it
     * @param what  what it is, for the error
     * @return the JSON object
     * @throws WalletException when it is not a JSON object
     */
    public static JsonNode object(String text, Step step, String what) {
        return object(text.getBytes(StandardCharsets.UTF_8), step, what);
    }

    /** @see #object(String, Step, String) */
    public static JsonNode object(byte[] bytes, Step step, String what) {
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new WalletException(step, what + " is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new WalletException(step, what + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new WalletException(step, what + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** @return the body as a JSON object, or empty when it is not one */
    static Optional<JsonNode> tryObject(byte[] bytes) {
        try {
            JsonNode node = MAPPER.readTree(bytes);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** @return the JSON text of a value built from maps, lists and scalars */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON-serialisable: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * @return the member as a non-empty string; empty when absent
     * @throws WalletException when present but not a non-empty string
     */
    public static Optional<String> optionalText(JsonNode object, String name, Step step, String where) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw new WalletException(step, name + " in " + where + " is a non-empty string");
        }
        return Optional.of(value.asText());
    }

    /** @throws WalletException when the member is absent or not a non-empty string */
    public static String requiredText(JsonNode object, String name, Step step, String where) {
        return optionalText(object, name, step, where)
                .orElseThrow(() -> new WalletException(step, where + " has no " + name));
    }
}
