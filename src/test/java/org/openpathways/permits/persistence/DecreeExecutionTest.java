package org.openpathways.permits.persistence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpathways.permits.ExtensionDecrees;

class DecreeExecutionTest {

    @Test
    void theExecutionIsOneStatementThatUpdatesAndWritesHistoryInTheDatabase() {
        String statement = DecreeExecution.EXECUTE.strip();

        assertThat(statement).startsWith("with selected as (").doesNotContain(";");
        assertThat(statement).containsOnlyOnce("update permits_permit p");
        assertThat(statement).containsOnlyOnce("insert into permits_permit_history");
        assertThat(statement).contains("version = p.version + 1").contains("for update of p");
    }

    @Test
    void decreesNeverLoadPermitsIntoTheHeap() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.openpathways.permits");

        noClasses()
                .that()
                .haveNameMatching(ExtensionDecrees.class.getName() + ".*")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(PermitRecords.class, StoredPermit.class)
                .check(classes);
    }

    @Test
    void arrayLiteralsTakeCodesOnly() {
        assertThat(DecreeExecution.arrayLiteral(List.of("UZB", "UZ"))).isEqualTo("{UZB,UZ}");
        assertThatThrownBy(() -> DecreeExecution.arrayLiteral(List.of("a}, {b")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
