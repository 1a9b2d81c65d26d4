package io.sigillum.gateway.status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the token form from {@code Accept} as the status service does: no header (or {@code *}/{@code *})
 * means JWT; otherwise the first of the two forms that the client's media ranges accept, taking the
 * ranges in the client's order of preference (quality, then specificity, then position — RFC 9110
 * §12.5.1). A form the client names with {@code q=0} is never chosen. Empty when neither form is
 * acceptable (406).
 */
final class AcceptedForm {

    private record Range(String type, String subtype, double quality, int specificity, int position) {

        boolean accepts(TokenForm form) {
            int slash = form.mediaType().indexOf('/');
            return (type.equals("*") || type.equals(form.mediaType().substring(0, slash)))
                    && (subtype.equals("*") || subtype.equals(form.mediaType().substring(slash + 1)));
        }

        boolean names(TokenForm form) {
            return !type.equals("*") && !subtype.equals("*") && accepts(form);
        }
    }

    private static final Comparator<Range> PREFERENCE = Comparator.comparingDouble(Range::quality).reversed()
            .thenComparing(Comparator.comparingInt(Range::specificity).reversed())
            .thenComparingInt(Range::position);

    private AcceptedForm() {
    }

    static Optional<TokenForm> choose(String accept) {
        // The common cases first: wallets and verifiers send one of these, or nothing.
        if (accept == null || accept.isBlank() || accept.equals("*/*")) {
            return Optional.of(TokenForm.JWT);
        }
        for (TokenForm form : TokenForm.values()) {
            if (accept.equals(form.mediaType())) {
                return Optional.of(form);
            }
        }
        List<Range> ranges = parse(accept);
        for (Range range : ranges.stream().filter(r -> r.quality() > 0).sorted(PREFERENCE).toList()) {
            for (TokenForm form : TokenForm.values()) {
                if (range.accepts(form) && !refused(ranges, form)) {
                    return Optional.of(form);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean refused(List<Range> ranges, TokenForm form) {
        return ranges.stream().anyMatch(r -> r.quality() == 0 && r.names(form));
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        String[] items = accept.split(",");
        for (int position = 0; position < items.length; position++) {
            String[] parts = items[position].split(";");
            String mediaRange = parts[0].strip().toLowerCase(Locale.ROOT);
            int slash = mediaRange.indexOf('/');
            if (slash <= 0 || slash == mediaRange.length() - 1) {
                continue; // not a media range: ignored, as servers commonly do
            }
            String type = mediaRange.substring(0, slash);
            String subtype = mediaRange.substring(slash + 1);
            double quality = 1.0;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.length() > 2 && parameter.substring(0, 2).equalsIgnoreCase("q=")) {
                    quality = quality(parameter.substring(2));
                }
            }
            int specificity = type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
            ranges.add(new Range(type, subtype, quality, specificity, position));
        }
        return ranges;
    }

    private static double quality(String value) {
        try {
            double q = Double.parseDouble(value.strip());
            return q < 0 || q > 1 || Double.isNaN(q) ? 0 : q;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
