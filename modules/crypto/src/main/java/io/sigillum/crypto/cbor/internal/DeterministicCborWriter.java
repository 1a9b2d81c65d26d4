package io.sigillum.crypto.cbor.internal;

import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import io.sigillum.crypto.cbor.CborArray;
import io.sigillum.crypto.cbor.CborBytes;
import io.sigillum.crypto.cbor.CborFloat;
import io.sigillum.crypto.cbor.CborInt;
import io.sigillum.crypto.cbor.CborMap;
import io.sigillum.crypto.cbor.CborSimple;
import io.sigillum.crypto.cbor.CborTagged;
import io.sigillum.crypto.cbor.CborText;
import io.sigillum.crypto.cbor.CborValue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link CborValue}s with Jackson's CBOR generator, deterministically (RFC 8949 §4.2.1):
 * definite lengths only, shortest heads, map entries in the bytewise order of their encoded keys.
 */
public final class DeterministicCborWriter {

    /**
     * Jackson splits a text map key longer than about four thousand characters into an
     * indefinite-length string; keys are kept well below that.
     */
    static final int MAX_TEXT_KEY_LENGTH = 1024;

    private static final CBORFactory FACTORY = CBORFactory.builder()
            .enable(CBORGenerator.Feature.WRITE_MINIMAL_INTS)
            .enable(CBORGenerator.Feature.WRITE_MINIMAL_DOUBLES)
            .disable(CBORGenerator.Feature.WRITE_TYPE_HEADER)
            .disable(CBORGenerator.Feature.STRINGREF)
            .build();

    private DeterministicCborWriter() {
    }

    /**
     * @param value a value
     * @return its deterministic encoding
     * @throws IllegalArgumentException for a tag above 2<sup>31</sup>-1 or an over-long text map key
     */
    public static byte[] write(CborValue value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CBORGenerator generator = FACTORY.createGenerator(out)) {
            write(generator, value);
        } catch (IOException e) {
            throw new IllegalStateException("CBOR encoding into memory failed", e);
        }
        return out.toByteArray();
    }

    private static void write(CBORGenerator generator, CborValue value) throws IOException {
        switch (value) {
            case CborInt integer -> generator.writeNumber(integer.value());
            case CborBytes bytes -> generator.writeBinary(bytes.value());
            case CborText text -> {
                // writeString would split long text into an indefinite-length string; this never does.
                byte[] utf8 = text.value().getBytes(StandardCharsets.UTF_8);
                generator.writeUTF8String(utf8, 0, utf8.length);
            }
            case CborArray array -> {
                generator.writeStartArray(array, array.size());
                for (CborValue item : array.items()) {
                    write(generator, item);
                }
                generator.writeEndArray();
            }
            case CborMap map -> writeMap(generator, map);
            case CborTagged tagged -> {
                if (tagged.tag() > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("tag numbers above 2^31-1 are not supported");
                }
                generator.writeTag((int) tagged.tag());
                write(generator, tagged.content());
            }
            case CborSimple simple -> {
                switch (simple) {
                    case FALSE -> generator.writeBoolean(false);
                    case TRUE -> generator.writeBoolean(true);
                    case NULL -> generator.writeNull();
                }
            }
            case CborFloat number -> generator.writeNumber(number.value());
        }
    }

    private static void writeMap(CBORGenerator generator, CborMap map) throws IOException {
        List<Sorted> sorted = new ArrayList<>(map.size());
        for (Map.Entry<CborValue, CborValue> entry : map.entries().entrySet()) {
            if (entry.getKey() instanceof CborText text && text.value().length() > MAX_TEXT_KEY_LENGTH) {
                throw new IllegalArgumentException("text map keys longer than " + MAX_TEXT_KEY_LENGTH
                        + " characters are not supported");
            }
            sorted.add(new Sorted(write(entry.getKey()), entry.getKey(), entry.getValue()));
        }
        sorted.sort((a, b) -> Arrays.compareUnsigned(a.encodedKey, b.encodedKey));
        generator.writeStartObject(map, sorted.size());
        for (Sorted entry : sorted) {
            switch (entry.key) {
                case CborInt integer -> generator.writeFieldId(integer.value());
                case CborText text -> generator.writeFieldName(text.value());
                default -> throw new IllegalStateException("CborMap admits only integer and text keys");
            }
            write(generator, entry.value);
        }
        generator.writeEndObject();
    }

    private record Sorted(byte[] encodedKey, CborValue key, CborValue value) {
    }
}
