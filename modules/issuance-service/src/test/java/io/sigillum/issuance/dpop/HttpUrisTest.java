package io.sigillum.issuance.dpop;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HttpUrisTest {

    @ParameterizedTest
    @CsvSource({
            "HTTPS://Server.Example.COM/token, https://server.example.com/token",
            "https://server.example.com:443/token, https://server.example.com/token",
            "http://server.example.com:80/token, http://server.example.com/token",
            "https://server.example.com:8443/token, https://server.example.com:8443/token",
            "https://server.example.com, https://server.example.com/",
            "https://server.example.com?x=1#f, https://server.example.com/",
            "https://server.example.com/a%2fb, https://server.example.com/a%2Fb",
            "https://server.example.com/%7Euser/%41, https://server.example.com/~user/A",
            "https://server.example.com/a/./b/../c, https://server.example.com/a/c",
            "https://server.example.com/a/b/.., https://server.example.com/a/",
            "https://server.example.com/../a, https://server.example.com/a",
            "https://[2001:DB8::1]:443/token, https://[2001:db8::1]/token",
    })
    void normalizesAsRfc3986Section6Says(String uri, String normal) {
        assertEquals(normal, HttpUris.normalize(uri));
        assertEquals(normal, HttpUris.normalize(URI.create(uri)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://server.example.com/token", "/token", "mailto:a@example.com", "https:token", "https://", "a b"})
    void refusesWhatIsNotAnAbsoluteHttpUri(String uri) {
        assertThrows(IllegalArgumentException.class, () -> HttpUris.normalize(uri));
    }

    @Test
    void keepsEmptySegmentsAndTrailingSlashes() {
        assertEquals("/a//b/", HttpUris.removeDotSegments("/a//b/"));
        assertEquals("/", HttpUris.removeDotSegments("/."));
    }
}
