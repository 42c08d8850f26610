package org.openfse.sesam.reference.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardReaderService;
import org.openfse.core.card.CpsAuthentication;
import org.openfse.core.card.CpsSession;
import org.openfse.core.card.VitaleCard;
import org.openfse.core.rights.AdriMode;
import org.openfse.core.rights.AdriTrigger;
import org.openfse.core.rights.AdriRightsService;
import org.openfse.core.rights.RightsAnswer;
import org.openfse.core.rights.RightsQuery;
import org.openfse.core.rights.RightsStatus;
import org.openfse.core.sesam.DesynchronisedSecuring;
import org.openfse.core.sesam.ForcingRecord;
import org.openfse.core.sesam.ForcingValue;
import org.openfse.core.sesam.Justification;
import org.openfse.core.sesam.PendingSecuring;
import org.openfse.core.sesam.RateCheck;
import org.openfse.core.sesam.RateCheckContext;
import org.openfse.core.sesam.RateCheckService;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.sesam.SecureRequest;
import org.openfse.core.sesam.SecuredInvoice;
import org.openfse.core.sesam.SecuringException;
import org.openfse.core.sesam.SesamEngine;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.Forcing;
import org.openfse.core.tariff.InsuranceNature;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The demo virtual cards (org.openfse.card.demo: readers "Lecteur démo Vitale" and "Lecteur démo
 * CPS", PIN 1234) through the real services: card driver, CPS session, ADRi against the payer
 * simulator, vérification du taux, and securing in the four modes with the reference engine.
 */
@ExtendWith(ServiceExtension.class)
class DemoCardsSecuringTest {

    private static final String VITALE_READER = "Lecteur démo Vitale";
    private static final String CPS_READER = "Lecteur démo CPS";
    // The ADRi window is relative to the query day; a fixed day keeps the answers stable.
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 3);
    private static final LocalDate ACT = LocalDate.of(2024, 6, 3);

    @InjectService(filter = "(openfse.card.driver=demo)", timeout = 10_000)
    CardReaderService demoDriver;

    @InjectService(timeout = 10_000)
    CpsSession cpsSession;

    @InjectService(timeout = 10_000)
    SesamEngine engine;

    @InjectService(timeout = 10_000)
    DesynchronisedSecuring desynchronised;

    @InjectService(timeout = 10_000)
    AdriRightsService rights;

    @InjectService(timeout = 10_000)
    RateCheckService rateCheck;

    @AfterEach
    void closeSession() {
        cpsSession.close();
    }

    private CpsAuthentication authenticate() throws CardException {
        return cpsSession.authenticate(demoDriver, CPS_READER, "1234".toCharArray());
    }

    private static Beneficiary named(VitaleCard card, String firstName) {
        return card.beneficiaries().stream().filter(b -> b.firstName().equals(firstName)).findFirst().orElseThrow();
    }

    @Test
    void theReferenceEngineAnswersAndSaysItIsNotCertified() {
        assertEquals("openfse-reference", engine.id());
        assertFalse(engine.certified());
        assertEquals("openfse-reference", desynchronised.engineId());
    }

    @Test
    void demoCardsThenAdriThenRateCheckThenSesamVitale() throws Exception {
        VitaleCard card = demoDriver.readVitale(VITALE_READER);
        CpsAuthentication cps = authenticate();
        Beneficiary sacha = named(card, "SACHA");

        // ADRi in automatic mode at billing: the simulator knows the demo family.
        RightsAnswer answer = rights.rights(new RightsQuery(card.insuredNir(), sacha, ACT, TODAY, AdriMode.AUTOMATIC,
                AdriTrigger.BILLING));
        assertEquals(RightsAnswer.Outcome.QUERIED, answer.outcome(), () -> answer.message().orElse(""));
        assertEquals(RightsStatus.State.OPEN, answer.status().state());
        assertEquals(RightsStatus.Source.ADRI, answer.status().source());

        RateCheckContext context = RateCheckContext.builder("optician", TODAY, ACT).cardBeneficiary(sacha).vitalePresent(true)
                .cpsAuthenticated(cpsSession.current().isPresent()).rights(answer).build();
        RateCheck check = rateCheck.prefill(context);
        assertEquals(Justification.ADR, check.amoJustification());
        assertEquals(SecureMode.SESAM_VITALE, check.secureMode());
        assertTrue(rateCheck.validate(check, context).valid(), () -> rateCheck.validate(check, context).toString());
        // the card says no service AMO (00); ADRi (simulator) gives the child the C2S (service 10)
        assertEquals("00", sacha.details().amoService().orElseThrow().code());
        Coverage coverage = rateCheck.coverage(check);
        assertTrue(coverage.c2s());
        assertEquals(InsuranceNature.MALADIE, coverage.nature());

        byte[] content = "FSE demo SACHA".getBytes(StandardCharsets.UTF_8);
        SecuredInvoice secured = engine.secure(new SecureRequest(cps.card().psNumber(), new InvoiceNumber(1), check.secureMode(),
                content, cpsSession.current().isPresent(), true, false));
        assertTrue(engine.verify(secured));
        byte[] tampered = secured.content();
        tampered[0] ^= 1;
        assertFalse(engine.verify(new SecuredInvoice(secured.invoice(), secured.mode(), secured.engineId(), tampered, secured.seal())));
    }

    @Test
    void eachModeAcceptedAndRefusedWithTheRealCards() throws Exception {
        VitaleCard card = demoDriver.readVitale(VITALE_READER);
        byte[] content = card.serial().getBytes(StandardCharsets.UTF_8);
        String ps = demoDriver.readCps(CPS_READER).psNumber();

        // no CPS session yet: SESAM-Vitale and dégradé are refused, non sécurisé is accepted
        boolean cps = cpsSession.current().isPresent();
        assertFalse(cps);
        assertEquals(SecuringException.Reason.CPS_REQUIRED, assertThrows(SecuringException.class,
                () -> engine.secure(new SecureRequest(ps, new InvoiceNumber(2), SecureMode.SESAM_VITALE, content, false, true, false)))
                .reason());
        assertTrue(engine.verify(engine.secure(new SecureRequest(ps, new InvoiceNumber(3), SecureMode.NON_SECURISE, content, false,
                false, false))));

        // désynchronisé: first step with the Vitale card only, second with the CPS once authenticated
        PendingSecuring pending = desynchronised.begin(new SecureRequest(ps, new InvoiceNumber(4), SecureMode.DESYNCHRONISE, content,
                false, true, false));
        assertEquals(SecuringException.Reason.CPS_REQUIRED, assertThrows(SecuringException.class,
                () -> desynchronised.complete(pending, ps, cpsSession.current().isPresent())).reason());
        authenticate();
        SecuredInvoice desync = desynchronised.complete(pending, ps, cpsSession.current().isPresent());
        assertTrue(engine.verify(desync));

        // dégradé: CPS only, refused without the SCOR attachment, accepted with it
        SecuringException noScor = assertThrows(SecuringException.class, () -> engine.secure(new SecureRequest(ps,
                new InvoiceNumber(5), SecureMode.DEGRADE, content, true, false, false)));
        assertEquals(SecuringException.Reason.ATTACHMENT_REQUIRED, noScor.reason());
        assertTrue(noScor.getMessage().contains("SCOR"), noScor.getMessage());
        assertTrue(engine.verify(engine.secure(new SecureRequest(ps, new InvoiceNumber(5), SecureMode.DEGRADE, content, true, false,
                true))));

        // SESAM-Vitale without the Vitale card
        assertEquals(SecuringException.Reason.VITALE_REQUIRED, assertThrows(SecuringException.class,
                () -> engine.secure(new SecureRequest(ps, new InvoiceNumber(6), SecureMode.SESAM_VITALE, content, true, false, false)))
                .reason());
    }

    @Test
    void adriRefusesAnActOfMoreThanAYearAgo() throws Exception {
        VitaleCard card = demoDriver.readVitale(VITALE_READER);
        Beneficiary camille = named(card, "CAMILLE");
        // Seed 002 rule: one year back from the query day. 366 days before 03/06/2024 is 03/06/2023.
        RightsAnswer old = rights.rights(new RightsQuery(card.insuredNir(), camille, TODAY.minusDays(366), TODAY,
                AdriMode.SYSTEMATIC, AdriTrigger.BILLING));
        assertEquals(RightsAnswer.Outcome.ACT_OUT_OF_WINDOW, old.outcome());
        assertEquals(RightsStatus.Source.CARD, old.status().source());
        RightsAnswer inside = rights.rights(new RightsQuery(card.insuredNir(), camille, TODAY.minusDays(365), TODAY,
                AdriMode.SYSTEMATIC, AdriTrigger.BILLING));
        assertEquals(RightsAnswer.Outcome.QUERIED, inside.outcome());
        // rights opened on 01/01/2024 (demo card and simulator): closed on 04/06/2023
        assertEquals(RightsStatus.State.CLOSED, inside.status().state());
    }

    @Test
    void forcingsThroughTheService() throws Exception {
        VitaleCard card = demoDriver.readVitale(VITALE_READER);
        Beneficiary dominique = named(card, "DOMINIQUE");
        RateCheckContext context = RateCheckContext.builder("optician", TODAY, ACT).cardBeneficiary(dominique).vitalePresent(false)
                .cpsAuthenticated(true).build();
        RateCheck degrade = rateCheck.prefill(context);
        assertEquals(SecureMode.DEGRADE, degrade.secureMode());
        RateCheck forced = rateCheck.applyForcing(degrade, new ForcingRecord(new ForcingValue.ExemptionForcing(Optional.empty(), "42"),
                "DEMO ALEX", Instant.parse("2024-06-03T08:00:00Z")));
        assertEquals(Optional.of("42"), rateCheck.coverage(forced).exemption());
        assertTrue(rateCheck.coverage(forced).forcings().contains(Forcing.EXEMPTION));
        assertTrue(rateCheck.validate(forced, context).valid(), () -> rateCheck.validate(forced, context).toString());
        RateCheck sesamVitale = forced.toBuilder().secureMode(SecureMode.SESAM_VITALE).build();
        assertFalse(rateCheck.checkForcing(new ForcingValue.ExemptionForcing(Optional.empty(), "42"), sesamVitale).allowed());
    }
}
