package org.openpathways.documents.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;

/**
 * Stores each document as one file, {@code <folder>/<first two characters of the key>/<key>}, readable by the
 * application's user only. Keys must be generated ids (lower-case UUIDs): anything else is refused before it can name
 * a path, and every path is checked to lie inside the folder.
 */
public class FileSystemDocumentStorage implements DocumentStorage {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path root;

    public FileSystemDocumentStorage(Path folder) {
        this.root = folder.toAbsolutePath().normalize();
        createPrivateFolder(root);
    }

    public Path root() {
        return root;
    }

    /**
     * Where the key's file lies.
     *
     * @throws IllegalArgumentException when the key is not a generated document key
     */
    public Path pathOf(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a document key");
        }
        Path path = root.resolve(key.substring(0, 2)).resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Not a document key");
        }
        return path;
    }

    @Override
    public void write(String key, byte[] sealed) {
        Path target = pathOf(key);
        Path folder = target.getParent();
        try {
            createPrivateFolder(folder);
            Path temporary = Files.createTempFile(folder, ".incoming-", ".tmp");
            try {
                if (POSIX) {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                }
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    ByteBuffer buffer = ByteBuffer.wrap(sealed);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    // On disk before the metadata that points to it commits.
                    channel.force(true);
                }
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A document could not be stored under " + key, e);
        }
    }

    @Override
    public byte[] read(String key) {
        try {
            return Files.readAllBytes(pathOf(key));
        } catch (NoSuchFileException e) {
            throw new StoredContentMissing(key, e);
        } catch (IOException e) {
            throw new UncheckedIOException("The document under " + key + " could not be read", e);
        }
    }

    @Override
    public byte[] readPrefix(String key, int length) {
        try (var in = Files.newInputStream(pathOf(key))) {
            return in.readNBytes(length);
        } catch (NoSuchFileException e) {
            throw new StoredContentMissing(key, e);
        } catch (IOException e) {
            throw new UncheckedIOException("The document under " + key + " could not be read", e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException("The document under " + key + " could not be deleted", e);
        }
    }

    private static void createPrivateFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            if (POSIX) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The document folder " + folder + " could not be created", e);
        }
    }
}
