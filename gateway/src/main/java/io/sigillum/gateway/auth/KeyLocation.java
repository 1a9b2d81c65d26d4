package io.sigillum.gateway.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where {@code sigillum.gateway.jwt.publickey.location} points, read as MP-JWT's configuration
 * chapter reads {@code mp.jwt.verify.publickey.location}: a file (a path, or a {@code file:} URI),
 * read once at start, or an {@code https:} URL, fetched and refreshed (reloading is left to
 * implementations there). Two deliberate differences: plain {@code http:}, which MP-JWT allows, is
 * refused unless a development switch allows it (the keys decide who is an administrator, and
 * whoever sits on an unencrypted path could substitute their own); and other URL schemes, which
 * MP-JWT opens with {@code java.net.URL}, are refused; so are class-path resources.
 */
sealed interface KeyLocation {

    /** {@code scheme:} at the start, as RFC 3986 §3.1 spells a scheme. */
    Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    /** A PEM key or a JWKS in a file. */
    record File(Path path) implements KeyLocation {
    }

    /** A JWKS served over HTTP(S), e.g. an identity provider's {@code jwks_uri}. */
    record Remote(URI uri) implements KeyLocation {

        /** The URL without user info, query or fragment, for logs. */
        String forLog() {
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + uri.getRawPath();
        }
    }

    /**
     * @param allowHttp whether {@code http:} is allowed (development only)
     * @throws IllegalStateException for a URL that is not https (or http when allowed), or malformed
     */
    static KeyLocation parse(String location, boolean allowHttp) {
        var scheme = SCHEME.matcher(location);
        // One letter before the colon is a Windows drive, not a scheme.
        if (!scheme.find() || scheme.group(1).length() == 1) {
            return new File(Path.of(location));
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        switch (name) {
            case "file" -> {
                try {
                    return new File(Path.of(uri(location)));
                } catch (IllegalArgumentException | FileSystemNotFoundException e) {
                    throw new IllegalStateException("sigillum.gateway.jwt.publickey.location: not a file URI", e);
                }
            }
            case "https" -> {
                return remote(location);
            }
            case "http" -> {
                if (!allowHttp) {
                    throw new IllegalStateException("sigillum.gateway.jwt.publickey.location: " + name
                            + ": is refused, the keys must come over https (sigillum.gateway.jwt.jwks-allow-http "
                            + "allows http for development only)");
                }
                return remote(location);
            }
            default -> throw new IllegalStateException("sigillum.gateway.jwt.publickey.location: the scheme "
                    + name + ": is not supported; use a file path, a file: URI or an https:// URL");
        }
    }

    private static Remote remote(String location) {
        URI uri = uri(location);
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new IllegalStateException("sigillum.gateway.jwt.publickey.location: a JWKS URL needs a host "
                    + "and takes no user info");
        }
        return new Remote(uri);
    }

    private static URI uri(String location) {
        try {
            return new URI(location);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("sigillum.gateway.jwt.publickey.location: not a valid URI", e);
        }
    }
}
