package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables derived from the model. The expected names are written here from the issue's list
 * of aggregates (practice, practitioners, patients/beneficiaries, insured, AMO/AMC coverages,
 * prescriptions, invoices and lines, lots, transmission files, acks, return files, payments and
 * lines, retenues, rejects, attachments, concentrators) and the V002 migration.
 */
class ModelMappingTest {

    @TempDir
    Path dir;

    @Test
    void everyAggregateAndEntityOfTheIssueHasItsTable() {
        ModelMapping mapping = TestStores.mapping();
        Set<String> tables = new TreeSet<>();
        mapping.tables().values().forEach(t -> tables.add(t.table));

        assertEquals(new TreeSet<>(List.of("PRACTICE", "PRACTITIONER", "PATIENT", "INSURED", "BENEFICIARY", "AMO_COVERAGE",
                "WORK_ACCIDENT", "AMC_COVERAGE", "AMC_ATTESTATION", "PRESCRIPTION", "INVOICE", "INVOICE_LINE", "FORCING",
                "ATTACHMENT", "LOT", "TRANSMISSION_FILE", "ACK", "RETURN_FILE", "REJECT", "PAYMENT", "PAYMENT_LINE", "RETENUE",
                "CONCENTRATOR")), tables);
        Set<String> roots = new TreeSet<>();
        mapping.roots().values().forEach(t -> roots.add(t.table));
        assertEquals(new TreeSet<>(List.of("PRACTICE", "PRACTITIONER", "PATIENT", "INVOICE", "LOT", "RETURN_FILE", "PAYMENT",
                "CONCENTRATOR")), roots);
    }

    @Test
    void columnsFollowTheNamingRules() {
        ModelMapping mapping = TestStores.mapping();
        TableMap invoice = table(mapping, "INVOICE");
        List<String> columns = invoice.allColumns();
        assertTrue(columns.containsAll(List.of("ID", "VERSION", "PRACTITIONER_ID", "NUMBER", "CARE_DATE", "TOTAL_FEES_CENTS",
                "BENEFICIARY_ID", "LOT_ID", "RECYCLED_AS_ID")), columns.toString());
        assertTrue(table(mapping, "INVOICE_LINE").allColumns().containsAll(List.of("INVOICE_ID", "POSITION", "UNIT_PRICE_CENTS")));
        assertTrue(table(mapping, "PRACTITIONER").allColumns().containsAll(List.of("CPS_SERIAL_NUMBER", "SETTINGS_ADRI_MODE",
                "SETTINGS_CONCENTRATOR_ID")), "one-to-one values are flattened");
        assertTrue(table(mapping, "AMO_COVERAGE").allColumns().containsAll(List.of("EXEMPTION_PERIOD_FROM", "EXEMPTION_PERIOD_TO",
                "RIGHTS_PERIODS")));
        assertTrue(table(mapping, "FORCING").allColumns().containsAll(List.of("FORCED_AT", "FORCED_BY", "FORCING_INDICATOR")),
                "Derby's reserved words are avoided");
        assertTrue(table(mapping, "AMC_ATTESTATION").allColumns().contains("AMC_COVERAGE_ID"));
        assertEquals(List.of("RETURN_FILE_PAYMENT"), mapping.joins().stream().map(TableMap.Join::table).toList());
        assertEquals("INVOICE", table(mapping, "LOT").inverses.get(0).source().table, "Lot.invoices is read from INVOICE.LOT_ID");
        assertTrue(table(mapping, "PRACTICE").children.isEmpty(), "the audit entries are not stored with the practice");
    }

    private static TableMap table(ModelMapping mapping, String name) {
        return mapping.tables().values().stream().filter(t -> t.table.equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theMigratedSchemaFitsTheModelAndAMissingColumnIsFound() throws Exception {
        ModelMapping mapping = TestStores.mapping();
        try (EmbeddedDerby derby = new EmbeddedDerby(dir.resolve("db"))) {
            try (Connection c = derby.connect()) {
                new MigrationRunner(c).migrate(EmbeddedDerby.shippedMigrations());
                assertEquals(List.of(), SchemaCheck.missing(c, mapping));
                try (Statement st = c.createStatement()) {
                    st.execute("ALTER TABLE INVOICE_LINE DROP COLUMN LPP_CODE");
                }
                assertEquals(List.of("INVOICE_LINE.LPP_CODE"), SchemaCheck.missing(c, mapping));
            }
        }
    }
}
