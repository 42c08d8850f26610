package org.openfse.tariff.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openfse.core.Money;
import org.openfse.core.routing.AmcManagement;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.AmcRequest;
import org.openfse.core.tariff.Forcing;
import org.openfse.core.tariff.InsuranceNature;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.core.tariff.RenewalIndicator;
import org.openfse.tariff.cli.internal.json.JsonException;
import org.openfse.tariff.cli.internal.json.JsonReader;

class PriceInputTest {

    private final PriceInput input = new PriceInput(Fakes.TEXTS);

    // The input example of issue 6, word for word (both line kinds in one list).
    @Test
    void readsTheExampleOfTheIssue() throws Exception {
        PriceOrder order = read("""
                {"specialty":"optician","date":"2024-05-28",
                 "coverage":{"nature":"maladie","alsaceMoselle":false,"ald":false,"c2s":false},
                 "amc":{"amount":"100.00"},
                 "lines":[{"code":"VU3","lpp":"7230795","quantity":1,"unitPrice":"103.00"},
                          {"code":"AMI","coefficient":2}]}
                """);

        PricingRequest request = order.request();
        assertEquals("optician", request.specialty());
        assertEquals(LocalDate.of(2024, 5, 28), request.date());
        assertEquals(InsuranceNature.MALADIE, request.coverage().nature());
        assertFalse(request.coverage().alsaceMoselle() || request.coverage().ald() || request.coverage().c2s());
        assertEquals(Optional.of(new AmcRequest(Money.parse("100.00"))), request.amc());
        assertEquals(new ActLine("VU3", Optional.of("7230795"), 1, Optional.of(Money.parse("103.00")), BigDecimal.ONE),
                request.lines().get(0));
        assertEquals(new ActLine("AMI", Optional.empty(), 1, Optional.empty(), new BigDecimal("2")), request.lines().get(1));
        assertEquals(AmcManagement.SEPARATE, order.routing().amcManagement());
        assertTrue(order.routing().tiersPayantAmc());
        assertFalse(order.routing().tiersPayantAmo());
    }

    @Test
    void onlySpecialtyDateAndLinesAreRequired() throws Exception {
        PriceOrder order = read("{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[{\"code\":\"AMI\"}]}");

        assertEquals(InsuranceNature.MALADIE, order.request().coverage().nature());
        assertTrue(order.request().amc().isEmpty());
        assertEquals(AmcManagement.NONE, order.routing().amcManagement());
        assertTrue(order.routing().amoOrganisme().isEmpty());
    }

    @Test
    void readsTheOptionalFields() throws Exception {
        PriceOrder order = read("""
                {"specialty":"doctor","date":"2025-01-10","renewal":"RA","concentrator":"oct-1",
                 "coverage":{"nature":"maternite","exemption":"55","forcings":["exemption","c2s"]},
                 "amo":{"organisme":"01C751809","tiersPayant":true},
                 "amc":{"rate":150,"ceiling":"80.00","responsible":false,"organisme":"1100000000","management":"unique",
                        "tiersPayant":false},
                 "lines":[{"code":"G","quantity":2,"unitPrice":35,"coefficient":"1.5"}]}
                """);

        PricingRequest request = order.request();
        assertEquals(InsuranceNature.MATERNITE, request.coverage().nature());
        assertEquals(Optional.of("55"), request.coverage().exemption());
        assertEquals(Set.of(Forcing.EXEMPTION, Forcing.C2S), request.coverage().forcings());
        assertEquals(Optional.of(new AmcRequest(Optional.empty(), OptionalInt.of(150), Optional.of(Money.parse("80.00")), false)),
                request.amc());
        assertEquals(Optional.of(RenewalIndicator.RA), request.renewal());
        assertEquals(new ActLine("G", Optional.empty(), 2, Optional.of(Money.parse("35.00")), new BigDecimal("1.5")), request.lines().get(0));
        assertEquals(new RoutingFacts(Optional.of("01C751809"), true, Optional.of("1100000000"), AmcManagement.UNIQUE, false,
                Optional.of("oct-1")), order.routing());
    }

    // C2S: tiers payant intégral, the C2S part managed by the AMO (seed 002, invoice 256: "C2S (RO)
    // régime obligatoire").
    @Test
    void c2sMeansTiersPayantIntegralManagedByTheAmo() throws Exception {
        PriceOrder order = read("""
                {"specialty":"doctor","date":"2025-01-10","coverage":{"c2s":true},"amo":{"organisme":"01C751809"},
                 "lines":[{"code":"G"}]}
                """);

        assertEquals(new RoutingFacts(Optional.of("01C751809"), true, Optional.of("01C751809"), AmcManagement.UNIQUE, true,
                Optional.empty()), order.routing());
    }

