package org.openpathways.cases.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.openpathways.shared.crypto.EncryptedColumn;
import org.openpathways.shared.crypto.FieldEncryption;
import org.springframework.stereotype.Component;

/**
 * Migration 114: encrypts the case-management texts written in plain text before migration 113 (task titles,
 * ownership reasons, approval subjects and comments, transfer and decline reasons), in the migration's transaction, so
 * that no request ever reads one of them unsealed. A value that is already a ciphertext is left alone; running it
 * again changes nothing. It needs the key ring, so it is Java, found by Flyway as a bean.
 */
@Component
class CaseManagementTextSealing implements JavaMigration {

    private static final Pattern CIPHERTEXT = Pattern.compile("v1:[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+");

    private final FieldEncryption encryption;

    CaseManagementTextSealing(FieldEncryption encryption) {
        this.encryption = encryption;
    }

    /** Seals every plain-text value of the sealed columns on this connection; returns how many per column. */
    Map<EncryptedColumn, Integer> seal(Connection connection) throws SQLException {
        Map<EncryptedColumn, Integer> sealed = new LinkedHashMap<>();
        for (EncryptedColumn column : CaseManagementEncryptedColumns.TEXTS) {
            sealed.put(column, seal(connection, column));
        }
        return sealed;
    }

    private int seal(Connection connection, EncryptedColumn column) throws SQLException {
        String select = "select " + column.idColumn() + ", " + column.column() + " from " + column.table() + " where "
                + column.column() + " is not null";
        String update = "update " + column.table() + " set " + column.column() + " = ? where " + column.idColumn()
                + " = ? and " + column.column() + " = ?";
        int count = 0;
        try (PreparedStatement rows = connection.prepareStatement(select);
                ResultSet rs = rows.executeQuery();
                PreparedStatement replace = connection.prepareStatement(update)) {
            while (rs.next()) {
                String value = rs.getString(2);
                if (sealed(value)) {
                    continue;
                }
                replace.setString(1, encryption.encrypt(value, column.context()));
                replace.setObject(2, rs.getObject(1));
                replace.setString(3, value);
                count += replace.executeUpdate();
            }
        }
        return count;
    }

    /**
     * Whether a value is already a ciphertext: {@code v1:<key id>:<base64>}, which no text a person wrote looks like.
     * It is not decrypted: a value under a key this ring no longer holds must stay as it is, not be encrypted again.
     */
    static boolean sealed(String value) {
        return CIPHERTEXT.matcher(value).matches();
    }

    @Override
    public void migrate(Context context) throws Exception {
        seal(context.getConnection());
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("114");
    }

    @Override
    public String getDescription() {
        return "case management texts sealed";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
