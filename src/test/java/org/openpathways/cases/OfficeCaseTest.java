package org.openpathways.cases;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.openpathways.accounts.Role;
import org.openpathways.cases.CaseFixtures.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the case-management tests start from: an office of the migration authority with a caseworker and a supervisor,
 * and a case the caseworker opened for an adult met at the consulate.
 */
abstract class OfficeCaseTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cases cases;

    @Autowired
    TransactionTemplate transactions;

    CaseFixtures fixtures;
    UUID authority;
    Member caseworker;
    Member supervisor;
    CaseFile file;

    @BeforeEach
    void aCaseOfTheMigrationAuthority() {
        fixtures = new CaseFixtures(jdbc);
        authority = fixtures.anOrganisation();
        caseworker = fixtures.aMember(authority, Role.CASEWORKER);
        supervisor = fixtures.aMember(authority, Role.SUPERVISOR);
        file = transactions.execute(status -> cases.open(caseworker.actor(), CaseFixtures.anAdultAtTheConsulate()));
    }
}