    @Test
    void nullCountsAsAbsent() throws Exception {
        PriceOrder order = read("{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"amc\":null,\"coverage\":null,"
                + "\"lines\":[{\"code\":\"AMI\",\"coefficient\":null}]}");
        assertTrue(order.request().amc().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[]                                                              | (facture)                 | un objet JSON est attendu",
        "{\"date\":\"2025-03-15\",\"lines\":[]}                          | specialty                 | champ obligatoire absent",
        "{\"specialty\":\"Nurse\",\"date\":\"2025-03-15\",\"lines\":[]}  | specialty                 | reçu « Nurse »",
        "{\"specialty\":1,\"date\":\"2025-03-15\",\"lines\":[]}          | specialty                 | chaîne de caractères",
        "{\"specialty\":\"nurse\",\"date\":\"15/03/2025\",\"lines\":[]}  | date                      | AAAA-MM-JJ",
        "{\"specialty\":\"nurse\",\"date\":\"2025-02-30\",\"lines\":[]}  | date                      | 2025-02-30",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\"}               | lines                     | champ obligatoire absent",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":{}}  | lines                     | tableau",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[],\"extra\":1}  | extra           | champ inconnu",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[],\"coverage\":{\"nature\":\"vieillesse\"}} | coverage.nature | vieillesse",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[],\"coverage\":{\"ald\":\"oui\"}}      | coverage.ald      | true ou false",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[],\"coverage\":{\"exemption\":55}}     | coverage.exemption | chaîne",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[],\"coverage\":{\"exemption\":\"5x\"}} | coverage.exemption | 5x",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[],\"coverage\":{\"forcings\":[\"age\"]}} | coverage.forcings[0] | age",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[],\"coverage\":{\"forcings\":[\"c2s\",\"c2s\"]}} | coverage.forcings[1] | deux fois",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[],\"amc\":{\"amount\":\"100.001\"}}   | amc.amount | 100.001",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[],\"amc\":{\"amount\":-1}}            | amc.amount | -1",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[],\"amc\":{\"amount\":1e99999}}       | amc.amount | 1E+99999",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[],\"amc\":{}}                         | amc        | soit un montant",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[],\"amc\":{\"amount\":\"1.00\",\"rate\":100}} | amc.amount | soit un montant",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[],\"amc\":{\"amount\":\"1.00\",\"responsible\":true}} | amc.responsible | taux ou un plafond",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[],\"amc\":{\"rate\":100.5}}           | amc.rate   | 100.5",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[],\"amc\":{\"rate\":1001}}            | amc.rate   | 1001",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[],\"amc\":{\"rate\":100,\"management\":\"mixte\"}} | amc.management | mixte",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[],\"amc\":{\"rate\":100,\"organisme\":\"12\"}} | amc.organisme | 12",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[],\"amo\":{\"organisme\":\"01-751-809\"}}  | amo.organisme | 01-751-809",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[],\"coverage\":{\"c2s\":true},\"amo\":{\"tiersPayant\":false}} | amo.tiersPayant | tiers payant intégral",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[],\"concentrator\":\"a b\"}         | concentrator | a b",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[],\"renewal\":\"RX\"}               | renewal    | RX",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[{}]}                                | lines[0].code | champ obligatoire absent",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[\"AMI\"]}                           | lines[0]   | objet JSON",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[{\"code\":\"ami\"}]}                | lines[0].code | ami",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[{\"code\":\"AMI\",\"qty\":1}]}      | lines[0].qty | champ inconnu",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[{\"code\":\"AMI\"},{\"code\":\"AMI\",\"quantity\":0}]} | lines[1].quantity | de 1 à 9999",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[{\"code\":\"AMI\",\"quantity\":1.5}]} | lines[0].quantity | 1.5",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[{\"code\":\"AMI\",\"coefficient\":0}]} | lines[0].coefficient | reçu 0",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[{\"code\":\"AMI\",\"coefficient\":1.255}]} | lines[0].coefficient | 1.255",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[{\"code\":\"AMI\",\"unitPrice\":\"3,15\"}]} | lines[0].unitPrice | 3,15",
        "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[{\"code\":\"VU3\",\"lpp\":\"\"}]}   | lines[0].lpp | de 1 à 13 caractères",
    })
    void refusesNamingTheFieldAndTheReason(String json, String field, String reason) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> read(json));

        assertEquals(field, refused.field(), refused.getMessage());
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    @Test
    void refusesTooManyLines() {
        String lines = String.join(",", java.util.Collections.nCopies(PriceInput.MAX_LINES + 1, "{\"code\":\"AMI\"}"));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> read("{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[" + lines + "]}"));
        assertEquals("lines", refused.field());
    }

    @Test
    void amountsKeepTheirCents() throws Exception {
        List<ActLine> lines = read("{\"specialty\":\"optician\",\"date\":\"2025-03-15\",\"lines\":["
                + "{\"code\":\"VU3\",\"unitPrice\":\"103\"},{\"code\":\"VU3\",\"unitPrice\":103.5},{\"code\":\"VU3\",\"unitPrice\":0.10}]}")
                .request().lines();
        assertEquals(List.of("103.00", "103.50", "0.10"), lines.stream().map(l -> l.unitPrice().orElseThrow().toString()).toList());
    }

    private PriceOrder read(String json) throws JsonException, InvalidInputException {
        return input.read(JsonReader.read(json));
    }
}
