package io.sigillum.dcql.internal;

import io.sigillum.dcql.DcqlException;
import io.sigillum.dcql.DcqlException.Reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The members of one JSON object of the query, read with the type the specification gives them.
 * Each refusal names where the member sits ({@code at}) and the section that sets its rule. Members
 * the specification does not define are never looked at: §6 says implementations MUST ignore them.
 *
 * @param at      where the object sits in the query, e.g. {@code credentials[0]}
 * @param object  its members
 * @param section the section defining the object, e.g. {@code §6.1}
 */
public record Members(String at, Map<String, Object> object, String section) {

    /**
     * @return the value as an object's members
     * @throws DcqlException {@link Reason#WRONG_TYPE} when it is not a JSON object
     */
    @SuppressWarnings("unchecked")
    public static Members of(Object value, String at, String section) throws DcqlException {
        if (!(value instanceof Map<?, ?> map)) {
            throw new DcqlException(Reason.WRONG_TYPE, section + ": " + at + " must be an object, not " + Json.typeOf(value));
        }
        return new Members(at, (Map<String, Object>) map, section);
    }

    /** @return where the member {@code name} sits */
    public String at(String name) {
        return at.isEmpty() ? name : at + "." + name;
    }

    /** @return whether the member is present (even with the value {@code null}) */
    public boolean has(String name) {
        return object.containsKey(name);
    }

    /** @return the member's raw value, which must be present */
    public Object required(String name) throws DcqlException {
        if (!object.containsKey(name)) {
            throw new DcqlException(Reason.MISSING_MEMBER, section + ": " + at(name) + " is REQUIRED");
        }
        return object.get(name);
    }

    /** @return the member as a string, which must be present */
    public String requiredString(String name) throws DcqlException {
        return string(required(name), at(name));
    }

    /** @return the member as a non-empty string, which must be present */
    public String requiredNonEmptyString(String name) throws DcqlException {
        String value = requiredString(name);
        if (value.isEmpty()) {
            throw new DcqlException(Reason.WRONG_TYPE, section + ": " + at(name) + " must be a non-empty string");
        }
        return value;
    }

    /** @return the member as a boolean, or the default when absent */
    public boolean optionalBoolean(String name, boolean absent) throws DcqlException {
        return booleanMember(name).orElse(absent);
    }

    /** @return the member as a boolean, if present */
    public Optional<Boolean> booleanMember(String name) throws DcqlException {
        if (!object.containsKey(name)) {
            return Optional.empty();
        }
        if (!(object.get(name) instanceof Boolean value)) {
            throw new DcqlException(Reason.WRONG_TYPE, section + ": " + at(name) + " must be a boolean, not " + Json.typeOf(object.get(name)));
        }
        return Optional.of(value);
    }

    /** @return the member as a non-empty array, which must be present */
    public List<Object> requiredNonEmptyArray(String name) throws DcqlException {
        return nonEmptyArray(required(name), at(name), section);
    }

    /** @return the member as a non-empty array, if present */
    public Optional<List<Object>> optionalNonEmptyArray(String name) throws DcqlException {
        return object.containsKey(name) ? Optional.of(nonEmptyArray(object.get(name), at(name), section)) : Optional.empty();
    }

    /** @return the member as a non-empty array of non-empty strings, which must be present */
    public List<String> requiredNonEmptyStrings(String name) throws DcqlException {
        List<Object> elements = requiredNonEmptyArray(name);
        List<String> strings = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            String value = string(elements.get(i), at(name) + "[" + i + "]");
            if (value.isEmpty()) {
                throw new DcqlException(Reason.WRONG_TYPE, section + ": " + at(name) + "[" + i + "] must be a non-empty string");
            }
            strings.add(value);
        }
        return List.copyOf(strings);
    }

    /** @return the value as a non-empty array */
    @SuppressWarnings("unchecked")
    public static List<Object> nonEmptyArray(Object value, String at, String section) throws DcqlException {
        if (!(value instanceof List<?> list)) {
            throw new DcqlException(Reason.WRONG_TYPE, section + ": " + at + " must be an array, not " + Json.typeOf(value));
        }
        if (list.isEmpty()) {
            throw new DcqlException(Reason.EMPTY_ARRAY, section + ": " + at + " must be a non-empty array");
        }
        return (List<Object>) list;
    }

    private String string(Object value, String where) throws DcqlException {
        if (!(value instanceof String string)) {
            throw new DcqlException(Reason.WRONG_TYPE, section + ": " + where + " must be a string, not " + Json.typeOf(value));
        }
        return string;
    }
}
