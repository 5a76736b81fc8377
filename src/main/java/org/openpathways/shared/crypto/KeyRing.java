package org.openpathways.shared.crypto;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encryption keys: data keys by id (one of them active for new values) and the key of the blind indexes.
 *
 * <p>The file is a properties file: {@code active=<id>}, {@code data.<id>=<base64 AES-256 key>} and
 * {@code index=<base64 HMAC key>}. It is written with owner-only permissions.
 */
public final class KeyRing {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKey> dataKeys;
    private final String activeKeyId;
    private final SecretKey indexKey;

    KeyRing(Map<String, SecretKey> dataKeys, String activeKeyId, SecretKey indexKey) {
        if (!dataKeys.containsKey(activeKeyId)) {
            throw new IllegalStateException("The key ring names an active key it does not hold: " + activeKeyId);
        }
        this.dataKeys = Map.copyOf(dataKeys);
        this.activeKeyId = activeKeyId;
        this.indexKey = indexKey;
    }

    public static KeyRing load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("The key ring " + file + " could not be read", e);
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("data.")) {
                keys.put(name.substring("data.".length()), aesKey(properties.getProperty(name)));
            }
        }
        String active = properties.getProperty("active");
        String index = properties.getProperty("index");
        if (active == null || index == null || keys.isEmpty()) {
            throw new IllegalStateException("The key ring " + file + " lacks an active data key or an index key");
        }
        return new KeyRing(keys, active, new SecretKeySpec(Base64.getDecoder().decode(index), "HmacSHA256"));
    }

    public static KeyRing generate() {
        String id = newKeyId();
        return new KeyRing(Map.of(id, newAesKey()), id, new SecretKeySpec(randomBytes(32), "HmacSHA256"));
    }

    /** A key ring with one more data key, which becomes the active one; older keys stay for reading. */
    public KeyRing withNewActiveKey() {
        Map<String, SecretKey> keys = new LinkedHashMap<>(dataKeys);
        String id = newKeyId();
        keys.put(id, newAesKey());
        return new KeyRing(keys, id, indexKey);
    }

    /** The key ring without data keys other than the active one, once nothing encrypted with them remains. */
    public KeyRing withoutRetiredKeys() {
        return new KeyRing(Map.of(activeKeyId, dataKeys.get(activeKeyId)), activeKeyId, indexKey);
    }

    /** The key ring without these data keys; the active key cannot be removed. */
    public KeyRing withoutKeys(Set<String> retired) {
        if (retired.contains(activeKeyId)) {
            throw new IllegalArgumentException("The active key cannot be removed");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>(dataKeys);
        keys.keySet().removeAll(retired);
        return new KeyRing(keys, activeKeyId, indexKey);
    }

    /**
     * Writes the key ring atomically (a new file, flushed to disk, then renamed over the old one), readable and
     * writable by its owner only. A folder it has to create is made accessible to its owner only.
     */
    public void save(Path file) {
        Properties properties = new Properties();
        properties.setProperty("active", activeKeyId);
        properties.setProperty("index", Base64.getEncoder().encodeToString(indexKey.getEncoded()));
        dataKeys.forEach((id, key) ->
                properties.setProperty("data." + id, Base64.getEncoder().encodeToString(key.getEncoded())));
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder.getParent());
                Files.createDirectory(folder);
                if (posix) {
                    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                }
            }
            Path temporary = Files.createTempFile(folder, "keyring", ".tmp");
            try {
                if (posix) {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                }
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                        Writer writer = Channels.newWriter(channel, StandardCharsets.UTF_8)) {
                    properties.store(
                            writer, "OpenPathways encryption keys. Keep secret; back up separately from the data.");
                    writer.flush();
                    channel.force(true);
                }
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The key ring " + file + " could not be written", e);
        }
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    public Set<String> keyIds() {
        return dataKeys.keySet();
    }

    SecretKey activeKey() {
        return dataKeys.get(activeKeyId);
    }

    SecretKey dataKey(String id) {
        SecretKey key = dataKeys.get(id);
        if (key == null) {
            throw new FieldDecryptionException("No key " + id + " in the key ring");
        }
        return key;
    }

    SecretKey indexKey() {
        return indexKey;
    }

    private static SecretKey aesKey(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length != 32) {
            throw new IllegalStateException("A data key must be 256 bits long");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static SecretKey newAesKey() {
        return new SecretKeySpec(randomBytes(32), "AES");
    }

    private static String newKeyId() {
        return "k"
                + java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString().replace("-", "") + "-"
                + java.util.HexFormat.of().formatHex(randomBytes(3));
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
