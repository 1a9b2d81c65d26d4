package io.sigillum.sdjwt.presentation;

import io.sigillum.sdjwt.ClaimPath;
import io.sigillum.sdjwt.Disclosure;
import io.sigillum.sdjwt.SdJwt;
import io.sigillum.sdjwt.SdJwtException;
import io.sigillum.sdjwt.internal.JwtPayloads;
import io.sigillum.sdjwt.internal.PayloadProcessor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses what a holder discloses (§5). Selecting a claim path discloses that claim whole: its own
 * Disclosure, every Disclosure inside its value, and the Disclosures of the claims that contain it
 * (without which a verifier could not place it, §4.2.6). Paths use the holder's view of the claims
 * (see {@link ClaimPath}). The Issuer-signed JWT and the chosen Disclosures are kept byte for byte.
 */
public final class SdJwtPresenter {

    private SdJwtPresenter() {
    }

    /**
     * @param issued the SD-JWT as issued, with all its Disclosures
     * @param claims the claims to disclose
     * @return the SD-JWT to present, without Key Binding, Disclosures in their issued order
     * @throws SdJwtException           when the issued SD-JWT breaks a rule of §7.1
     * @throws IllegalArgumentException when a path names no claim of the issued SD-JWT
     */
    public static SdJwt select(SdJwt issued, Collection<ClaimPath> claims) throws SdJwtException {
        Map<String, Object> payload = JwtPayloads.unverified(issued.issuerSignedJwt());
        PayloadProcessor.Processed processed = PayloadProcessor.process(payload, issued.disclosures());
        Set<Disclosure> chosen = new HashSet<>();
        for (ClaimPath path : claims) {
            if (!exists(processed.claims(), path)) {
                throw new IllegalArgumentException("no claim at " + path);
            }
            processed.paths().forEach((disclosure, at) -> {
                // Inside the claim (it is disclosed whole), or one of the claims on the way to it: a
                // plain member of a disclosable object is seen only when that object is disclosed.
                if (path.isPrefixOf(at) || at.isPrefixOf(path)) {
                    chosen.add(disclosure);
                }
            });
            processed.at(path).ifPresent(chosen::add);
        }
        // Parents of recursive disclosures: a nested claim is reachable only through them.
        for (Disclosure disclosure : List.copyOf(chosen)) {
            for (Disclosure parent = processed.parents().get(disclosure); parent != null; parent = processed.parents().get(parent)) {
                chosen.add(parent);
            }
        }
        List<Disclosure> kept = new ArrayList<>();
        for (Disclosure disclosure : issued.disclosures()) {
            if (chosen.contains(disclosure)) {
                kept.add(disclosure);
            }
        }
        return SdJwt.of(issued.issuerSignedJwt(), kept);
    }

    private static boolean exists(Object claims, ClaimPath path) {
        Object node = claims;
        for (Object element : path.elements()) {
            if (element instanceof String name && node instanceof Map<?, ?> map && map.containsKey(name)) {
                node = map.get(name);
            } else if (element instanceof Integer index && node instanceof List<?> list && index < list.size()) {
                node = list.get(index);
            } else {
                return false;
            }
        }
        return true;
    }
}
