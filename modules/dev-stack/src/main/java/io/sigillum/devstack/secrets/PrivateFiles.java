package io.sigillum.devstack.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files that hold secrets so that only the owner can read them (mode 600), and the
 * files that may be shared (certificates, public keys) with the usual mode.
 *
 * <p>The permissions are set when the file is created, not afterwards, so there is no moment
 * when another user could open it; and the file appears under its name only when complete.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /**
     * Writes a secret, readable and writable by the owner only.
     *
     * @param file    where to write
     * @param content the bytes
     */
    public static void writeSecret(Path file, byte[] content) {
        write(file, content, true);
    }

    /**
     * Writes a file others may read (a certificate, a public key).
     *
     * @param file    where to write
     * @param content the bytes
     */
    public static void writePublic(Path file, byte[] content) {
        write(file, content, false);
    }

    /**
     * Creates a directory (and its parents) that only the owner may enter.
     *
     * @param directory the directory
     */
    public static void createPrivateDirectory(Path directory) {
        try {
            if (POSIX) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
            } else {
                Files.createDirectories(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }

    /** @return whether this file system has POSIX permissions (it does on Linux and macOS) */
    public static boolean posix() {
        return POSIX;
    }

    private static void write(Path file, byte[] content, boolean secret) {
        Path directory = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
            Path partial = createTemp(directory, file.getFileName().toString(), secret);
            try {
                Files.write(partial, content);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static Path createTemp(Path directory, String name, boolean secret) throws IOException {
        Path partial = directory.resolve("." + name + ".partial");
        Files.deleteIfExists(partial);
        try {
            if (POSIX && secret) {
                FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
                return Files.createFile(partial, mode);
            }
            return Files.createFile(partial);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("another process is writing " + directory.resolve(name), e);
        }
    }
}
