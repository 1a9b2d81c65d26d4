package io.sigillum.verification.response;

import io.sigillum.verification.protocol.WalletError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Caps what a wallet may post to the response URI (and with its metadata to a request URI) ({@code sigillum.verification.max-response-bytes},
 * 1 MiB by default): a declared length over it is refused before reading, and a body without one
 * is read at most one byte past it. The gateway has its own limit; this one holds without it.
 */
@Provider
@ApplicationScoped
public class ResponseBodyLimit implements ContainerRequestFilter {

    private final int maxBytes;

    @Inject
    ResponseBodyLimit(@ConfigProperty(name = "sigillum.verification.max-response-bytes", defaultValue = "1048576") int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String path = request.getUriInfo().getPath().replaceAll("^/+", "");
        if (!"POST".equals(request.getMethod()) || !(path.startsWith("responses/") || path.startsWith("requests/"))) {
            return;
        }
        if (request.getLength() > maxBytes) {
            request.abortWith(tooLarge());
            return;
        }
        byte[] body;
        try (InputStream in = request.getEntityStream()) {
            body = in.readNBytes(maxBytes + 1);
        }
        if (body.length > maxBytes) {
            request.abortWith(tooLarge());
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private jakarta.ws.rs.core.Response tooLarge() {
        return WalletError.tooLarge("The body is larger than " + maxBytes + " bytes.").toResponse();
    }
}
