package org.openfse.card.pcsc.internal;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openfse.core.Nir;
import org.openfse.core.Period;
import org.openfse.core.card.ApduChannel;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;
import org.openfse.core.card.CardProfile;
import org.openfse.core.card.CardType;
import org.openfse.core.card.CpsCard;
import org.openfse.core.card.VitaleCard;

/**
 * A card profile for these tests: knows the ATRs {@link #VITALE_ATR} and {@link #CPS_ATR}; a read
 * sends {@code 00 B0 00 00 00} twice and fails on any answer other than 9000; the PIN is checked by
 * the card (63Cx / 6983 mapped as the reference profile does).
 */
final class TestProfile implements CardProfile {

    static final byte[] VITALE_ATR = HexFormat.of().parseHex("3B0100");
    static final byte[] CPS_ATR = HexFormat.of().parseHex("3B0200");
    static final byte[] READ = HexFormat.of().parseHex("00B0000000");
    static final Map<String, Object> PROPERTIES = Map.of("service.ranking", 0, "service.id", 1L);

    @Override
    public String id() {
        return "test";
    }

    @Override
    public Optional<CardType> classify(byte[] atr) {
        if (java.util.Arrays.equals(atr, VITALE_ATR)) {
            return Optional.of(CardType.VITALE);
        }
        return java.util.Arrays.equals(atr, CPS_ATR) ? Optional.of(CardType.CPS) : Optional.empty();
    }

    @Override
    public VitaleCard readVitale(ApduChannel channel) throws CardException {
        read(channel);
        read(channel);
        Nir nir = new Nir("2550699999999", 34);
        return new VitaleCard("1", nir, List.of(new Beneficiary("DESMAUX", "NATHALIE", Optional.of(nir), "19550615", 1, "00", "01",
                "999", "9999", List.of(Period.startingOn(LocalDate.of(2020, 2, 1))))));
    }

    @Override
    public CpsCard readCps(ApduChannel channel) throws CardException {
        read(channel);
        return new CpsCard("991000001", "DEMO", "ALEX", "64", "1");
    }

    @Override
    public void verifyPin(ApduChannel channel, char[] pin) throws CardException {
        byte[] response = channel.transmit(HexFormat.of().parseHex("0020008104" + HexFormat.of().formatHex(new String(pin).getBytes())));
        int sw = ((response[0] & 0xFF) << 8) | (response[1] & 0xFF);
        if (sw == 0x9000) {
            return;
        }
        if ((sw & 0xFFF0) == 0x63C0) {
            throw new CardException(Reason.WRONG_PIN, "wrong PIN", sw & 0x0F, null);
        }
        throw new CardException(Reason.PIN_BLOCKED, "blocked", 0, null);
    }

    @Override
    public int pinTriesLeft(ApduChannel channel) {
        return -1;
    }

    private static void read(ApduChannel channel) throws CardException {
        byte[] response = channel.transmit(READ);
        if (response.length != 2 || response[0] != (byte) 0x90) {
            throw new CardException(Reason.UNKNOWN_CARD, "unexpected answer");
        }
    }
}
