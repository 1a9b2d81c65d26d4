package io.sigillum.dcql.match;

import io.sigillum.dcql.query.ClaimsPathPointer;
import io.sigillum.dcql.query.PathComponent;
import io.sigillum.sdjwt.ClaimPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Processes a claims path pointer against a credential, exactly as §7.1.1 (JSON-based credentials)
 * and §7.2.1 (ISO mdoc) say: the result is the set of selected claims, or an error, which matching
 * treats as the claim not being there.
 */
public final class ClaimsPathProcessor {

    private ClaimsPathProcessor() {
    }

    /** The outcome of processing a pointer. */
    public sealed interface Selection {

        /**
         * The pointer selected claims.
         *
         * @param claims at least one, in document order
         */
        record Selected(List<SelectedClaim> claims) implements Selection {
            /** Checks that something was selected and copies the claims. */
            public Selected {
                claims = List.copyOf(claims);
                if (claims.isEmpty()) {
                    throw new IllegalArgumentException("an empty selection is an error (§7.1.1 step 3)");
                }
            }
        }

        /**
         * Processing aborted with an error.
         *
         * @param reason why, naming paths and never values
         */
        record Failed(String reason) implements Selection {
            /** Checks that the reason is not null. */
            public Failed {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }

    /**
     * §7.1.1: applies the pointer to the top-level JSON object of a credential, left to right.
     *
     * @param pointer    the pointer
     * @param credential the credential's top-level object
     * @return the selected claims, or why processing aborted
     */
    public static Selection process(ClaimsPathPointer pointer, Map<String, ?> credential) {
        List<SelectedClaim> selected = List.of(new SelectedClaim(ClaimPath.root(), credential));
        for (PathComponent component : pointer.components()) {
            List<SelectedClaim> next = new ArrayList<>();
            for (SelectedClaim current : selected) {
                switch (component) {
                    case PathComponent.Key key -> {
                        if (!(current.value() instanceof Map<?, ?> object)) {
                            return failed(pointer, current, "an object");
                        }
                        if (object.containsKey(key.name())) {
                            next.add(new SelectedClaim(current.path().member(key.name()), object.get(key.name())));
                        }
                    }
                    case PathComponent.AllElements all -> {
                        if (!(current.value() instanceof List<?> array)) {
                            return failed(pointer, current, "an array");
                        }
                        for (int i = 0; i < array.size(); i++) {
                            next.add(new SelectedClaim(current.path().index(i), array.get(i)));
                        }
                    }
                    case PathComponent.Index index -> {
                        if (!(current.value() instanceof List<?> array)) {
                            return failed(pointer, current, "an array");
                        }
                        if (index.index() < array.size()) {
                            next.add(new SelectedClaim(current.path().index(index.index()), array.get(index.index())));
                        }
                    }
                }
            }
            selected = next;
        }
        if (selected.isEmpty()) {
            return new Selection.Failed("§7.1.1: " + pointer + " selects no claim");
        }
        return new Selection.Selected(selected);
    }

    /**
     * §7.2.1: selects a data element of an mdoc by namespace and data element identifier.
     *
     * @param pointer    the pointer: exactly two strings
     * @param nameSpaces namespace → data element identifier → value
     * @return the selected data element, or why processing aborted
     */
    public static Selection processMdoc(ClaimsPathPointer pointer, Map<String, ? extends Map<String, ?>> nameSpaces) {
        List<PathComponent> components = pointer.components();
        if (components.size() != 2 || !(components.get(0) instanceof PathComponent.Key nameSpace)
                || !(components.get(1) instanceof PathComponent.Key element)) {
            return new Selection.Failed("§7.2.1: " + pointer + " is not exactly two strings");
        }
        Map<String, ?> elements = nameSpaces.get(nameSpace.name());
        if (elements == null) {
            return new Selection.Failed("§7.2.1: the mdoc has no namespace " + nameSpace);
        }
        if (!elements.containsKey(element.name())) {
            return new Selection.Failed("§7.2.1: the mdoc has no data element " + element + " in namespace " + nameSpace);
        }
        return new Selection.Selected(List.of(new SelectedClaim(ClaimPath.of(nameSpace.name(), element.name()), elements.get(element.name()))));
    }

    private static Selection failed(ClaimsPathPointer pointer, SelectedClaim current, String expected) {
        return new Selection.Failed("§7.1.1: " + pointer + " meets " + current.path() + ", which is not " + expected);
    }
}
