package org.openpathways.cases.persistence;

import org.jspecify.annotations.Nullable;
import org.openpathways.shared.crypto.EncryptedColumn;
import org.openpathways.shared.crypto.FieldEncryption;

/** Optional free texts of case management, encrypted with their column's context; absent stays absent. */
final class SealedTexts {

    private SealedTexts() {}

    static @Nullable String seal(FieldEncryption encryption, @Nullable String text, EncryptedColumn column) {
        return text == null ? null : encryption.encrypt(text, column.context());
    }

    static @Nullable String open(FieldEncryption encryption, @Nullable String stored, EncryptedColumn column) {
        return stored == null ? null : encryption.decrypt(stored, column.context());
    }
}
