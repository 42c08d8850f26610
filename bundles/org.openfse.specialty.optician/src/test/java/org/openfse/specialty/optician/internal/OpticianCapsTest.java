package org.openfse.specialty.optician.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openfse.core.Money;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.AmcRequest;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.LinePricing;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.tariff.spi.ContractCeiling;

/**
 * Caps of responsible contracts on optical equipment, from contract-caps.csv. Values: décret
 * n° 2019-21 (art. R871-2 CSS), for contracts from 01/01/2020: frame 100 EUR; equipment 420 (a+a),
 * 560 (a+c), 700 (c+c), 610 (a+f), 750 (c+f), 800 (f+f), AMO part included.
 */
class OpticianCapsTest {

    private static final LocalDate SEED_DAY = LocalDate.of(2024, 5, 28);

    private final OpticianCeilingRule rule = new OpticianCeilingRule();

    // Seed 002, invoice 254: two VU3 (single vision, simple: category a) and an M03 frame.
    @Test
    void seedEquipmentHasTheFrameCapAndTheSimpleLensesCap() throws PricingException {
        List<ContractCeiling> caps = caps(SEED_DAY, "VU3", "VU3", "M03");

        assertEquals(2, caps.size());
        assertEquals(List.of(2), caps.get(0).lines());
        assertEquals(Money.parse("100.00"), caps.get(0).maximum());
        assertEquals(List.of(0, 1, 2), caps.get(1).lines());
        assertEquals(Money.parse("420.00"), caps.get(1).maximum());
    }

    @Test
    void theEquipmentCapFollowsThePairOfLensCategories() throws PricingException {
        assertEquals("560.00", equipmentCap("VU3", "VU4"));
        assertEquals("700.00", equipmentCap("VM1", "VU6"));
        assertEquals("610.00", equipmentCap("VM6", "VU1"));
        assertEquals("750.00", equipmentCap("VM4", "VM6"));
        assertEquals("800.00", equipmentCap("VM6", "VM6"));
        assertEquals("800.00", equipmentCap("VM6"));
    }

    // A class A frame is paid up to its price limit, so only the lenses are capped.
    @Test
    void classAItemsAreLeftOutOfTheCaps() throws PricingException {
        List<ContractCeiling> caps = caps(SEED_DAY, "VU3", "VU3", "M01");

        assertEquals(1, caps.size());
        assertEquals(List.of(0, 1), caps.get(0).lines());
    }

    @Test
    void twoEquipmentsOnOneInvoiceAreRefused() {
        PricingException frames = assertThrows(PricingException.class, () -> caps(SEED_DAY, "VU3", "M03", "M03"));
        assertEquals("lines[2].code", frames.field());
        PricingException lenses = assertThrows(PricingException.class, () -> caps(SEED_DAY, "VU3", "VU3", "VU3"));
        assertEquals("lines[2].code", lenses.field());
        assertTrue(lenses.getMessage().contains("un seul équipement"), lenses.getMessage());
    }

    @Test
    void beforeTheDecreeTheCapsAreUnknown() {
        PricingException refused = assertThrows(PricingException.class, () -> caps(LocalDate.of(2019, 12, 31), "VU3", "M03"));
        assertEquals(PricingException.Reason.NO_PRICE_AT_DATE, refused.reason());
        assertEquals("date", refused.field());
    }

    // The categories of optics-codes.csv read the IR_NAT_V labels (shared/reference-data/snds):
    // single vision "simple" -> a, other single vision -> c, multifocal "très complexe" -> f,
    // other multifocal -> c.
    @Test
    void lensCategoriesAgreeWithTheIrNatVLabels() throws IOException {
        Path source = Path.of(System.getProperty("user.dir")).resolve("../../../shared/reference-data/snds/IR_NAT_V.csv").normalize();
        if (!Files.isReadable(source)) {
            return;
        }
        OpticalCodes codes = OpticalCodes.load(OpticianCeilingRule.class, OpticianTariffRule.CODES);
        int checked = 0;
        for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
            String[] cells = line.split(";", -1);
            if (cells.length < 4 || !cells[3].startsWith("VERRE DE CLASSE")) {
                continue;
            }
            String label = cells[3].toUpperCase(Locale.ROOT);
            boolean multifocal = label.contains("MULTIFOCAL");
            String expected = label.contains("TRES COMPLEXE") ? (multifocal ? "f" : "c")
                    : label.contains("COMPLEXE") ? "c" : multifocal ? "c" : "a";
            assertEquals(expected, codes.find(cells[2]).orElseThrow().category(), cells[2] + " " + cells[3]);
            checked++;
        }
        assertEquals(18, checked, "class A and B lens codes of IR_NAT_V");
    }

    private String equipmentCap(String... lenses) throws PricingException {
        List<String> codes = new ArrayList<>(List.of(lenses));
        codes.add("M03");
        List<ContractCeiling> caps = caps(SEED_DAY, codes.toArray(String[]::new));
        return caps.get(caps.size() - 1).maximum().toString();
    }

    private List<ContractCeiling> caps(LocalDate day, String... codes) throws PricingException {
        List<ActLine> lines = new ArrayList<>();
        List<LinePricing> pricings = new ArrayList<>();
        for (String code : codes) {
            lines.add(new ActLine(code, Optional.of("1234567"), 1, Optional.of(Money.parse("100.00")), BigDecimal.ONE));
            pricings.add(new LinePricing(Money.parse("100.00"), Money.parse("0.05"), 60));
        }
        return rule.ceilings(new PricingRequest("optician", day, Coverage.maladie(),
                Optional.of(AmcRequest.forfait(Money.parse("500.00"), true)), lines), pricings);
    }
}
