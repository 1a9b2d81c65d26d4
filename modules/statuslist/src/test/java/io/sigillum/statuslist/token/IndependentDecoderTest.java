package io.sigillum.statuslist.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillum.statuslist.list.Status;
import io.sigillum.statuslist.list.StatusList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads tokens made by the library with a decoder written from the draft's text alone, calling
 * none of the library's reading code: base64url and JSON (Jackson) or a hand-rolled CBOR walk,
 * java.util.zip's Inflater, and the bit formula of §4.1. The expected statuses come from a plain
 * array, not from the list under test.
 */
class IndependentDecoderTest {

    private static final URI URI_7 = URI.create("https://status.example/lists/7");
    private static final int ENTRIES = 20_011;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8})
    void aJwtReadsBackByTheDraftsRules(int bits) throws Exception {
        int[] expected = randomStatuses(bits);
        String jwt = StatusListJwt.sign(token(bits, expected), TestSigners.es256().signer());

        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length);
        ObjectMapper json = new ObjectMapper();
        JsonNode header = json.readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertEquals("statuslist+jwt", header.get("typ").asText());
        assertEquals("ES256", header.get("alg").asText());
        JsonNode payload = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertEquals(URI_7.toString(), payload.get("sub").asText());
        JsonNode statusList = payload.get("status_list");
        assertEquals(bits, statusList.get("bits").asInt());
        String lst = statusList.get("lst").asText();
        assertTrue(lst.matches("[A-Za-z0-9_-]+"), "lst is unpadded base64url");
        assertEntries(expected, bits, inflate(Base64.getUrlDecoder().decode(lst)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8})
    void aCwtReadsBackByTheDraftsRules(int bits) throws Exception {
        int[] expected = randomStatuses(bits);
        byte[] cwt = StatusListCwt.sign(token(bits, expected), TestSigners.es256().signer());

        MiniCbor.Tagged tagged = (MiniCbor.Tagged) MiniCbor.decode(cwt);
        assertEquals(18, tagged.tag());
        List<?> sign1 = (List<?>) tagged.content();
        assertEquals(4, sign1.size());
        Map<?, ?> protectedHeader = (Map<?, ?>) MiniCbor.decode((byte[]) sign1.get(0));
        assertEquals("application/statuslist+cwt", protectedHeader.get(16L));
        assertEquals(-7L, protectedHeader.get(1L));
        Map<?, ?> claims = (Map<?, ?>) MiniCbor.decode((byte[]) sign1.get(2));
        assertEquals(URI_7.toString(), claims.get(2L));
        assertEquals(1_700_000_000L, claims.get(6L));
        Map<?, ?> statusList = (Map<?, ?>) claims.get(65533L);
        assertEquals((long) bits, statusList.get("bits"));
        assertEntries(expected, bits, inflate((byte[]) statusList.get("lst")));
    }

    private static StatusListToken token(int bits, int[] statuses) {
        StatusList list = StatusList.of(bits, statuses.length);
        for (int i = 0; i < statuses.length; i++) {
            list.set(i, Status.of(statuses[i]));
        }
        return StatusListToken.builder(URI_7, list).issuedAt(Instant.ofEpochSecond(1_700_000_000L)).build();
    }

    private static int[] randomStatuses(int bits) {
        Random random = new Random(7L * bits);
        int[] statuses = new int[ENTRIES];
        for (int i = 0; i < statuses.length; i++) {
            // Mostly VALID, as real lists are, with every value of the width present.
            statuses[i] = random.nextInt(10) == 0 ? random.nextInt(1 << bits) : 0;
        }
        return statuses;
    }

    /** §4.1: entry i is in byte floor(i * bits / 8), at bit (i * bits) mod 8 counting from the least significant. */
    private static void assertEntries(int[] expected, int bits, byte[] bytes) {
        assertEquals((expected.length * bits + 7) / 8, bytes.length);
        for (int i = 0; i < expected.length; i++) {
            int bitIndex = i * bits;
            int value = ((bytes[bitIndex / 8] & 0xFF) >> (bitIndex % 8)) & ((1 << bits) - 1);
            assertEquals(expected[i], value, "entry " + i);
        }
    }

    private static byte[] inflate(byte[] zlib) throws DataFormatException {
        Inflater inflater = new Inflater();
        inflater.setInput(zlib);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            if (n == 0 && inflater.needsInput()) {
                throw new DataFormatException("truncated");
            }
            out.write(buffer, 0, n);
        }
        assertEquals(0, inflater.getRemaining());
        inflater.end();
        assertEquals(0x78, zlib[0] & 0xFF, "a ZLIB header with a 32K window");
        return out.toByteArray();
    }
}
