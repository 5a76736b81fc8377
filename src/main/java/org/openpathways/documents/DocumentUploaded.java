package org.openpathways.documents;

import java.util.UUID;

/** Someone uploaded a document, which passed every check and is now stored. */
public record DocumentUploaded(DocumentId document, UUID owner, DocumentPurpose purpose, DocumentType type) {}
