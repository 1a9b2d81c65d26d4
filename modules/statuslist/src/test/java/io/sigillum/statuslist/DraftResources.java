package io.sigillum.statuslist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Reads the draft's examples, kept as test resources under {@code tsl-draft-20/}. */
public final class DraftResources {

    private DraftResources() {
    }

    /** @return the resource's text */
    public static String text(String name) {
        try (InputStream in = DraftResources.class.getResourceAsStream("/tsl-draft-20/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource tsl-draft-20/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the bytes of a resource written in hex over several lines, as the draft prints them */
    public static byte[] hex(String name) {
        return HexFormat.of().parseHex(text(name).replaceAll("\\s", ""));
    }

    /** @return a compact JWS the draft prints over several lines, joined */
    public static String joined(String name) {
        return text(name).replaceAll("\\s", "");
    }

    /** @return the two JSON documents of a resource printed as "header . payload" */
    public static String[] headerAndPayload(String name) {
        String[] parts = text(name).split("\n\\.\n");
        if (parts.length != 2) {
            throw new IllegalArgumentException(name + " is not header . payload");
        }
        return parts;
    }
}
