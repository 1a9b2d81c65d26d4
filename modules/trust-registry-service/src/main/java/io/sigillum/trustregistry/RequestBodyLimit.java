package io.sigillum.trustregistry;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Refuses request bodies over {@code sigillum.trust-registry.max-body-bytes} with a 413 problem:
 * at once when {@code Content-Length} says so, else after reading one byte more than the limit
 * (a body sent in chunks). The body is read here, before any parser sees it, so the refusal is
 * the same whatever reads it next. The largest legitimate body is an evaluation of ten
 * certificates of 16 KiB, about 220 KB in base64; except for a trusted list's XML
 * ({@code POST /trusted-lists}), whose limit is {@code sigillum.trust-registry.trusted-lists.max-bytes}
 * (16 MiB by default). Runs after authentication and authorization: a caller without the role
 * learns nothing of the limits.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION + 1)
public class RequestBodyLimit implements ContainerRequestFilter {

    /** The path of trusted-list imports, relative to the application. */
    static final String TRUSTED_LISTS = "trusted-lists";

    private final int maxBytes;
    private final int maxListBytes;

    @Inject
    RequestBodyLimit(@ConfigProperty(name = "sigillum.trust-registry.max-body-bytes", defaultValue = "262144") int maxBytes,
                     @ConfigProperty(name = "sigillum.trust-registry.trusted-lists.max-bytes", defaultValue = "16777216") int maxListBytes) {
        this.maxBytes = checked("sigillum.trust-registry.max-body-bytes", maxBytes);
        this.maxListBytes = checked("sigillum.trust-registry.trusted-lists.max-bytes", maxListBytes);
    }

    private static int checked(String key, int value) {
        if (value < 1 || value == Integer.MAX_VALUE) {
            throw new IllegalArgumentException(key + " is from 1 to " + (Integer.MAX_VALUE - 1));
        }
        return value;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        boolean list = HttpMethod.POST.equals(request.getMethod())
                && TRUSTED_LISTS.equals(request.getUriInfo().getPath(true).replaceAll("^/+|/+$", ""));
        int maxBytes = list ? maxListBytes : this.maxBytes;
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                throw TrustProblems.invalidRequest("Content-Length is not a number.");
            }
            if (length > maxBytes) {
                throw tooLarge(maxBytes);
            }
        }
        if (request.hasEntity()) {
            byte[] body;
            try {
                body = request.getEntityStream().readNBytes(maxBytes + 1);
            } catch (IOException e) {
                throw new UncheckedIOException("the request body could not be read", e);
            }
            if (body.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        }
    }

    private static RuntimeException tooLarge(int maxBytes) {
        return TrustProblems.tooLarge("The request body is larger than " + maxBytes + " bytes.");
    }
}
