package org.openpathways.documents;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What later modules will publish, in miniature: an access policy that admits the caseworker assigned to a document
 * for assessing an application, and a retention rule that keeps documents an open case relies on.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DocumentTestPolicies {

    public static final String ASSESSMENT = "application-assessment";

    @Bean
    Assignments assignments() {
        return new Assignments();
    }

    @Bean
    DocumentAccessPolicy assignedCaseworkers(Assignments assignments) {
        return (document, requester, purpose) -> requester.hasRole("CASEWORKER")
                && ASSESSMENT.equals(purpose)
                && assignments.assigned.contains(requester.accountId() + "/" + document.id());
    }

    @Bean
    DocumentRetention openCases(Assignments assignments) {
        return document -> assignments.held.contains(document.id());
    }

    /** Which caseworker works on which document, and which documents an open case holds. */
    public static class Assignments {

        private final Set<String> assigned = ConcurrentHashMap.newKeySet();
        private final Set<DocumentId> held = ConcurrentHashMap.newKeySet();

        public void assign(UUID caseworker, DocumentId document) {
            assigned.add(caseworker + "/" + document);
        }

        public void hold(DocumentId document) {
            held.add(document);
        }
    }
}
