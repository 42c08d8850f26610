package org.openfse.card.demo.virtual;

import java.util.HexFormat;
import org.openfse.card.demo.internal.DemoCards;
import org.openfse.card.demo.internal.profile.CpsRecords;
import org.openfse.card.demo.internal.profile.Layout;
import org.openfse.card.demo.internal.profile.TestCardImage;
import org.openfse.card.demo.internal.profile.VitaleRecords;
import org.openfse.core.card.CpsCard;
import org.openfse.core.card.VitaleCard;

/**
 * The OpenFSE test cards, each a new card with its own PIN counter. The layout is the reference
 * profile's (docs/card-profile.md); the demo cards hold the same data as the in-process demo reader.
 */
public final class TestCards {

    /** ATR of the Vitale 2 card (PCSC-TESTING.md §4, pcsc-tools' smartcard_list.txt): T=0. */
    public static final String REAL_VITALE_ATR = "3B 75 13 00 00 43 09 EA 90 00";
    /** An ATR no profile knows (a generic T=0 card, historical bytes "UNKNOWN"). */
    public static final String UNKNOWN_ATR = "3B 77 13 00 00 55 4E 4B 4E 4F 57 4E";

    private TestCards() {
    }

    /** The demo family card (3 beneficiaries), as in the in-process demo reader. */
    public static TestCard demoVitale() {
        return vitale(DemoCards.vitale());
    }

    /** The test card of seed 002 (DESMAUX NATHALIE). */
    public static TestCard seedVitale() {
        return vitale(DemoCards.seed002());
    }

    /** The demo CPS card, PIN {@code 1234}, 3 tries. */
    public static TestCard demoCps() {
        return cps(DemoCards.cps(), DemoCards.CPS_PIN);
    }

    /** A test Vitale card holding these data. */
    public static TestCard vitale(VitaleCard data) {
        return TestCardImage.of("OpenFSE test Vitale card " + data.serial(), Layout.VITALE_ATR, Layout.VITALE_AID,
                VitaleRecords.encode(data));
    }

    /** A test CPS card holding these data and this PIN (4 to 8 digits). */
    public static TestCard cps(CpsCard data, String pin) {
        return TestCardImage.withPin("OpenFSE test CPS card " + data.psNumber(), Layout.CPS_ATR, Layout.CPS_AID,
                CpsRecords.encode(data), pin);
    }

    /** A card with the ATR of a real Vitale 2 card but none of the test applications. */
    public static TestCard realVitaleAtr() {
        return TestCardImage.foreign("card with a Vitale 2 ATR and no OpenFSE application", HexFormat.of().parseHex(
                REAL_VITALE_ATR.replace(" ", "")));
    }

    /** A card whose ATR nobody knows. */
    public static TestCard unknown() {
        return TestCardImage.foreign("unknown card", HexFormat.of().parseHex(UNKNOWN_ATR.replace(" ", "")));
    }

    /**
     * The card of a name used on the command line: {@code vitale} (demo family), {@code vitale-seed}
     * (seed 002), {@code cps} (demo CPS), {@code vitale-real-atr}, {@code unknown}.
     *
     * @throws IllegalArgumentException for another name
     */
    public static TestCard named(String name) {
        return switch (name) {
            case "vitale" -> demoVitale();
            case "vitale-seed" -> seedVitale();
            case "cps" -> demoCps();
            case "vitale-real-atr" -> realVitaleAtr();
            case "unknown" -> unknown();
            default -> throw new IllegalArgumentException("no test card named " + name);
        };
    }

    /** The names {@link #named(String)} knows. */
    public static java.util.List<String> names() {
        return java.util.List.of("vitale", "vitale-seed", "cps", "vitale-real-atr", "unknown");
    }
}
