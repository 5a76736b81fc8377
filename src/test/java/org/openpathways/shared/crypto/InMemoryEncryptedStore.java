package org.openpathways.shared.crypto;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Stands for encrypted files: items encrypted with {@link FieldEncryption}, kept outside any declared column. */
class InMemoryEncryptedStore implements EncryptedStore {

    private static final String CONTEXT = "documents.content";

    private final Map<String, byte[]> items = new ConcurrentHashMap<>();

    void put(String name, byte[] encrypted) {
        items.put(name, encrypted);
    }

    byte[] get(String name) {
        return items.get(name);
    }

    void clear() {
        items.clear();
    }

    @Override
    public String name() {
        return "test documents";
    }

    @Override
    public Map<String, Long> keyUsage() {
        return items.values().stream()
                .collect(Collectors.groupingBy(AesGcmFieldEncryption::keyIdOf, TreeMap::new, Collectors.counting()));
    }

    @Override
    public long reencrypt(FieldEncryption encryption, String activeKeyId) {
        long done = 0;
        for (var item : items.entrySet()) {
            if (!activeKeyId.equals(AesGcmFieldEncryption.keyIdOf(item.getValue()))) {
                items.put(item.getKey(), encryption.encrypt(encryption.decrypt(item.getValue(), CONTEXT), CONTEXT));
                done++;
            }
        }
        return done;
    }
}
