package org.openpathways.shared.crypto;

/**
 * Declares a column that holds values encrypted by {@link FieldEncryption} with the context {@code table.column}, so
 * that key rotation can re-encrypt it. Modules publish one bean per encrypted column.
 *
 * @param table the table
 * @param idColumn the table's primary-key column
 * @param column the encrypted column (text holding {@link FieldEncryption#encrypt(String, String)} output, or bytea)
 */
public record EncryptedColumn(String table, String idColumn, String column) {

    public EncryptedColumn {
        for (String name : new String[] {table, idColumn, column}) {
            if (!name.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
            }
        }
    }

    public String context() {
        return table + "." + column;
    }
}
