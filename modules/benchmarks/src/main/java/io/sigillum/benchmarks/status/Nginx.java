package io.sigillum.benchmarks.status;

import io.sigillum.benchmarks.service.ServiceProcess;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * nginx in the foreground with a configuration of its own, serving one file on a loopback port:
 * the baseline a static file server sets for the same bytes. Two workers, one per core, access
 * log off, as a tuned deployment would run it.
 */
final class Nginx implements AutoCloseable {

    private final Process process;
    private final URI uri;

    private Nginx(Process process, URI uri) {
        this.process = process;
        this.uri = uri;
    }

    /** @param directory an empty directory of its own: it is made readable to nginx's workers, which drop root */
    static Nginx serve(Path directory, byte[] body, String contentType) throws IOException, InterruptedException {
        Path root = Files.createDirectories(directory.resolve("root"));
        Files.write(root.resolve("token"), body);
        for (Path path : List.of(directory, root)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.setPosixFilePermissions(root.resolve("token"), PosixFilePermissions.fromString("rw-r--r--"));
        int port = ServiceProcess.freePort();
        Path conf = directory.resolve("nginx.conf");
        Files.writeString(conf, """
                daemon off;
                worker_processes 2;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/tmp;
                    proxy_temp_path %1$s/tmp;
                    fastcgi_temp_path %1$s/tmp;
                    uwsgi_temp_path %1$s/tmp;
                    scgi_temp_path %1$s/tmp;
                    keepalive_requests 1000000;
                    server {
                        listen 127.0.0.1:%2$d;
                        root %3$s;
                        location = /token { default_type %4$s; add_header Cache-Control "max-age=300"; }
                    }
                }
                """.formatted(directory.toAbsolutePath(), port, root.toAbsolutePath(), contentType));
        Files.createDirectories(directory.resolve("tmp"));
        Process process = new ProcessBuilder("nginx", "-p", directory.toAbsolutePath().toString(), "-c", conf.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("nginx.out").toFile()).start();
        for (int i = 0; i < 100; i++) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return new Nginx(process, URI.create("http://127.0.0.1:" + port + "/token"));
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("nginx exited: " + Files.readString(directory.resolve("nginx.out")));
                }
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("nginx did not listen on " + port);
    }

    URI uri() {
        return uri;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
