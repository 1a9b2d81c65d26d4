package io.sigillum.issuance.source;

import java.util.Map;

/** What the authentic source says about a person. */
public sealed interface SourceAnswer {

    /** The attributes, in the shape credentials carry them. */
    record Ready(Map<String, Object> attributes) implements SourceAnswer {
        public Ready {
            attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        }
    }

    /** The source knows the person but cannot answer yet: issuance is deferred. */
    record NotYet() implements SourceAnswer {
    }

    /** The source does not know the person. */
    record Unknown() implements SourceAnswer {
    }
}
