package io.sigillum.dcql.match;

import io.sigillum.sdjwt.ClaimPath;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a Verifier hands its relying party: only the claims the query selected, with the objects and
 * arrays that contain them. A presentation may carry more than was asked (claims that are not
 * selectively disclosable, or asked by another Credential Query, §6.4); those stay behind.
 */
public final class RequestedClaims {

    /** Stands for a selected JSON {@code null}, which an Optional cannot carry. */
    private static final Object NULL = new Object();

    private RequestedClaims() {
    }

    /**
     * @param claims the presented claims (for an mdoc: namespace → element → value)
     * @param paths  the selected paths, e.g. {@link CredentialMatch.Satisfied#claimPaths()}
     * @return a copy of {@code claims} holding only the selected claims; arrays keep the selected
     *         elements in their order, so indexes in the copy may differ from those in the paths
     */
    public static Map<String, Object> keep(Map<String, ?> claims, Collection<ClaimPath> paths) {
        List<List<Object>> suffixes = paths.stream().map(ClaimPath::elements).toList();
        @SuppressWarnings("unchecked")
        Map<String, Object> kept = (Map<String, Object>) project(claims, suffixes).orElseGet(LinkedHashMap::new);
        return kept;
    }

    /** @return the part of the node the suffixes select; empty when they select nothing in it */
    private static Optional<Object> project(Object node, List<List<Object>> suffixes) {
        if (suffixes.stream().anyMatch(List::isEmpty)) {
            return Optional.ofNullable(node).or(() -> Optional.of(NULL));
        }
        if (node instanceof Map<?, ?> object) {
            Map<String, Object> kept = new LinkedHashMap<>();
            object.forEach((name, value) -> project(value, below(suffixes, name))
                    .ifPresent(part -> kept.put((String) name, part == NULL ? null : part)));
            return kept.isEmpty() ? Optional.empty() : Optional.of(kept);
        }
        if (node instanceof List<?> array) {
            List<Object> kept = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                project(array.get(i), below(suffixes, i)).ifPresent(part -> kept.add(part == NULL ? null : part));
            }
            return kept.isEmpty() ? Optional.empty() : Optional.of(kept);
        }
        // The paths go on below a value without members: they select nothing here.
        return Optional.empty();
    }

    private static List<List<Object>> below(List<List<Object>> suffixes, Object element) {
        List<List<Object>> below = new ArrayList<>();
        for (List<Object> suffix : suffixes) {
            if (suffix.getFirst().equals(element)) {
                below.add(suffix.subList(1, suffix.size()));
            }
        }
        return below;
    }
}
