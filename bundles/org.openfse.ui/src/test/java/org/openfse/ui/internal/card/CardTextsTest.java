package org.openfse.ui.internal.card;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openfse.core.Nir;
import org.openfse.core.Period;
import org.openfse.core.card.AmoService;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;

class CardTextsTest {

    @Test
    void theSeedValuesAreWrittenAsSeed002ShowsThem() {
        // Seed 002: "Né(e) le 15/06/1955", "Num SS 2550699999999 34", "Qualité 0 - Assuré",
        // "Rang 1 - Pas de jumeau ou 1er", "Service AMO Bénéf. 00 - Pas de service AMO", "01/02/2020 31/01/2025".
        assertEquals("15/06/1955", CardTexts.birthDate("19550615"));
        assertEquals("2550699999999 34", CardTexts.nir(new Nir("2550699999999", 34)));
        assertEquals("0 - Assuré", CardTexts.quality("00"));
        assertEquals("1 - Pas de jumeau ou 1er", CardTexts.rank(1));
        assertEquals("00 - Pas de service AMO", CardTexts.amoService(new AmoService("00", Optional.empty())));
        assertEquals("du 01/02/2020 au 31/01/2025", CardTexts.period(Period.of(LocalDate.of(2020, 2, 1), LocalDate.of(2025, 1, 31))));
    }

    @Test
    void lunarDatesAndUnknownCodesAreShownAsWritten() {
        assertEquals("32/13/2016", CardTexts.birthDate("20161332"));
        assertEquals("05", CardTexts.quality("05"));
        assertEquals("2", CardTexts.rank(2));
    }

    @Test
    void rightsOnADay() {
        List<Period> rights = List.of(Period.of(LocalDate.of(2020, 2, 1), LocalDate.of(2025, 1, 31)));
        assertEquals("ouverts le 28/05/2024 (du 01/02/2020 au 31/01/2025)", CardTexts.rightsOn(rights, LocalDate.of(2024, 5, 28)));
        assertEquals("fermés le 01/02/2025 : aucune période de droits de la carte ne couvre ce jour",
                CardTexts.rightsOn(rights, LocalDate.of(2025, 2, 1)));
        assertEquals("non renseignés", CardTexts.rights(List.of()));
    }

    @Test
    void cardErrorsInFrenchWithTheTriesLeft() {
        assertEquals("Code porteur erroné : il reste 2 essais.", CardTexts.error(new CardException(Reason.WRONG_PIN, "x", 2, null)));
        assertEquals("Code porteur erroné : il reste 1 essai.", CardTexts.error(new CardException(Reason.WRONG_PIN, "x", 1, null)));
        assertEquals("la carte a été retirée pendant la lecture", CardTexts.error(new CardException(Reason.CARD_REMOVED, "x")));
        assertEquals("aucun lecteur de cartes n'est branché", CardTexts.error(new CardException(Reason.NO_READER, "x")));
        for (Reason reason : Reason.values()) {
            String text = CardTexts.error(new CardException(reason, "x"));
            assertEquals(false, text.startsWith("!"), "French text for " + reason);
        }
    }
}
