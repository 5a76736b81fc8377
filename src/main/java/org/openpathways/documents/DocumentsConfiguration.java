package org.openpathways.documents;

import java.nio.file.Path;
import org.openpathways.documents.persistence.DocumentRecords;
import org.openpathways.documents.storage.DocumentStorage;
import org.openpathways.documents.storage.DocumentVault;
import org.openpathways.documents.storage.FileSystemDocumentStorage;
import org.openpathways.shared.crypto.EncryptedColumn;
import org.openpathways.shared.crypto.FieldEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentsProperties.class)
class DocumentsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DocumentsConfiguration.class);

    /**
     * The servlet container refuses multipart files over its own limit before the documents module sees them; a lower
     * container limit would silently shrink the documents' maximum size, so say so at start.
     */
    DocumentsConfiguration(DocumentsProperties properties, Environment environment) {
        DataSize containerLimit = environment.getProperty(
                "spring.servlet.multipart.max-file-size", DataSize.class, DataSize.ofMegabytes(1));
        if (containerLimit.toBytes() >= 0
                && containerLimit.toBytes() < properties.maxSize().toBytes()) {
            log.warn(
                    "spring.servlet.multipart.max-file-size ({}) is below openpathways.documents.max-size ({});"
                            + " uploads are limited to the smaller size",
                    containerLimit,
                    properties.maxSize());
        }
    }

    @Bean
    DocumentStorage documentStorage(
            DocumentsProperties properties, @Value("${openpathways.data-dir:data}") Path dataFolder) {
        Path folder = properties.folder() != null ? properties.folder() : dataFolder.resolve("documents");
        return new FileSystemDocumentStorage(folder);
    }

    @Bean
    DocumentVault documentVault(DocumentStorage storage, FieldEncryption encryption) {
        return new DocumentVault(storage, encryption);
    }

    @Bean
    EncryptedColumn documentOriginalName() {
        return DocumentRecords.ORIGINAL_NAME;
    }
}
