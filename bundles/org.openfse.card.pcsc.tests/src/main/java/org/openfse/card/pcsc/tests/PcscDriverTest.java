package org.openfse.card.pcsc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openfse.card.demo.virtual.TestCards;
import org.openfse.card.demo.virtual.VpcdCard;
import org.openfse.core.Period;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;
import org.openfse.core.card.CardReaderService;
import org.openfse.core.card.CardType;
import org.openfse.core.card.CpsCard;
import org.openfse.core.card.VitaleCard;
import org.openfse.core.events.Topics;
import org.openfse.core.health.HealthCheck;
import org.openfse.core.health.HealthResult;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The PC/SC driver against the real pcscd, libpcsclite and javax.smartcardio, with the OpenFSE test
 * cards plugged in through vsmartcard-vpcd (PCSC-TESTING.md), and the reference card profile of
 * org.openfse.card.demo decoding them. Run serially: one pcscd, fixed ports.
 */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class PcscDriverTest {

    private static PcscDaemon pcscd;
    private static CardEvents events;

    @InjectService(filter = "(openfse.card.driver=pcsc)", timeout = 10_000)
    CardReaderService driver;

    @InjectService(filter = "(openfse.card.driver=demo)", timeout = 10_000)
    CardReaderService demo;

    private final VirtualReaders readers = new VirtualReaders();

    @BeforeAll
    static void startPcscd(@InjectBundleContext BundleContext context) throws IOException {
        pcscd = PcscDaemon.start(VirtualReaders.output().resolve("pcscd-driver.log"));
        events = new CardEvents(context, "Virtual PCD");
    }

    @AfterAll
    static void stopPcscd() {
        if (events != null) {
            events.close();
        }
        if (pcscd != null) {
            pcscd.stop();
        }
    }

    @BeforeEach
    void emptyReaders() {
        VirtualReaders.awaitEmptyReaders(driver);
        events.clear();
    }

    @AfterEach
    void removeCards() {
        readers.removeAll();
        VirtualReaders.awaitEmptyReaders(driver);
    }

    @Test
    void aVitaleCardInsertedThenRemovedGivesBothEventsWithItsType() throws Exception {
        VpcdCard card = readers.insert(TestCards.demoVitale(), VirtualReaders.VITALE_SLOT);
        events.await(Topics.CARD_INSERTED, VirtualReaders.VITALE_SLOT, "VITALE", VirtualReaders.WAIT);
        assertEquals(Optional.of(CardType.VITALE), VirtualReaders.type(driver, VirtualReaders.VITALE_SLOT));

        card.remove();
        events.await(Topics.CARD_REMOVED, VirtualReaders.VITALE_SLOT, null, VirtualReaders.WAIT);
        PcscDaemon.waitFor("reader empty", () -> VirtualReaders.type(driver, VirtualReaders.VITALE_SLOT)
                .equals(Optional.of(CardType.NONE)), VirtualReaders.WAIT);
    }

    @Test
    void theDemoFamilyCardReadsAsTheInProcessDemoCard() throws Exception {
        readers.insert(TestCards.demoVitale(), VirtualReaders.VITALE_SLOT);
        events.await(Topics.CARD_INSERTED, VirtualReaders.VITALE_SLOT, "VITALE", VirtualReaders.WAIT);

        VitaleCard card = driver.readVitale(VirtualReaders.VITALE_SLOT);

        assertEquals(List.of("CAMILLE", "DOMINIQUE", "SACHA"), card.beneficiaries().stream().map(Beneficiary::firstName).toList());
        assertEquals("DEMO000001", card.serial());
        assertEquals(demo.readVitale("Lecteur démo Vitale"), card, "the virtual card and the in-process demo reader hold the same data");
    }

    @Test
    void theSeedCardGivesTheValuesOfSeed002() throws Exception {
        readers.insert(TestCards.seedVitale(), VirtualReaders.VITALE_SLOT);
        events.await(Topics.CARD_INSERTED, VirtualReaders.VITALE_SLOT, "VITALE", VirtualReaders.WAIT);

        VitaleCard card = driver.readVitale(VirtualReaders.VITALE_SLOT);
        Beneficiary nathalie = card.insured();

        // Seed 002, "Détail Informations Vitale".
        assertEquals("468920691", card.serial());
        assertEquals(VitaleCard.Kind.DEMONSTRATION, card.kind());
        assertEquals("255069999999934", card.insuredNir().toString());
        assertEquals(List.of("DESMAUX", "DESMAUX", "NATHALIE", "19550615", "00", "1"), List.of(nathalie.lastName(),
                nathalie.details().birthName(), nathalie.firstName(), nathalie.birthDate(), nathalie.quality(),
                Integer.toString(nathalie.birthRank())));
        assertEquals(List.of("01", "999", "9999", "10"), List.of(nathalie.amoRegime(), nathalie.amoFund(), nathalie.amoCentre(),
                nathalie.details().amoManagingCode()));
        assertEquals(List.of(Period.of(LocalDate.of(2020, 2, 1), LocalDate.of(2025, 1, 31))), nathalie.rights());
        assertEquals(List.of("5, BD MARIE ET ALEXANDRE OYON", "72019 LE MANS CEDEX 2"), nathalie.details().address());
        assertEquals("019999999", nathalie.details().workAccident().orElseThrow().riskManager());
        assertEquals(List.of("017211234 200912012", "019999999 999999999"), nathalie.details().workAccident().orElseThrow()
                .accidents().stream().map(a -> a.manager() + " " + a.id()).toList());
    }

    @Test
    void theCpsCardAndItsPinRightWrongThenBlocked() throws Exception {
        readers.insert(TestCards.demoCps(), VirtualReaders.CPS_SLOT);
        events.await(Topics.CARD_INSERTED, VirtualReaders.CPS_SLOT, "CPS", VirtualReaders.WAIT);

        CpsCard cps = driver.readCps(VirtualReaders.CPS_SLOT);
        assertEquals(List.of("991000001", "DEMO", "ALEX", "64"), List.of(cps.psNumber(), cps.lastName(), cps.firstName(), cps.specialty()));
        assertEquals(3, driver.pinTriesLeft(VirtualReaders.CPS_SLOT));

        driver.verifyPin(VirtualReaders.CPS_SLOT, "1234".toCharArray());
        assertEquals(List.of(2, 1), List.of(wrongPin("0000").triesLeft(), wrongPin("9999").triesLeft()));
        driver.verifyPin(VirtualReaders.CPS_SLOT, "1234".toCharArray());
        assertEquals(3, driver.pinTriesLeft(VirtualReaders.CPS_SLOT), "a right PIN gives the tries back");

        wrongPin("0000");
        wrongPin("0000");
        CardException blocked = assertThrows(CardException.class, () -> driver.verifyPin(VirtualReaders.CPS_SLOT, "0000".toCharArray()));
        assertEquals(Reason.PIN_BLOCKED, blocked.reason());
        CardException still = assertThrows(CardException.class, () -> driver.verifyPin(VirtualReaders.CPS_SLOT, "1234".toCharArray()));
        assertEquals(Reason.PIN_BLOCKED, still.reason(), "a blocked card refuses even the right PIN");
        assertEquals(0, driver.pinTriesLeft(VirtualReaders.CPS_SLOT));
    }

    private CardException wrongPin(String pin) {
        CardException e = assertThrows(CardException.class, () -> driver.verifyPin(VirtualReaders.CPS_SLOT, pin.toCharArray()));
        assertEquals(Reason.WRONG_PIN, e.reason());
        return e;
    }

    @Test
    void bothCardsAtOnceInTheTwoSlots() throws Exception {
        readers.insert(TestCards.demoVitale(), VirtualReaders.VITALE_SLOT);
        readers.insert(TestCards.demoCps(), VirtualReaders.CPS_SLOT);
        events.await(Topics.CARD_INSERTED, VirtualReaders.VITALE_SLOT, "VITALE", VirtualReaders.WAIT);
        events.await(Topics.CARD_INSERTED, VirtualReaders.CPS_SLOT, "CPS", VirtualReaders.WAIT);

        assertEquals(3, driver.readVitale(VirtualReaders.VITALE_SLOT).beneficiaries().size());
        assertEquals("991000001", driver.readCps(VirtualReaders.CPS_SLOT).psNumber());
        assertEquals(Reason.UNKNOWN_CARD, assertThrows(CardException.class, () -> driver.readCps(VirtualReaders.VITALE_SLOT)).reason());
        assertEquals(Reason.UNKNOWN_CARD, assertThrows(CardException.class, () -> driver.readVitale(VirtualReaders.CPS_SLOT)).reason());
    }

    @Test
    void aCardPulledOutInTheMiddleOfTheReadIsCardRemovedAndNothingIsRead() throws Exception {
        VpcdCard card = readers.insert(TestCards.demoVitale(), VirtualReaders.VITALE_SLOT);
        events.await(Topics.CARD_INSERTED, VirtualReaders.VITALE_SLOT, "VITALE", VirtualReaders.WAIT);
        // The read sends SELECT, SELECT EF 0101, READ RECORD...: the card leaves at the fourth command.
        card.pullAtCommand(4);

        CardException e = assertThrows(CardException.class, () -> driver.readVitale(VirtualReaders.VITALE_SLOT));

        assertEquals(Reason.CARD_REMOVED, e.reason(), e::getMessage);
        events.await(Topics.CARD_REMOVED, VirtualReaders.VITALE_SLOT, null, VirtualReaders.WAIT);
        assertEquals(Reason.NO_CARD, assertThrows(CardException.class, () -> driver.readVitale(VirtualReaders.VITALE_SLOT)).reason());
    }

    @Test
    void unknownCardsAndRealCardsWithoutProfile() throws Exception {
        readers.insert(TestCards.unknown(), VirtualReaders.VITALE_SLOT);
        readers.insert(TestCards.realVitaleAtr(), VirtualReaders.CPS_SLOT);
        events.await(Topics.CARD_INSERTED, VirtualReaders.VITALE_SLOT, "UNKNOWN", VirtualReaders.WAIT);
        // A real Vitale 2 ATR is a Vitale card by the built-in table, but no installed profile reads it.
        events.await(Topics.CARD_INSERTED, VirtualReaders.CPS_SLOT, "VITALE", VirtualReaders.WAIT);

        assertEquals(Reason.UNKNOWN_CARD, assertThrows(CardException.class, () -> driver.readVitale(VirtualReaders.VITALE_SLOT)).reason());
        CardException real = assertThrows(CardException.class, () -> driver.readVitale(VirtualReaders.CPS_SLOT));
        assertEquals(Reason.UNKNOWN_CARD, real.reason());
        assertTrue(real.getMessage().contains("certified"), real.getMessage());
    }

    @Test
    void emptyAndMissingReaders() {
        assertEquals(Reason.NO_CARD, assertThrows(CardException.class, () -> driver.readVitale(VirtualReaders.VITALE_SLOT)).reason());
        assertEquals(Reason.NO_READER, assertThrows(CardException.class, () -> driver.readVitale("Virtual PCD 00 02")).reason());
    }

    @Test
    void theHealthCheckListsTheVirtualReaders(@InjectService(filter = "(component.name=org.openfse.card.pcsc.internal.CardReadersHealthCheck)")
            HealthCheck check) {
        HealthResult result = check.run();
        assertTrue(result.ok(), result::detail);
        assertEquals("2 lecteurs : Virtual PCD 00 00 (vide) ; Virtual PCD 00 01 (vide)", result.detail());
    }

    @Test
    void aCardThatStopsAnsweringTimesOutWithTheConfiguredDelay(@InjectService ConfigurationAdmin admin,
            @InjectService(filter = "(openfse.card.driver=pcsc)", cardinality = 0) ServiceAware<CardReaderService> drivers) throws Exception {
        Configuration configuration = admin.getConfiguration("org.openfse.card.pcsc", "?");
        long before = drivers.getTrackingCount();
        configuration.update(new Hashtable<>(Map.of("timeoutMillis", 1000)));
        try {
            PcscDaemon.waitFor("driver restarted with the new timeout", () -> drivers.getTrackingCount() >= before + 2
                    && drivers.getService() != null, VirtualReaders.WAIT);
            CardReaderService configured = drivers.getService();
            VpcdCard card = readers.insert(TestCards.demoVitale(), VirtualReaders.VITALE_SLOT);
            PcscDaemon.waitFor("card seen", () -> VirtualReaders.type(configured, VirtualReaders.VITALE_SLOT)
                    .equals(Optional.of(CardType.VITALE)), VirtualReaders.WAIT);
            card.answerDelay(Duration.ofMillis(3000));

            long start = System.nanoTime();
            CardException e = assertThrows(CardException.class, () -> configured.readVitale(VirtualReaders.VITALE_SLOT));
            long tookMillis = (System.nanoTime() - start) / 1_000_000;

            assertEquals(Reason.TIMEOUT, e.reason(), e::getMessage);
            assertTrue(e.getMessage().contains("1000 ms"), e.getMessage());
            assertTrue(tookMillis < 2900, "gave up after " + tookMillis + " ms, before the card's 3 s answer");
        } finally {
            configuration.delete();
        }
    }
}
