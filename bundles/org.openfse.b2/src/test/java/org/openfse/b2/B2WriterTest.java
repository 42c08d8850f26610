package org.openfse.b2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden records: the expected lines are written by hand, field by field, from the tables of
 * reference/formats/B2.md section 5 (positions cited in the comments), not produced by the writer.
 */
class B2WriterTest {

    private static String write(B2Invoice... invoices) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (B2Writer writer = new B2Writer(bytes, B2Samples.fileHeader())) {
            writer.startLot(B2Samples.lotHeader(25));
            for (B2Invoice invoice : invoices) {
                writer.invoice(invoice);
            }
            writer.endLot();
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    private static String record(String file, int index) {
        return file.substring(128 * index, 128 * (index + 1));
    }

    /** Seed 002 invoice 257: 30,00 billed, AMO 5,40 (60 % of a 9,00 base). */
    private static B2Invoice invoice257() {
        return B2Samples.invoice(257, List.of(B2Samples.line("PVO", 3000, 900, 60, 540, 0)));
    }

    @Test
    void serviceLineMatchesB2mdSection5_15() throws IOException {
        String expected = "4" // 1 record type
                + "991000001" // 2-10 PS number
                + " " // 11 blank
                + "1800175123456" // 12-24 NIR
                + "47" // 25-26 NIR key
                + "000000257" // 27-35 invoice number
                + " " // 36 sub-type: blank for the type 4 line (ASSUMPTION of 5.15)
                + "01" // 37-38 sequence
                + "00" // 39-40 treatment mode (absent: zeros, U5)
                + "000" // 41-43 discipline
                + "000000" // 44-49 prior-approval date
                + "9" // 50 prior-approval code: 9 = not subject to prior approval
                + "  " // 51-52 renewal sequence
                + " " // 53 blank
                + " " // 54 exemption at act level
                + "991000001" // 55-63 performer
                + "00" // 64-65 performer's tariff zone
                + "00" // 66-67 performer's specialty
                + "240528" // 68-73 act date, YYMMDD (U3)
                + "PVO  " // 74-78 act code, left-aligned
                + "01" // 79-80 quantity
                + "000100" // 81-86 coefficient 1.00 (ASSUMPTION: two decimals)
                + "00" // 87-88 count
                + "0003000" // 89-95 unit price 30,00 in cents (U2)
                + "0000900" // 96-102 base 9,00
                + "060" // 103-105 rate 60 %
                + "0000540" // 106-112 AMO 5,40
                + "0003000" // 113-119 fees 30,00
                + " " // 120 expense qualifier
                + "0" // 121 place code: at the practice
                + "0000000"; // 122-128 AMC 0,00
        assertEquals(128, expected.length());
        assertEquals(expected, record(write(invoice257()), 3));
    }

    @Test
    void invoiceHeaderMatchesB2mdSection5_3() throws IOException {
        String expected = "2" // 1
                + "991000001" // 2-10 PS number
                + " " // 11 blank
                + "1800175123456" // 12-24 NIR
                + "47" // 25-26 key
                + "000000257" // 27-35 invoice number
                + " " // 36 sub-type: blank for the main header (ASSUMPTION of 5.3)
                + " " + " " // 37 marking, 38 AMO pricing override
                + "0" // 39 kind of operation
                + "240528" // 40-45 invoicing date
                + " " // 46 flow split by the PS
                + "F" // 47 SESAM
                + " " // 48 portable device
                + "01" + "349" + "0000" // 49-50 régime, 51-53 caisse, 54-57 centre
                + "0" // 58 proof of entitlement
                + "000000000" // 59-67 prescriber (none: zeros, U5)
                + "000000" // 68-73 prescription date (none)
                + "   " // 74-76 benefit scheme
                + "10" // 77-78 sickness
                + " " // 79 exemption reason
                + "000000" // 80-85 maternity date
                + "000000000" // 86-94 accident
                + "0" // 95 no substitute's CPS
                + "800101" // 96-101 birth date
                + "1" // 102 birth rank
                + "  " // 103-104 beneficiary rank
                + " ".repeat(8) // 105-112 member number
                + "00" // 113-114 prescriber specialty
                + "05" // 115-116 payee: tiers payant of the AMO part
                + "00" // 117-118 AMC contract type
                + " ".repeat(10); // 119-128 AMC number
        assertEquals(128, expected.length());
        assertEquals(expected, record(write(invoice257()), 2));
    }

    @Test
    void invoiceTotalsMatchB2mdSection5_26() throws IOException {
        String expected = "5" // 1
                + "991000001" + " " + "1800175123456" + "47" + "000000257" // 2-35 keys
                + "   " // 36-38 blank
                + "001" // 39-41 number of type-4 records
                + " ".repeat(16) // 42-57 reserved SESAM
                + "00003000" // 58-65 total billed 30,00
                + "00000540" // 66-73 total AMO 5,40
                + "00002460" // 74-81 patient share before AMC: 30,00 - 5,40 = 24,60
                + "00000000" // 82-89 total AMC
                + " " // 90 OCT split flag
                + "   " // 91-93 reserved SESAM
                + " " // 94 opposition list
                + "  " // 95-96 blank
                + " ".repeat(32); // 97-128 certification area
        assertEquals(128, expected.length());
        assertEquals(expected, record(write(invoice257()), 4));
    }

    @Test
    void lotHeaderAndTrailerMatchB2mdSections5_2And5_28() throws IOException {
        String file = write(invoice257(), B2Samples.invoice(258, List.of(B2Samples.line("PVO", 4150, 0, 0, 0, 10000),
                B2Samples.line("PVO", 9, 9, 100, 9, 0))));
        String header = "1" // 1
                + "991000001" // 2-10 PS number
                + "      " // 11-16 file origin
                + "349" // 17-19 destination organisme
                + "025" // 20-22 lot number
                + "   " + "  " + "  " // 23-25 category, 26-27 legal status, 28-29 tariff mode
                + "DEMO ALEX" + " ".repeat(31) // 30-69 PS name
                + "  " // 70-71 norm version used
                + "240528" // 72-77 lot creation date
                + " " // 78 blank
                + "  " // 79-80 norm code
                + "S" // 81 secured with Vitale
                + "000001" // 82-87 norm version number
                + "E" // 88 euro
                + "01" + "349" // 89-90 pivot régime, 91-93 pivot caisse
                + " " // 94 CCP flag
                + " ".repeat(34); // 95-128
        assertEquals(128, header.length());
        assertEquals(header, record(file, 1));
        // records: 000, 1, 2, 4, 5, 2, 4, 4, 5, 6, 999
        String trailer = "6" // 1
                + "991000001" // 2-10
                + "002" // 11-13 invoices
                + "0003" // 14-17 act lines
                + "0002" // 18-21 type-2 records
                + "002" // 22-24 type-5 records
                + "000007159" // 25-33 billed: 30,00 + 41,50 + 0,09 = 71,59
                + "000000549" // 34-42 AMO: 5,40 + 0,09 = 5,49
                + "000010000" // 43-51 AMC: 100,00 (section 7: 43-51)
                + "025" // 52-54 lot number
                + "T" // 55 test invoices
                + "F" // 56 SESAM
                + "    " // 57-60
                + " ".repeat(12) + " ".repeat(12) // 61-72, 73-84 approval numbers
                + "   " // 85-87
                + "000000000" // 88-96 substitute PS
                + " ".repeat(32); // 97-128
        assertEquals(128, trailer.length());
        assertEquals(trailer, record(file, 9));
        assertEquals(11 * 128, file.length());
    }

    @Test
    void fileHeaderAndTrailerMatchB2mdSections5_1And5_29() throws IOException {
        String file = write(invoice257());
        String header = "000" // 1-3
                + "TP" // 4-5 health partner
                + "00000991000001" // 6-19 sender number
                + "      " // 20-25
                + "  " // 26-27 recipient type
                + "00000000001349" // 28-41 recipient number
                + "000000" // 42-47 front-end date (zeros, 5.1)
                + "  " // 48-49 application
                + "000025" // 50-55 file id
                + "240528" // 56-61 creation date
                + "    " // 62-65 norm (not CP)
                + "B2" // 66-67 norm version
                + " " + " " + "   " + " ".repeat(10) // 68, 69, 70-72, 73-82
                + "128" // 83-85 record length
                + " ".repeat(6) // 86-91
                + " ".repeat(37); // 92-128 message
        assertEquals(128, header.length());
        assertEquals(header, record(file, 0));
        String trailer = "999" + "TP" + "00000991000001" + "      " + "  " + "00000000001349" // 1-41
                + "      " // 42-47
                + "  " + "000025" // 48-49, 50-55
                + "00000007" // 56-63 volume: 7 records, 000 1 2 4 5 6 999 (ASSUMPTION, U13)
                + " ".repeat(19) // 64-82
                + "001" // 83-85 lots
                + " ".repeat(43); // 86-128
        assertEquals(128, trailer.length());
        assertEquals(trailer, record(file, 6));
    }

    @Test
    void accentsAreRemovedAndTextUpperCased() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (B2Writer writer = new B2Writer(bytes, B2Samples.fileHeader())) {
            writer.startLot(new B2LotHeader("991000001", "349", 1, "Hélène Lefèvre-Œuvray", B2Samples.DAY, ' ', "",
                    "000001", 'E', "", "", 'R', ""));
            writer.endLot();
        }
        String lot = bytes.toString(StandardCharsets.US_ASCII).substring(128, 256);
        assertEquals("HELENE LEFEVRE-OEUVRAY", lot.substring(29, 69).strip());
    }

    @Test
    void negativeAmountIsRefusedWithAFrenchMessage() {
        B2Invoice negative = B2Samples.invoice(1, List.of(B2Samples.line("PVO", 100, 100, 60, -60, 0)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write(negative));
        assertTrue(e.getMessage().startsWith("Montant négatif non représentable en B2"), e.getMessage());
    }

    @Test
    void tooLongActCodeIsRefused() {
        B2Invoice invoice = B2Samples.invoice(1, List.of(B2Samples.line("2245200", 100, 100, 60, 60, 0)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write(invoice));
        assertEquals("Valeur trop longue pour le champ « Code acte » (5 caractères au plus) : « 2245200 »", e.getMessage());
    }
}
