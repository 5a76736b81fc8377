package org.openpathways.documents;

/**
 * A document's content, decrypted and checked against its recorded SHA-256. Documents are small (see the maximum
 * size), so the content is held in memory.
 */
public record DocumentContent(DocumentMetadata metadata, byte[] bytes) {}
