package io.sigillum.gateway.refusals;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PathTraversalTest {

    @Test
    void dotSegmentsAndHiddenSeparatorsAreRefusedEncodedOrNot() {
        for (String path : List.of("/a/../b", "/a/..", "/..", "/a/./b", "/a/.", "/a/%2e%2e/b", "/a/%2E%2E/b", "/a/.%2e/b",
                "/a/%2e/b", "/a/%252e%252e/b", "/a/%25252e%25252e/b", "/a/b%2fc", "/a/b%2Fc", "/a/b%252fc", "/a\\b",
                "/a/b%5cc", "/a/..;/b", "/a/.;x/b", "/a/b%00", "/a/%zz", "/a/%")) {
            assertTrue(PathTraversal.refused(path), path);
        }
    }

    @Test
    void ordinaryPathsPass() {
        for (String path : List.of("/", "/token", "/credential-offers/7f3a", "/a/..b/c", "/a/b..", "/a/.well-known",
                "/.well-known/openid-credential-issuer", "/a/b%20c", "/a/caf%C3%A9", "/a//b", "/a/b;v=1")) {
            assertFalse(PathTraversal.refused(path), path);
        }
    }
}
