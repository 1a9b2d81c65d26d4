package io.sigillum.sdjwt.issuance;

import io.sigillum.sdjwt.ClaimPath;
import io.sigillum.sdjwt.Disclosure;
import io.sigillum.sdjwt.HashAlgorithm;
import io.sigillum.sdjwt.SdJwtSpec;
import io.sigillum.sdjwt.internal.Salts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds one SD-JWT payload bottom-up: a claim's own value is made (with its disclosable members
 * already replaced by digests) before the claim itself is replaced, which is what recursive
 * disclosure is (§4.2.6). Not thread-safe; one instance per issuance.
 */
final class DisclosingPayload {

    private final HashAlgorithm algorithm;
    private final int decoys;
    private final Set<ClaimPath> pending;
    private final List<Disclosure> disclosures = new ArrayList<>();

    DisclosingPayload(HashAlgorithm algorithm, int decoys, Set<ClaimPath> disclosable) {
        this.algorithm = algorithm;
        this.decoys = decoys;
        this.pending = new HashSet<>(disclosable);
    }

    List<Disclosure> disclosures() {
        return disclosures;
    }

    /**
     * @return the payload with {@code _sd_alg}
     * @throws IllegalArgumentException for a claim named {@code _sd}, {@code ...} or (at the top)
     *                                  {@code _sd_alg}, or a disclosable path that names no claim
     */
    Map<String, Object> build(Map<String, Object> claims) {
        if (pending.contains(ClaimPath.root())) {
            throw new IllegalArgumentException("the payload itself cannot be selectively disclosable");
        }
        if (claims.containsKey(SdJwtSpec.SD_ALG)) {
            throw new IllegalArgumentException("_sd_alg is set by the issuer, not a claim (§4.1.1)");
        }
        Map<String, Object> payload = object(claims, ClaimPath.root());
        if (!pending.isEmpty()) {
            throw new IllegalArgumentException("no claim at " + pending.iterator().next());
        }
        payload.put(SdJwtSpec.SD_ALG, algorithm.ianaName());
        return payload;
    }

    private Object value(Object value, ClaimPath path) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> members = new LinkedHashMap<>();
            for (Map.Entry<?, ?> member : map.entrySet()) {
                if (!(member.getKey() instanceof String name)) {
                    throw new IllegalArgumentException("JSON member names are strings, at " + path);
                }
                members.put(name, member.getValue());
            }
            return object(members, path);
        }
        if (value instanceof List<?> list) {
            return array(list, path);
        }
        return value;
    }

    private Map<String, Object> object(Map<String, Object> object, ClaimPath path) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> digests = new ArrayList<>();
        for (Map.Entry<String, Object> member : object.entrySet()) {
            String name = member.getKey();
            if (name.equals(SdJwtSpec.SD) || name.equals(SdJwtSpec.ARRAY_ELEMENT_DIGEST)) {
                throw new IllegalArgumentException("the claim name " + name + " is reserved by RFC 9901 (§4.2.1), at " + path);
            }
            ClaimPath claimPath = path.member(name);
            Object value = value(member.getValue(), claimPath);
            if (pending.remove(claimPath)) {
                Disclosure disclosure = Disclosure.objectProperty(name, value);
                disclosures.add(disclosure);
                digests.add(disclosure.digest(algorithm));
            } else {
                out.put(name, value);
            }
        }
        if (!digests.isEmpty()) {
            for (int i = 0; i < decoys; i++) {
                digests.add(decoy());
            }
            // Sorted, so the order says nothing about the claims' original order (§4.2.4.1).
            digests.sort(null);
            out.put(SdJwtSpec.SD, digests);
        }
        return out;
    }

    private List<Object> array(List<?> array, ClaimPath path) {
        List<Object> out = new ArrayList<>(array.size() + decoys);
        boolean anyDisclosable = false;
        for (int i = 0; i < array.size(); i++) {
            ClaimPath elementPath = path.index(i);
            Object value = value(array.get(i), elementPath);
            if (pending.remove(elementPath)) {
                Disclosure disclosure = Disclosure.arrayElement(value);
                disclosures.add(disclosure);
                out.add(Map.of(SdJwtSpec.ARRAY_ELEMENT_DIGEST, disclosure.digest(algorithm)));
                anyDisclosable = true;
            } else {
                out.add(value);
            }
        }
        if (anyDisclosable) {
            for (int i = 0; i < decoys; i++) {
                // Anywhere in the array, so that a decoy's place does not tell it apart (§4.2.5).
                out.add(Salts.nextInt(out.size() + 1), Map.of(SdJwtSpec.ARRAY_ELEMENT_DIGEST, decoy()));
            }
        }
        return out;
    }

    /** A digest over a random value, indistinguishable from a real one (§4.2.5). */
    private String decoy() {
        return algorithm.digest(Salts.salt());
    }
}
