package org.openpathways.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.shared.command.CommandRunner;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotation over a table made for the test and declared as two {@link EncryptedColumn}s (text and bytea), plus an
 * {@link EncryptedStore} kept in memory. Small batches, so that the values span several of them.
 */
@IntegrationTest
@Import(KeyRotationTest.Probe.class)
@TestPropertySource(properties = "openpathways.crypto.rotation-batch-size=7")
class KeyRotationTest {

    static final String SECRET = "rotation_probe.secret";
    static final String SCAN = "rotation_probe.scan";

    @TestConfiguration(proxyBeanMethods = false)
    static class Probe {

        @Bean
        EncryptedColumn probeSecret() {
            return new EncryptedColumn("rotation_probe", "id", "secret");
        }

        @Bean
        EncryptedColumn probeScan() {
            return new EncryptedColumn("rotation_probe", "id", "scan");
        }

        @Bean
        InMemoryEncryptedStore probeStore() {
            return new InMemoryEncryptedStore();
        }

        @Bean
        @Primary
        InterferingColumns interferingColumns(JdbcClient jdbc) {
            return new InterferingColumns(jdbc);
        }
    }

    @Autowired
    KeyRotation rotation;

    @Autowired
    AesGcmFieldEncryption encryption;

    @Autowired
    CryptoProperties properties;

    @Autowired
    InMemoryEncryptedStore store;

    @Autowired
    InterferingColumns columns;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CommandRunner commands;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void freshProbeTable() {
        jdbc.sql("create table if not exists rotation_probe (id bigint primary key, secret text, scan bytea)")
                .update();
        jdbc.sql("delete from rotation_probe").update();
        store.clear();
        columns.interfereWith(null);
    }

