package org.openpathways.applications;

import org.openpathways.applications.persistence.ApplicationRecords;
import org.openpathways.documents.DocumentAccessPolicy;
import org.openpathways.documents.DocumentMetadata;
import org.openpathways.documents.DocumentRetention;
import org.openpathways.documents.Requester;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the documents module must know about applications: a document attached to a submitted application is kept
 * until the application is done with, and the caseworker assigned to that application may read it to assess it.
 */
@Component
class ApplicationDocuments implements DocumentRetention, DocumentAccessPolicy {

    private final ApplicationRecords records;

    ApplicationDocuments(ApplicationRecords records) {
        this.records = records;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean retains(DocumentMetadata document) {
        return records.attachedToSubmitted(document.id().value());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean permitsReading(DocumentMetadata document, Requester requester, String purpose) {
        return Applications.ASSESSMENT.equals(purpose)
                && requester.hasRole("CASEWORKER")
                && records.assigneesOf(document.id().value()).contains(requester.accountId());
    }
}
