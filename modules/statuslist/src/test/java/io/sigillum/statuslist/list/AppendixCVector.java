package io.sigillum.statuslist.list;

import io.sigillum.statuslist.DraftResources;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One test vector of the draft's Appendix C, read from the draft's own notation: the statuses
 * ({@code status[i] = 0b…}, all others 0), the JSON {@code lst} and the CBOR encoding.
 *
 * @param name     the resource
 * @param bits     bits per entry
 * @param statuses the entries the draft lists, index to value
 * @param lst      the JSON encoding's {@code lst}, or null when the resource has none
 * @param cbor     the CBOR encoding of the Status List structure
 */
record AppendixCVector(String name, int bits, Map<Long, Integer> statuses, String lst, byte[] cbor) {

    /** Every vector of Appendix C has 2^20 entries. */
    static final long SIZE = 1L << 20;

    private static final Pattern STATUS = Pattern.compile("status\\[(\\d+)]\\s*=\\s*0b([01]+)");

    static AppendixCVector read(String name) {
        int bits = 0;
        Map<Long, Integer> statuses = new LinkedHashMap<>();
        String lst = null;
        byte[] cbor = null;
        for (String line : DraftResources.text(name).split("\n")) {
            Matcher status = STATUS.matcher(line);
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            } else if (status.matches()) {
                statuses.put(Long.parseLong(status.group(1)), Integer.parseInt(status.group(2), 2));
            } else if (line.startsWith("bits: ")) {
                bits = Integer.parseInt(line.substring(6).strip());
            } else if (line.startsWith("lst: ")) {
                lst = line.substring(5).strip();
            } else if (line.startsWith("cbor: ")) {
                cbor = HexFormat.of().parseHex(line.substring(6).strip());
            } else {
                throw new IllegalArgumentException(name + ": cannot read " + line);
            }
        }
        return new AppendixCVector(name, bits, statuses, lst, cbor);
    }

    @Override
    public String toString() {
        return name;
    }
}
