package io.sigillum.platform.outbound;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.Supplier;

/**
 * A bearer token this service shows another one, read from a file that the deployment renews
 * (a mounted secret, or the dev stack's file); read again when it changes.
 */
public final class TokenFile implements Supplier<String> {

    private record Read(FileTime modified, String token) {
    }

    private final Path file;
    private volatile Read last;

    /** @param file the token file's path */
    public TokenFile(String file) {
        this.file = Path.of(file);
    }

    @Override
    public String get() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            Read read = last;
            if (read == null || !read.modified().equals(modified)) {
                read = new Read(modified, Files.readString(file).strip());
                last = read;
            }
            return read.token();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token file " + file.getFileName(), e);
        }
    }
}
