package io.sigillum.issuance.source;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An external population register (not a Sigillum component) on a loopback port, answering
 * {@code GET /subjects/<subject>} by the subject's name: {@code ready-*} 200 with attributes,
 * {@code later-*} 202, {@code broken-*} 500, {@code huge-*} an oversized body, anything else 404.
 */
final class RegisterDouble implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    RegisterDouble() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/subjects/", exchange -> {
            requests.incrementAndGet();
            String subject = exchange.getRequestURI().getPath().substring("/subjects/".length());
            int status;
            byte[] body = new byte[0];
            if (subject.startsWith("ready-")) {
                status = 200;
                body = ("{\"given_name\":\"Ada\",\"family_name\":\"Lovelace\",\"asked_for\":\""
                        + exchange.getRequestURI().getQuery() + "\"}").getBytes(StandardCharsets.UTF_8);
            } else if (subject.startsWith("later-")) {
                status = 202;
            } else if (subject.startsWith("broken-")) {
                status = 500;
            } else if (subject.startsWith("huge-")) {
                status = 200;
                body = ("{\"x\":\"" + "a".repeat(People.MAX_ATTRIBUTES_LENGTH) + "\"}").getBytes(StandardCharsets.UTF_8);
            } else {
                status = 404;
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
