package io.sigillum.sdjwt.internal;

import io.sigillum.sdjwt.ClaimPath;
import io.sigillum.sdjwt.Disclosure;
import io.sigillum.sdjwt.HashAlgorithm;
import io.sigillum.sdjwt.SdJwtException;
import io.sigillum.sdjwt.SdJwtException.Reason;
import io.sigillum.sdjwt.SdJwtSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rebuilds the claims from an Issuer-signed payload and Disclosures (§7.1 step 3 to 5): each
 * referenced Disclosure replaces its digest, recursively; {@code _sd} arrays, {@code ...} entries
 * and decoys go; {@code _sd_alg} goes from the top. Every rule of §7.1 is enforced here, so the
 * holder (choosing what to present) and the verifier see one and the same processing.
 * One instance per payload; not thread-safe.
 */
public final class PayloadProcessor {

    private final Map<String, Disclosure> byDigest = new HashMap<>();
    private final Set<String> seenDigests = new HashSet<>();
    private final Set<Disclosure> used = new HashSet<>();
    private final Map<Disclosure, ClaimPath> paths = new LinkedHashMap<>();
    private final Map<Disclosure, Disclosure> parents = new HashMap<>();

    private PayloadProcessor(List<Disclosure> disclosures, HashAlgorithm algorithm) throws SdJwtException {
        for (Disclosure disclosure : disclosures) {
            if (byDigest.put(disclosure.digest(algorithm), disclosure) != null) {
                throw new SdJwtException(Reason.DUPLICATE_DISCLOSURE, "a Disclosure appears twice (§7.1 step 4)");
            }
        }
    }

    /**
     * The result: the processed claims and, for each Disclosure, where it sits and which Disclosure
     * (if any) contains it.
     *
     * @param claims  the processed payload
     * @param paths   each Disclosure's claim path
     * @param parents each Disclosure nested in another Disclosure's value, mapped to that Disclosure
     */
    public record Processed(Map<String, Object> claims, Map<Disclosure, ClaimPath> paths, Map<Disclosure, Disclosure> parents) {

        /** @return the Disclosure of that claim, if one discloses it */
        public Optional<Disclosure> at(ClaimPath path) {
            return paths.entrySet().stream().filter(e -> e.getValue().equals(path)).map(Map.Entry::getKey).findFirst();
        }
    }

    /**
     * @param payload     the Issuer-signed JWT's payload
     * @param disclosures the Disclosures that came with it
     * @return the processed payload
     * @throws SdJwtException when a rule of §7.1 is broken
     */
    public static Processed process(Map<String, Object> payload, List<Disclosure> disclosures) throws SdJwtException {
        HashAlgorithm algorithm = hashAlgorithm(payload);
        PayloadProcessor processor = new PayloadProcessor(disclosures, algorithm);
        Map<String, Object> claims = processor.object(payload, ClaimPath.root(), null);
        claims.remove(SdJwtSpec.SD_ALG);
        for (Disclosure disclosure : disclosures) {
            if (!processor.used.contains(disclosure)) {
                throw new SdJwtException(Reason.UNREFERENCED_DISCLOSURE, "a Disclosure is not referenced by the payload (§7.1 step 5)");
            }
        }
        return new Processed(claims, Map.copyOf(processor.paths), Map.copyOf(processor.parents));
    }

    /**
     * @param payload an Issuer-signed JWT's payload
     * @return its {@code _sd_alg}, {@code sha-256} when absent (§4.1.1)
     * @throws SdJwtException {@link Reason#UNSUPPORTED_HASH_ALGORITHM} when it is not a supported name
     */
    public static HashAlgorithm hashAlgorithm(Map<String, Object> payload) throws SdJwtException {
        if (!payload.containsKey(SdJwtSpec.SD_ALG)) {
            return HashAlgorithm.SHA_256;
        }
        Object name = payload.get(SdJwtSpec.SD_ALG);
        if (name instanceof String text) {
            Optional<HashAlgorithm> algorithm = HashAlgorithm.fromIanaName(text);
            if (algorithm.isPresent()) {
                return algorithm.get();
            }
        }
        throw new SdJwtException(Reason.UNSUPPORTED_HASH_ALGORITHM, "_sd_alg is not a supported hash algorithm (§4.1.1)");
    }

