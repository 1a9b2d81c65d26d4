package io.sigillum.presentation;

import java.util.Objects;

/**
 * A Status List Token as fetched.
 *
 * @param body      the response body
 * @param mediaType its {@code Content-Type}: {@code application/statuslist+jwt} or
 *                  {@code application/statuslist+cwt} (draft-ietf-oauth-status-list §8.1);
 *                  parameters after {@code ;} are ignored
 */
public record FetchedStatusList(byte[] body, String mediaType) {

    /** Checks that nothing is null and copies the body. */
    public FetchedStatusList {
        body = Objects.requireNonNull(body, "body").clone();
        Objects.requireNonNull(mediaType, "mediaType");
    }

    /** @return a copy of the body */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** @return the media type and length only */
    @Override
    public String toString() {
        return "FetchedStatusList[" + mediaType + ", " + body.length + " bytes]";
    }
}
