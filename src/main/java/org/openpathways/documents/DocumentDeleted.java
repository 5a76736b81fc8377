package org.openpathways.documents;

import java.util.UUID;

/** An owner deleted a document: its content is gone and it can no longer be read. */
public record DocumentDeleted(DocumentId document, UUID owner) {}
