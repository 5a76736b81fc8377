package org.openpathways.documents;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the documents module.
 *
 * @param folder where document files are kept; {@code <openpathways.data-dir>/documents} when not set
 * @param maxSize the largest document accepted; keep {@code spring.servlet.multipart.max-file-size} at least as large
 * @param maxPerOwner how many documents one person may keep at a time, so that nobody can fill the disk
 */
@ConfigurationProperties("openpathways.documents")
record DocumentsProperties(
        @Nullable Path folder,
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue("100") int maxPerOwner) {}
