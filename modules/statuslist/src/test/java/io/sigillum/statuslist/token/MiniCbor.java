package io.sigillum.statuslist.token;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough of a CBOR reader (RFC 8949 §3) to walk a CWT written by the library under test,
 * without the library's or crypto's CBOR code: unsigned and negative integers as {@link Long},
 * byte strings as {@code byte[]}, text as {@link String}, arrays as {@link List}, maps as
 * {@link Map}, tags as {@link Tagged}. Definite lengths only; anything else is an error.
 */
final class MiniCbor {

    /** A tagged item. */
    record Tagged(long tag, Object content) {
    }

    private final byte[] bytes;
    private int position;

    private MiniCbor(byte[] bytes) {
        this.bytes = bytes;
    }

    static Object decode(byte[] bytes) {
        MiniCbor reader = new MiniCbor(bytes);
        Object item = reader.item();
        if (reader.position != bytes.length) {
            throw new IllegalArgumentException("bytes after the item");
        }
        return item;
    }

    private Object item() {
        int initial = bytes[position++] & 0xFF;
        int major = initial >>> 5;
        long argument = argument(initial & 0x1F);
        return switch (major) {
            case 0 -> argument;
            case 1 -> -1 - argument;
            case 2 -> take(argument);
            case 3 -> new String(take(argument), StandardCharsets.UTF_8);
            case 4 -> {
                List<Object> items = new ArrayList<>();
                for (long i = 0; i < argument; i++) {
                    items.add(item());
                }
                yield items;
            }
            case 5 -> {
                Map<Object, Object> map = new LinkedHashMap<>();
                for (long i = 0; i < argument; i++) {
                    map.put(item(), item());
                }
                yield map;
            }
            case 6 -> new Tagged(argument, item());
            default -> throw new IllegalArgumentException("major type 7 is not needed here");
        };
    }

    private long argument(int info) {
        if (info < 24) {
            return info;
        }
        int length = switch (info) {
            case 24 -> 1;
            case 25 -> 2;
            case 26 -> 4;
            case 27 -> 8;
            default -> throw new IllegalArgumentException("indefinite or reserved length");
        };
        long value = 0;
        for (int i = 0; i < length; i++) {
            value = (value << 8) | (bytes[position++] & 0xFF);
        }
        return value;
    }

    private byte[] take(long length) {
        byte[] taken = Arrays.copyOfRange(bytes, position, position + (int) length);
        position += (int) length;
        return taken;
    }
}