    private Object value(Object value, ClaimPath path, Disclosure parent) throws SdJwtException {
        if (value instanceof Map<?, ?> map) {
            return object(asObject(map), path, parent);
        }
        if (value instanceof List<?> list) {
            return array(list, path, parent);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private Map<String, Object> object(Map<String, Object> object, ClaimPath path, Disclosure parent) throws SdJwtException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> member : object.entrySet()) {
            if (member.getKey().equals(SdJwtSpec.SD)) {
                continue;
            }
            if (member.getKey().equals(SdJwtSpec.ARRAY_ELEMENT_DIGEST)) {
                throw new SdJwtException(Reason.MALFORMED_PAYLOAD, "... is only used as the single key of an array element (§4.2.4.2)");
            }
            out.put(member.getKey(), value(member.getValue(), path.member(member.getKey()), parent));
        }
        if (!object.containsKey(SdJwtSpec.SD)) {
            return out;
        }
        if (!(object.get(SdJwtSpec.SD) instanceof List<?> digests)) {
            throw new SdJwtException(Reason.MALFORMED_PAYLOAD, "_sd at " + path + " is an array of strings (§4.2.4.1)");
        }
        for (Object entry : digests) {
            if (!(entry instanceof String digest)) {
                throw new SdJwtException(Reason.MALFORMED_PAYLOAD, "_sd at " + path + " is an array of strings (§4.2.4.1)");
            }
            Disclosure disclosure = claim(digest);
            if (disclosure == null) {
                continue; // a decoy, or a claim the holder did not disclose
            }
            if (disclosure.isArrayElement()) {
                throw new SdJwtException(Reason.WRONG_DISCLOSURE_KIND,
                        "an array element Disclosure is referenced from _sd at " + path + " (§7.1 step 3.2.2.3)");
            }
            String name = disclosure.name().orElseThrow();
            if (out.containsKey(name)) {
                throw new SdJwtException(Reason.CLAIM_NAME_CONFLICT, "the claim " + name + " already exists at " + path + " (§7.1 step 3.2.2.4)");
            }
            ClaimPath claimPath = path.member(name);
            record(disclosure, claimPath, parent);
            out.put(name, value(disclosure.value(), claimPath, disclosure));
        }
        return out;
    }

    private List<Object> array(List<?> array, ClaimPath path, Disclosure parent) throws SdJwtException {
        List<Object> out = new ArrayList<>(array.size());
        for (Object element : array) {
            if (element instanceof Map<?, ?> map && map.containsKey(SdJwtSpec.ARRAY_ELEMENT_DIGEST)) {
                if (map.size() != 1 || !(map.get(SdJwtSpec.ARRAY_ELEMENT_DIGEST) instanceof String digest)) {
                    throw new SdJwtException(Reason.MALFORMED_PAYLOAD,
                            "an array element digest is an object with the single member ... holding a string (§4.2.4.2)");
                }
                Disclosure disclosure = claim(digest);
                if (disclosure == null) {
                    continue;
                }
                if (!disclosure.isArrayElement()) {
                    throw new SdJwtException(Reason.WRONG_DISCLOSURE_KIND,
                            "an object property Disclosure is referenced from the array " + path + " (§7.1 step 3.3.2.3)");
                }
                ClaimPath elementPath = path.index(out.size());
                record(disclosure, elementPath, parent);
                out.add(value(disclosure.value(), elementPath, disclosure));
            } else {
                out.add(value(element, path.index(out.size()), parent));
            }
        }
        return out;
    }

    /** @return the Disclosure of a digest, or {@code null}; each digest may appear once only */
    private Disclosure claim(String digest) throws SdJwtException {
        if (!seenDigests.add(digest)) {
            throw new SdJwtException(Reason.DUPLICATE_DIGEST, "a digest appears more than once (§7.1 step 4)");
        }
        return byDigest.get(digest);
    }

    private void record(Disclosure disclosure, ClaimPath path, Disclosure parent) {
        used.add(disclosure);
        paths.put(disclosure, path);
        if (parent != null) {
            parents.put(disclosure, parent);
        }
    }
}
