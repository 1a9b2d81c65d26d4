package io.sigillum.gateway.client;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * A CIDR block ({@code 10.0.0.0/8}, {@code fd00::/8}) or one address. IPv4 and IPv6 never match
 * each other; an IPv4-mapped IPv6 peer ({@code ::ffff:10.0.0.1}) is compared as its IPv4 address.
 */
record AddressRange(byte[] network, int prefixBits) {

    /**
     * @param cidr an address literal with an optional {@code /prefix}
     * @throws IllegalArgumentException for a host name, a malformed literal or prefix, or host bits set
     */
    static AddressRange parse(String cidr) {
        String text = cidr.strip();
        int slash = text.indexOf('/');
        byte[] address = literal(slash < 0 ? text : text.substring(0, slash));
        int bits = address.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String digits = text.substring(slash + 1);
            if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("not a prefix length: " + cidr);
            }
            prefix = Integer.parseInt(digits);
            if (prefix > bits) {
                throw new IllegalArgumentException("prefix longer than the address: " + cidr);
            }
        }
        AddressRange range = new AddressRange(address, prefix);
        if (!range.contains(address) || !Arrays.equals(range.masked(address), address)) {
            throw new IllegalArgumentException("host bits set below the prefix: " + cidr);
        }
        return range;
    }

    boolean contains(InetAddress address) {
        return contains(Addresses.canonical(address).getAddress());
    }

    private boolean contains(byte[] candidate) {
        return candidate.length == network.length && Arrays.equals(masked(candidate), network);
    }

    private byte[] masked(byte[] address) {
        byte[] masked = address.clone();
        for (int bit = prefixBits; bit < masked.length * 8; bit++) {
            masked[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return masked;
    }

    /** Literals only: a host name here would be resolved through DNS at start-up. */
    private static byte[] literal(String text) {
        if (!Addresses.isLiteral(text)) {
            throw new IllegalArgumentException("not an IP address literal: " + text);
        }
        try {
            return Addresses.canonical(InetAddress.getByName(text)).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address literal: " + text, e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressRange range && range.prefixBits == prefixBits && Arrays.equals(range.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixBits;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefixBits;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
