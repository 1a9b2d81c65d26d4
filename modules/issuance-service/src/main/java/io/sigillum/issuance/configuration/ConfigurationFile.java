package io.sigillum.issuance.configuration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one credential configuration file (JSON; see {@code credential-configurations/} in this
 * module for the PID). Strict: unknown members, a missing member or a wrong type stop the
 * service at start-up with the file's name, rather than issuing something unintended.
 */
final class ConfigurationFile {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();
    private static final Set<String> MEMBERS = Set.of("id", "format", "vct", "scope", "validity", "status_list_type",
            "fixed_claims", "issuance_date_claims", "age_over", "display", "claims");
    private static final Set<String> CLAIM_MEMBERS = Set.of("path", "mandatory", "display");
    private static final Set<String> LIST_TYPES = Set.of("revocation", "revocation-suspension");

    private ConfigurationFile() {
    }

    static CredentialConfiguration parse(String name, String json) {
        try {
            return read(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("credential configuration " + name + " is not JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalStateException("credential configuration " + name + ": " + e.getMessage(), e);
        }
    }

    private static CredentialConfiguration read(JsonNode root) {
        if (!root.isObject()) {
            throw new IllegalArgumentException("the file holds one JSON object");
        }
        unknownMembers(root, MEMBERS, "the configuration");
        String format = text(root, "format");
        if (!CredentialConfiguration.SD_JWT_VC.equals(format)) {
            throw new IllegalArgumentException("format " + format + " is not supported; dc+sd-jwt is");
        }
        String listType = text(root, "status_list_type");
        if (!LIST_TYPES.contains(listType)) {
            throw new IllegalArgumentException("status_list_type is one of " + LIST_TYPES);
        }
        Duration validity = Duration.parse(text(root, "validity"));
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive");
        }
        List<ClaimDefinition> claims = new ArrayList<>();
        for (JsonNode claim : array(root, "claims")) {
            claims.add(claim(claim));
        }
        List<Integer> ages = new ArrayList<>();
        for (JsonNode age : optionalArray(root, "age_over")) {
            if (!age.canConvertToInt() || age.intValue() <= 0) {
                throw new IllegalArgumentException("age_over holds positive integers");
            }
            ages.add(age.intValue());
        }
        Map<String, String> dateClaims = JSON.convertValue(root.path("issuance_date_claims").isMissingNode()
                ? JSON.createObjectNode() : root.get("issuance_date_claims"), new TypeReference<>() { });
        if (!Set.of("issuance", "expiry").containsAll(dateClaims.values())) {
            throw new IllegalArgumentException("issuance_date_claims map claim names to issuance or expiry");
        }
        Map<String, Object> fixed = JSON.convertValue(root.path("fixed_claims").isMissingNode()
                ? JSON.createObjectNode() : root.get("fixed_claims"), new TypeReference<LinkedHashMap<String, Object>>() { });
        return new CredentialConfiguration(text(root, "id"), format, text(root, "vct"),
                Optional.ofNullable(root.get("scope")).map(JsonNode::asText), validity, listType, fixed, dateClaims,
                ages, displays(root), claims);
    }

    private static ClaimDefinition claim(JsonNode claim) {
        unknownMembers(claim, CLAIM_MEMBERS, "a claim");
        List<Object> path = new ArrayList<>();
        for (JsonNode segment : array(claim, "path")) {
            if (segment.isTextual()) {
                path.add(segment.textValue());
            } else if (segment.isNull()) {
                path.add(null);
            } else if (segment.canConvertToInt() && segment.intValue() >= 0) {
                path.add(segment.intValue());
            } else {
                throw new IllegalArgumentException("a claim path holds strings, null and non-negative integers");
            }
        }
        return new ClaimDefinition(path, claim.path("mandatory").asBoolean(false), displays(claim));
    }

    private static List<Map<String, Object>> displays(JsonNode node) {
        return JSON.convertValue(optionalArray(node, "display"), new TypeReference<List<Map<String, Object>>>() { });
    }

    private static void unknownMembers(JsonNode node, Set<String> known, String what) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                throw new IllegalArgumentException(what + " has an unknown member " + name);
            }
        });
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw new IllegalArgumentException(member + " must be a non-empty string");
        }
        return value.textValue();
    }

    private static JsonNode array(JsonNode node, String member) {
        JsonNode value = node.get(member);
        if (value == null || !value.isArray() || value.isEmpty()) {
            throw new IllegalArgumentException(member + " must be a non-empty array");
        }
        return value;
    }

    private static JsonNode optionalArray(JsonNode node, String member) {
        JsonNode value = node.get(member);
        if (value == null) {
            return JSON.createArrayNode();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(member + " must be an array");
        }
        return value;
    }
}
