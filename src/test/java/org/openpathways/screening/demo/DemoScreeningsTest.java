package org.openpathways.screening.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** The demo data, loaded at start in demo mode, covers every rating and every stage of a child's case, once. */
@IntegrationTest
@TestPropertySource(properties = {"openpathways.demo.enabled=true", "openpathways.mail.embedded=false"})
class DemoScreeningsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoScreenings demo;

    @Test
    void screeningsAtEveryRatingAndChildrensCasesAtEveryStageAreLoadedOnce() {
        // Loaded at start; loading again (a restart) adds nothing. Other modules' demos open cases too.
        long cases = count("select count(*) from cases_case");
        long screenings = count("select count(*) from screening_screening");
        demo.run(new DefaultApplicationArguments());

        assertThat(jdbc.sql("select distinct rating from screening_screening order by rating")
                        .query(String.class)
                        .list())
                .containsExactly("HIGH", "LOW", "MEDIUM");
        assertThat(count("select count(*) from screening_child where guardian_due_at < now()"
                        + " and case_id not in (select case_id from screening_guardian)"))
                .isEqualTo(1);
        assertThat(count("select count(*) from screening_child_interview")).isEqualTo(1);
        assertThat(count("select count(*) from screening_panel_member")).isEqualTo(3);
        assertThat(count("select count(*) from screening_screening")).isEqualTo(screenings);
        assertThat(jdbc.sql("select count(*) from cases_case where child")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(count("select count(*) from cases_case")).isEqualTo(cases);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
