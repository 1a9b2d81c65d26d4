package io.sigillum.crypto.cbor.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;
import io.sigillum.crypto.cbor.CborArray;
import io.sigillum.crypto.cbor.CborBytes;
import io.sigillum.crypto.cbor.CborException;
import io.sigillum.crypto.cbor.CborFloat;
import io.sigillum.crypto.cbor.CborInt;
import io.sigillum.crypto.cbor.CborMap;
import io.sigillum.crypto.cbor.CborSimple;
import io.sigillum.crypto.cbor.CborTagged;
import io.sigillum.crypto.cbor.CborText;
import io.sigillum.crypto.cbor.CborValue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one CBOR data item with Jackson's streaming parser into {@link CborValue}s, and refuses
 * what signed data must not contain (see {@link io.sigillum.crypto.cbor.Cbor}). One instance per
 * input; not thread-safe, and not shared.
 */
public final class StrictCborReader {

    /** Containers nested deeper than this are refused; mdoc, COSE and CWT nest a handful. */
    public static final int MAX_DEPTH = 64;

    /**
     * Tags Jackson interprets on its own (bignums, decimal fractions, bigfloats, string references):
     * their content would reach us already changed, so they are refused rather than half-read.
     */
    private static final Set<Long> INTERPRETED_TAGS = Set.of(2L, 3L, 4L, 5L, 25L, 256L);

    private static final CBORFactory FACTORY = CBORFactory.builder()
            // Jackson compares keys as strings, so 1 and "1" would clash: keys are compared here, typed.
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private final byte[] input;
    private final CBORParser parser;

    private StrictCborReader(byte[] input, CBORParser parser) {
        this.input = input;
        this.parser = parser;
    }

    /**
     * @param input one encoded data item
     * @return its value
     * @throws CborException when it is malformed or breaks a rule of the strict decoder
     */
    public static CborValue read(byte[] input) throws CborException {
        try (CBORParser parser = FACTORY.createParser(input)) {
            StrictCborReader reader = new StrictCborReader(input, parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new CborException("no CBOR data item");
            }
            CborValue value = reader.value(first, 0);
            if (parser.nextToken() != null) {
                throw new CborException("trailing bytes after the CBOR data item");
            }
            return value;
        } catch (StreamConstraintsException e) {
            throw new CborException("CBOR nested deeper than " + MAX_DEPTH + " levels", e);
        } catch (JsonProcessingException e) {
            throw new CborException("malformed CBOR: " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException | RuntimeException e) {
            // The parser reads a byte array: an I/O error or a runtime failure is malformed input too.
            throw new CborException("malformed CBOR", e);
        }
    }

    private CborValue value(JsonToken token, int depth) throws IOException, CborException {
        if (token == null) {
            throw new CborException("the CBOR input ends inside an item");
        }
        CborHead head = CborHead.at(input, offset());
        for (Long tag : head.tags()) {
            if (INTERPRETED_TAGS.contains(tag)) {
                throw new CborException("tag " + tag + " is not supported");
            }
        }
        if (head.indefinite()) {
            throw new CborException("indefinite-length items are not allowed (RFC 9052 §9)");
        }
        CborValue bare = switch (token) {
            case START_ARRAY -> array(head, depth);
            case START_OBJECT -> map(head, depth);
            case VALUE_EMBEDDED_OBJECT -> expect(head, CborHead.MAJOR_BYTES, new CborBytes(parser.getBinaryValue()));
            case VALUE_STRING -> expect(head, CborHead.MAJOR_TEXT, new CborText(parser.getText()));
            case VALUE_NUMBER_INT -> integer(head);
            case VALUE_NUMBER_FLOAT -> floating(head);
            case VALUE_TRUE -> simple(head, 0xf5, CborSimple.TRUE);
            case VALUE_FALSE -> simple(head, 0xf4, CborSimple.FALSE);
            case VALUE_NULL -> simple(head, 0xf6, CborSimple.NULL);
            default -> throw new CborException("unexpected CBOR item");
        };
        CborValue value = bare;
        List<Long> tags = head.tags();
        for (int i = tags.size() - 1; i >= 0; i--) {
            value = new CborTagged(tags.get(i), value);
        }
        return value;
    }

    private CborArray array(CborHead head, int depth) throws IOException, CborException {
        expect(head, CborHead.MAJOR_ARRAY, null);
        List<CborValue> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(value(token, depth + 1));
        }
        return new CborArray(items);
    }

    private CborMap map(CborHead head, int depth) throws IOException, CborException {
        expect(head, CborHead.MAJOR_MAP, null);
        Map<CborValue, CborValue> entries = new LinkedHashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
            if (token != JsonToken.FIELD_NAME) {
                throw new CborException("the CBOR input ends inside a map");
            }
            CborValue key = key();
            CborValue value = value(parser.nextToken(), depth + 1);
            if (entries.putIfAbsent(key, value) != null) {
                // RFC 9052 §9: a label twice in one map is refused, never resolved.
                throw new CborException("duplicate map key" + (key instanceof CborInt i ? " " + i.value() : ""));
            }
        }
        return new CborMap(entries);
    }

    private CborValue key() throws IOException, CborException {
        CborHead head = CborHead.at(input, offset());
        if (!head.tags().isEmpty()) {
            throw new CborException("tagged map keys are not supported");
        }
        return switch (head.majorType()) {
            case CborHead.MAJOR_UNSIGNED, CborHead.MAJOR_NEGATIVE -> new CborInt(head.integerValue());
            case CborHead.MAJOR_TEXT -> {
                if (head.indefinite()) {
                    throw new CborException("indefinite-length items are not allowed (RFC 9052 §9)");
                }
                yield new CborText(parser.currentName());
            }
            default -> throw new CborException("map keys must be integers or text strings");
        };
    }

    private static CborInt integer(CborHead head) throws CborException {
        if (head.majorType() != CborHead.MAJOR_UNSIGNED && head.majorType() != CborHead.MAJOR_NEGATIVE) {
            // Jackson reports simple values 0-19 and 32-255 as integers: CBOR does not.
            throw new CborException("unassigned simple values are not supported");
        }
        return new CborInt(head.integerValue());
    }

    private CborFloat floating(CborHead head) throws IOException, CborException {
        int info = head.additionalInfo();
        if (head.majorType() != CborHead.MAJOR_SIMPLE || info < 25 || info > 27) {
            throw new CborException("unexpected CBOR number");
        }
        return new CborFloat(parser.getDoubleValue());
    }

    private static CborSimple simple(CborHead head, int initialByte, CborSimple value) throws CborException {
        if (head.initialByte() != initialByte) {
            // Jackson reads undefined (0xf7) as null: this model has no undefined.
            throw new CborException("undefined and unassigned simple values are not supported");
        }
        return value;
    }

    private static <T> T expect(CborHead head, int majorType, T value) throws CborException {
        if (head.majorType() != majorType) {
            throw new CborException("unexpected CBOR major type " + head.majorType());
        }
        return value;
    }

    private int offset() throws CborException {
        JsonLocation location = parser.currentTokenLocation();
        long offset = location.getByteOffset();
        if (offset < 0 || offset >= input.length) {
            throw new CborException("the CBOR input ends inside an item");
        }
        return (int) offset;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no detail)";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
