package io.sigillum.status.serving;

import io.sigillum.statuslist.TokenStatusListSpec;

/** The two forms of a Status List Token and their media types (draft §5.1, §5.2, §14). */
public enum TokenForm {
    JWT(TokenStatusListSpec.JWT_MEDIA_TYPE, "j"),
    CWT(TokenStatusListSpec.CWT_MEDIA_TYPE, "c");

    private final String mediaType;
    private final String tagSuffix;

    TokenForm(String mediaType, String tagSuffix) {
        this.mediaType = mediaType;
        this.tagSuffix = tagSuffix;
    }

    public String mediaType() {
        return mediaType;
    }

    String tagSuffix() {
        return tagSuffix;
    }
}
