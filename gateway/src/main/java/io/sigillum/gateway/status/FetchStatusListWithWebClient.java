package io.sigillum.gateway.status;

import io.helidon.http.ClientResponseHeaders;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.HttpClientRequest;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * {@link FetchStatusList} over the gateway's WebClient (its timeouts and TLS trust):
 * {@code GET <status url>/status-lists/{listId}} with the form's {@code Accept}.
 */
final class FetchStatusListWithWebClient implements FetchStatusList {

    /** Far above any real token (2^20 two-bit entries compress to tens of kB), far below harm. */
    static final int MAX_BODY = 8 * 1024 * 1024;

    private final WebClient client;
    private final String base;

    /** @param statusService the status service's base URL, e.g. {@code https://status:8083} */
    FetchStatusListWithWebClient(WebClient client, URI statusService) {
        this.client = client;
        String url = statusService.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public Fetched fetch(String listId, TokenForm form, String ifNoneMatch) {
        // The id was checked against ListIds: it needs no encoding and cannot leave the path.
        HttpClientRequest request = client.get(base + "/status-lists/" + listId).header(form.accept());
        if (ifNoneMatch != null) {
            request.header(HeaderNames.IF_NONE_MATCH, ifNoneMatch);
        }
        try (HttpClientResponse response = request.request()) {
            int status = response.status().code();
            ClientResponseHeaders headers = response.headers();
            return switch (status) {
                case 200 -> token(response, headers);
                case 304 -> new Fetched.NotModified(maxAge(headers), staleIfError(headers), age(headers));
                case 404 -> new Fetched.NotFound();
                default -> new Fetched.Failed(status == 504, "status " + status);
            };
        } catch (RuntimeException e) {
            return new Fetched.Failed(timedOut(e), e.getClass().getSimpleName());
        } catch (IOException e) {
            return new Fetched.Failed(timedOut(e), e.getClass().getSimpleName());
        }
    }

    private static Fetched token(HttpClientResponse response, ClientResponseHeaders headers) throws IOException {
        byte[] body;
        try (InputStream in = response.inputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            return new Fetched.Failed(false, "token larger than " + MAX_BODY + " bytes");
        }
        return new Fetched.Token(body, headers.first(HeaderNames.ETAG).orElse(null), maxAge(headers), staleIfError(headers),
                age(headers));
    }

    /** {@code max-age} from {@code Cache-Control}; 0 (revalidate every time) when absent or unreadable. */
    static long maxAge(ClientResponseHeaders headers) {
        return headers.first(HeaderNames.CACHE_CONTROL).map(FetchStatusListWithWebClient::maxAge).orElse(0L);
    }

    static long maxAge(String cacheControl) {
        long maxAge = 0;
        for (String directive : cacheControl.split(",")) {
            String d = directive.strip().toLowerCase(Locale.ROOT);
            if (d.equals("no-store") || d.equals("no-cache")) {
                return 0; // whatever else it says, every use must be revalidated
            }
            if (d.startsWith("max-age=")) {
                maxAge = seconds(d.substring("max-age=".length()).replace("\"", ""));
            }
        }
        return maxAge;
    }

    /** {@code stale-if-error} (RFC 5861 §4) from {@code Cache-Control}; -1 when absent or unreadable. */
    static long staleIfError(ClientResponseHeaders headers) {
        return headers.first(HeaderNames.CACHE_CONTROL).map(FetchStatusListWithWebClient::staleIfError).orElse(-1L);
    }

    static long staleIfError(String cacheControl) {
        for (String directive : cacheControl.split(",")) {
            String d = directive.strip().toLowerCase(Locale.ROOT);
            if (d.startsWith("stale-if-error=")) {
                String value = d.substring("stale-if-error=".length()).replace("\"", "").strip();
                return value.chars().allMatch(Character::isDigit) && !value.isEmpty() && value.length() < 12
                        ? Long.parseLong(value) : -1;
            }
        }
        return -1;
    }

    private static long age(ClientResponseHeaders headers) {
        return headers.first(HeaderNames.AGE).map(FetchStatusListWithWebClient::seconds).orElse(0L);
    }

    private static long seconds(String value) {
        try {
            return Math.max(0, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof InterruptedIOException) {
                return true; // SocketTimeoutException and HttpTimeoutException included
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
