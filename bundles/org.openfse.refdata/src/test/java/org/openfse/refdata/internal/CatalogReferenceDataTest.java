package org.openfse.refdata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openfse.refdata.Organisme;
import org.openfse.refdata.ReferenceData;
import org.openfse.refdata.ReferenceRow;
import org.openfse.refdata.TableVersion;

/**
 * Lookups on the real packaged rows. Each test names the file and its line (line 1 is the header),
 * as {@code grep -n} shows them in refdata/snds-fe17ef8/.
 */
class CatalogReferenceDataTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 28);
    private static final ReferenceData DATA = new CatalogReferenceData();

    @Test
    void everyPackagedTableHasOneVersionWithItsProvenance() {
        List<TableVersion> versions = DATA.versions();
        assertEquals(28, versions.size(), "the 28 CSV files of shared/reference-data/snds");
        for (TableVersion version : versions) {
            assertEquals("snds-fe17ef8", version.version(), version.table());
            assertEquals("MPL-2.0", version.licence(), version.table());
            assertTrue(version.upstream().startsWith("indsante/schema-snds@fe17ef8348aeb74f38c29016f49e65f82a6168b6:"),
                    version.upstream());
            assertEquals(Optional.empty(), version.effectiveFrom(), "first version: applies to every earlier day");
        }
        TableVersion nat = DATA.versionAt("IR_NAT_V", DAY).orElseThrow();
        // README provenance table: IR_NAT_V.csv, last changed upstream 20ebd33 2020-07-26, blob 04cda70e..., 1,348 rows.
        assertEquals(LocalDate.of(2020, 7, 26), nat.upstreamDate());
        assertEquals("04cda70ecf06211f8ec327a6ca77e7325ca010a4", nat.gitBlob());
        assertEquals(1348, nat.rows());
        assertEquals("nomenclatures/ORAVAL/IR_NAT_V.csv", nat.upstream().substring(nat.upstream().indexOf(':') + 1));
    }

    @Test
    void anActCodeIsFoundWithItsLabel() {
        // IR_NAT_V.csv line 655: 3111;99;AMI;ACTES EN AMI;...;32;;;0
        ReferenceRow ami = DATA.lookup("IR_NAT_V", "3111", DAY).orElseThrow();
        assertEquals(655, ami.line());
        assertEquals("AMI", ami.get("PRS_NAT_CB2"));
        assertEquals(Optional.of("ACTES EN AMI"), ami.label());
        assertEquals("32", ami.get("PRS_NAT_RGT"), "grouping 32: nursing acts");
        assertFalse(ami.technical());
        assertTrue(DATA.lookup("IR_NAT_V", "9999999", DAY).isEmpty());
    }

    @Test
    void aB2CodeIsNotAUniqueKey() {
        // IR_NAT_V.csv line 784: 3510;99;V01;VERRE DE CLASSE A, NEUTRE OU UNIFOCAL SIMPLE
        // IR_NAT_V.csv line 1008: 5121;99;V01;FORFAIT C2S - VERRE DE CLASSE A, NEUTRE OU UNIFOCAL SIMPLE
        List<ReferenceRow> v01 = DATA.find("IR_NAT_V", "PRS_NAT_CB2", "V01", DAY);
        assertEquals(List.of("3510", "5121"), v01.stream().map(ReferenceRow::key).toList());
        assertEquals(List.of(784, 1008), v01.stream().map(ReferenceRow::line).toList());
        assertThrows(IllegalArgumentException.class, () -> DATA.find("IR_NAT_V", "NO_SUCH_COLUMN", "x", DAY));
    }

    @Test
    void aClosedActIsInForceUntilItsClosingDay() {
        // IR_NAT_V.csv line 46: 1133;99;MGE;MAJORATION GENERALISTE ENFANT;...;fermé le 31/12/2017;0
        assertEquals(46, DATA.lookup("IR_NAT_V", "1133", LocalDate.of(2017, 12, 31)).orElseThrow().line());
        assertTrue(DATA.lookup("IR_NAT_V", "1133", LocalDate.of(2018, 1, 1)).isEmpty());
        assertTrue(DATA.find("IR_NAT_V", "PRS_NAT_CB2", "MGE", DAY).isEmpty());
    }

    @Test
    void lppCodesHaveTheirLabelAndEndOfValidity() {
        // NT_LPP.csv line 11359: 7211674;OPTIQUE, MONTURE ADULTE DE CLASSE B,OPAL;;0;A;O;2;2;5;3;...
        ReferenceRow frame = DATA.lookup("NT_LPP", "7211674", DAY).orElseThrow();
        assertEquals(11359, frame.line());
        assertEquals(Optional.of("OPTIQUE, MONTURE ADULTE DE CLASSE B,OPAL"), frame.label());
        assertEquals(Optional.empty(), frame.validTo());
        // NT_LPP.csv line 2550: 2223342;MONTURE , > OU = 18 ANS;01JAN2020:00:00:00;... (end day included)
        ReferenceRow oldFrame = DATA.lookup("NT_LPP", "2223342", LocalDate.of(2020, 1, 1)).orElseThrow();
        assertEquals(2550, oldFrame.line());
        assertEquals(Optional.of(LocalDate.of(2020, 1, 1)), oldFrame.validTo());
        assertTrue(DATA.lookup("NT_LPP", "2223342", LocalDate.of(2020, 1, 2)).isEmpty());
        // README: lens code 7230795 (seed 002) is absent from this snapshot.
        assertTrue(DATA.lookup("NT_LPP", "7230795", DAY).isEmpty());
    }

    @Test
    void datedTariffRowsApplyFromTheirStartDay() {
        // IR_LPP_V.csv line 2479: 2223342;08SEP2003:00:00:00;2.84;0.00
        assertTrue(DATA.lookup("IR_LPP_V", "2223342", LocalDate.of(2003, 9, 7)).isEmpty());
        ReferenceRow tariff = DATA.lookup("IR_LPP_V", "2223342", LocalDate.of(2003, 9, 8)).orElseThrow();
        assertEquals(2479, tariff.line());
        assertEquals("2.84", tariff.get("LPP_TAR"));
        assertEquals(Optional.of(LocalDate.of(2003, 9, 8)), tariff.validFrom());
        assertEquals(Optional.empty(), tariff.label(), "IR_LPP_V has no label column");
    }

    @Test
    void quotedFilesAndCodesWithSpacesAreReadAsTheyAre() {
        // IR_ACT_COD.csv line 3: "A   F";"forfait accouchement simple férié"
        ReferenceRow holiday = DATA.lookup("IR_ACT_COD", "A   F", DAY).orElseThrow();
        assertEquals(3, holiday.line());
        assertEquals(Optional.of("forfait accouchement simple férié"), holiday.label());
        assertTrue(DATA.lookup("IR_ACT_COD", "A F", DAY).isEmpty(), "spaces matter");
    }

    @Test
    void technicalRowsAreMarked() {
        // IR_NAT_V.csv line 2: 0;99;;SANS OBJET;...;2 (TEC_COL 2)
        ReferenceRow none = DATA.lookup("IR_NAT_V", "0", DAY).orElseThrow();
        assertEquals(Optional.of("SANS OBJET"), none.label());
        assertTrue(none.technical());
    }

    @Test
    void anOrganismeHasItsCaisseRegimeAndTypeLabels() {
        // IR_ORG_V.csv line 90: 01C751809;1;36;35;75;11;;01C751;C;075;101;075072;;809;;751;;;;0;0
        // IR_CAI_V.csv line 2017: 01C751;751;CPAM Paris;0;RG;0
        // IR_GRG_V.csv line 2: 1;1;CPAM ET CGSS;REGIME GENERAL;GENERAL;0
        // IR_TYO_V.csv line 6: C;CPAM ET CGSS;0
        Organisme paris = DATA.organisme("01C751809", DAY).orElseThrow();
        assertEquals(new Organisme("01C751809", "1", "REGIME GENERAL", "01C751", "CPAM Paris", "C", "CPAM ET CGSS", "075"),
                paris);
        assertTrue(paris.caisseLabelKnown());
        assertEquals(Optional.of("CPAM Paris"), DATA.lookup("IR_CAI_V", "01C751", DAY).flatMap(ReferenceRow::label));
        assertTrue(DATA.organisme("01C751ZZZ", DAY).isEmpty(), "no such organisme in IR_ORG_V.csv");
    }

    @Test
    void theOrganismeListLeavesTechnicalRowsOut() {
        List<Organisme> all = DATA.organismes(DAY);
        // IR_ORG_V.csv: 59,812 data rows, one of them technical (99I999999, TEC_COL 1), counted with
        // awk -F';' 'NR>1 && $21!="1" && $21!="2"' IR_ORG_V.csv | wc -l  ->  59811
        assertEquals(59_811, all.size());
        assertTrue(all.stream().noneMatch(o -> o.number().equals("99I999999")));
        assertTrue(all.stream().anyMatch(o -> o.number().equals("01C751809") && o.caisseLabel().equals("CPAM Paris")));
        // IR_CAI_V.csv: 1,880 caisses labelled "MOA A COMPLETER" (README); e.g. line 3: 03C016;016;MOA A COMPLETER
        assertFalse(new Organisme("x", "3", "", "03C016", "MOA A COMPLETER", "C", "", "").caisseLabelKnown());
    }

    @Test
    void anUnknownTableIsAProgrammingError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DATA.lookup("IR_XYZ_V", "1", DAY));
        assertTrue(e.getMessage().contains("IR_XYZ_V"), e.getMessage());
    }
}
