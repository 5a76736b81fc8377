package org.openpathways.platform.api.probe;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Creates the probe's table once the migrations have run (it is not part of the product's schema). */
@Component
class NoteProbeTable implements ApplicationRunner {

    private final JdbcClient jdbc;

    NoteProbeTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        jdbc.sql("""
                        create table if not exists test_probe_note
                        (
                            id       bigint generated always as identity primary key,
                            topic    text   not null,
                            text     text   not null,
                            priority int    not null,
                            version  bigint not null,
                            label    text unique
                        )
                        """).update();
    }
}