    @Test
    void everyValueIsReencryptedStaysReadableAndTheOldKeyIsDropped() throws Exception {
        String oldKey = encryption.keyRing().activeKeyId();
        long values = insertProbeRows(20);
        store.put("document-1", encryption.encrypt(bytes("scan of document-1"), "documents.content"));

        KeyRotationResult result = rotation.rotate();

        String newKey = result.activeKeyId();
        assertThat(newKey).isNotEqualTo(oldKey).isEqualTo(encryption.keyRing().activeKeyId());
        assertThat(result.reencrypted()).isEqualTo(values + 1);
        assertThat(result.unreadable()).isZero();
        assertThat(result.removedKeys()).containsExactly(oldKey);
        assertThat(result.keptKeys()).isEmpty();
        for (long id = 1; id <= 20; id++) {
            assertThat(keyOfSecret(id)).isEqualTo(newKey);
            assertThat(encryption.decrypt(secret(id), SECRET)).isEqualTo(plainSecret(id));
            byte[] scan = scan(id);
            if (scan != null) {
                assertThat(AesGcmFieldEncryption.keyIdOf(scan)).isEqualTo(newKey);
                assertThat(encryption.decrypt(scan, SCAN)).isEqualTo(bytes(plainScan(id)));
            }
        }
        assertThat(encryption.decrypt(store.get("document-1"), "documents.content"))
                .isEqualTo(bytes("scan of document-1"));
        assertThat(KeyRing.load(properties.keyFile()).keyIds()).containsExactly(newKey);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(properties.keyFile())))
                .isEqualTo("rw-------");
        assertThat(rotation.usage().keys()).containsExactly(new KeyUsage.Key(newKey, values + 1, true, true));
    }

    @Test
    void theRawRowsHoldNoPlaintext() {
        insertProbeRows(10);

        rotation.rotate();

        List<String> raw = jdbc.sql(
                        "select coalesce(secret, '') || encode(coalesce(scan, ''::bytea), 'escape') from rotation_probe")
                .query(String.class)
                .list();
        assertThat(raw)
                .hasSize(10)
                .allSatisfy(row -> assertThat(row).doesNotContain("Amina").doesNotContain("PASSPORT"));
    }

    @Test
    void theRotationIsAuditedWithCountsOnly() {
        insertProbeRows(3);

        KeyRotationResult result = rotation.rotate();

        var entry = jdbc.sql("select * from audit_entry where action = 'crypto.keys-rotated' order by sequence desc"
                        + " limit 1")
                .query()
                .singleRow();
        assertThat(entry.get("record_id")).isEqualTo(result.activeKeyId());
        assertThat((String) entry.get("details"))
                .contains("\"reencrypted\":\"" + result.reencrypted() + "\"")
                .contains("\"removed-keys\":\"" + String.join(" ", result.removedKeys()) + "\"")
                .doesNotContain("Amina");
    }

    @Test
    void aValueChangedDuringTheRotationIsReadAgainAndRedone() {
        insertProbeRows(10);
        AesGcmFieldEncryption before = new AesGcmFieldEncryption(encryption.keyRing());
        columns.interfereWith(new InterferingColumns.Change(3L, before.encrypt("changed meanwhile", SECRET)));

        KeyRotationResult result = rotation.rotate();

        assertThat(result.changedMeanwhile()).isEqualTo(1);
        assertThat(keyOfSecret(3)).isEqualTo(result.activeKeyId());
        assertThat(encryption.decrypt(secret(3), SECRET)).isEqualTo("changed meanwhile");
        assertThat(result.removedKeys()).hasSize(1);
    }

    @Test
    void anOldKeyIsKeptWhileATransactionFromBeforeTheRotationIsOpen() throws Exception {
        insertProbeRows(5);
        String oldKey = encryption.keyRing().activeKeyId();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> older = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            jdbc.sql("select 1").query(Integer.class).single();
            started.countDown();
            await(release);
        }));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

        KeyRotationResult first;
        try {
            first = rotation.rotate();
        } finally {
            release.countDown();
            older.get(30, TimeUnit.SECONDS);
        }

        assertThat(first.keptKeys()).containsExactly(oldKey);
        assertThat(first.removedKeys()).isEmpty();
        assertThat(KeyRing.load(properties.keyFile()).keyIds()).contains(oldKey);

        KeyRotationResult second = rotation.rotate();

        assertThat(second.removedKeys()).containsExactlyInAnyOrder(oldKey, first.activeKeyId());
        assertThat(encryption.decrypt(secret(1), SECRET)).isEqualTo(plainSecret(1));
    }

    @Test
    void aKeyStillUsedByAnUnreadableValueIsKept() {
        long values = insertProbeRows(2);
        String oldKey = encryption.keyRing().activeKeyId();
        String damaged = encryption.encrypt("damaged", SECRET);
        damaged = damaged.substring(0, damaged.length() - 2) + (damaged.endsWith("A") ? "BB" : "AA");
        jdbc.sql("insert into rotation_probe (id, secret) values (99, ?)")
                .param(damaged)
                .update();

        KeyRotationResult result = rotation.rotate();

        assertThat(result.unreadable()).isEqualTo(1);
        assertThat(result.keptKeys()).containsExactly(oldKey);
        assertThat(secret(99)).isEqualTo(damaged);
        assertThat(rotation.usage().keys())
                .contains(new KeyUsage.Key(oldKey, 1, false, true))
                .contains(new KeyUsage.Key(result.activeKeyId(), values, true, true));
    }

    @Test
    void theRotateKeysCommandRotates() throws Exception {
        insertProbeRows(3);
        String oldKey = encryption.keyRing().activeKeyId();

        commands.run(new DefaultApplicationArguments("rotate-keys"));

        assertThat(commands.getExitCode()).isZero();
        assertThat(encryption.keyRing().keyIds()).doesNotContain(oldKey).hasSize(1);
    }

    @Test
    void administratorsSeeKeyIdsAndCountsButNeverKeyMaterial() throws Exception {
        insertProbeRows(4);
        Properties keyFile = new Properties();
        try (var reader = Files.newBufferedReader(properties.keyFile())) {
            keyFile.load(reader);
        }
        var admin = user(UUID.randomUUID().toString()).roles("ADMIN");

        String page = mvc.perform(get("/admin/keys").with(admin).param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains(encryption.keyRing().activeKeyId()).contains("Encryption keys");
        for (String name : keyFile.stringPropertyNames()) {
            if (!name.equals("active")) {
                assertThat(page).doesNotContain(keyFile.getProperty(name));
            }
        }
        mvc.perform(get("/api/v1/admin/keys").with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.activeKeyId").value(encryption.keyRing().activeKeyId()))
                .andExpect(jsonPath("$.keys[0].values").value(8))
                .andExpect(content().string(Matchers.not(Matchers.containsString(keyFile.getProperty("index")))));
    }

    @Test
    void administratorsRotateFromThePageAndTheApi() throws Exception {
        var admin = user(UUID.randomUUID().toString()).roles("ADMIN");
        String first = encryption.keyRing().activeKeyId();

        mvc.perform(post("/admin/keys/rotation").with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/keys"))
                .andExpect(flash().attributeExists("rotation"));
        String second = encryption.keyRing().activeKeyId();
        mvc.perform(post("/api/v1/admin/keys/rotations").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.removedKeys[0]").value(second));

        assertThat(second).isNotEqualTo(first);
        assertThat(encryption.keyRing().activeKeyId()).isNotIn(first, second);
    }

    @Test
    void onlyAdministratorsReachTheKeys() throws Exception {
        String active = encryption.keyRing().activeKeyId();
        for (String role : new String[] {"AUDITOR", "CASEWORKER", "APPLICANT"}) {
            var someone = user(UUID.randomUUID().toString()).roles(role);
            mvc.perform(get("/admin/keys").with(someone)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/keys/rotation").with(someone).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/admin/keys/rotations").with(someone).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/admin/keys/rotations").with(csrf())).andExpect(status().isUnauthorized());
        assertThat(encryption.keyRing().activeKeyId()).isEqualTo(active);
        assertThat(encryption.keyRing().keyIds()).isEqualTo(Set.of(active));
    }

    /** Inserts rows 1..n; every fifth has no scan. Returns how many encrypted values were stored. */
    private long insertProbeRows(int n) {
        long values = 0;
        for (long id = 1; id <= n; id++) {
            byte[] scan = id % 5 == 0 ? null : encryption.encrypt(bytes(plainScan(id)), SCAN);
            jdbc.sql("insert into rotation_probe (id, secret, scan) values (?, ?, ?)")
                    .params(id, encryption.encrypt(plainSecret(id), SECRET), scan)
                    .update();
            values += scan == null ? 1 : 2;
        }
        return values;
    }

    private static String plainSecret(long id) {
        return "Amina Diallo " + id;
    }

    private static String plainScan(long id) {
        return "PASSPORT-X" + id;
    }

    private String secret(long id) {
        return jdbc.sql("select secret from rotation_probe where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private String keyOfSecret(long id) {
        return AesGcmFieldEncryption.keyIdOf(secret(id));
    }

    private byte[] scan(long id) {
        return jdbc.sql("select scan from rotation_probe where id = ?")
                .param(id)
                .query((row, number) -> row.getBytes(1))
                .list()
                .get(0);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
