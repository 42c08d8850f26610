package org.openfse.card.demo.internal.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.openfse.core.card.ApduChannel;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;
import org.openfse.core.card.CardProfile;
import org.openfse.core.card.CardType;
import org.openfse.core.card.CpsCard;
import org.openfse.core.card.VitaleCard;
import org.osgi.service.component.annotations.Component;

/**
 * The reference profile: reads OpenFSE's own test cards (docs/card-profile.md) over any driver's
 * APDU channel. It knows the test cards by their ATRs and nothing else: real Vitale and CPS cards
 * need a certified profile.
 */
@Component(service = CardProfile.class, property = CardProfile.ID_PROPERTY + "=" + ReferenceCardProfile.ID)
public final class ReferenceCardProfile implements CardProfile {

    /** Identifier of this profile. */
    public static final String ID = "openfse-test";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<CardType> classify(byte[] atr) {
        if (startsWith(atr, Layout.VITALE_ATR_PREFIX)) {
            return Optional.of(CardType.VITALE);
        }
        if (startsWith(atr, Layout.CPS_ATR_PREFIX)) {
            return Optional.of(CardType.CPS);
        }
        return Optional.empty();
    }

    @Override
    public VitaleCard readVitale(ApduChannel channel) throws CardException {
        CardDialogue card = new CardDialogue(channel);
        card.selectApplication(Layout.VITALE_AID);
        byte[] head = card.readFirst(Layout.EF_CARD);
        List<byte[]> beneficiaries = card.readFile(Layout.EF_BENEFICIARIES);
        List<byte[]> complements = card.readFile(Layout.EF_COMPLEMENTS);
        try {
            return VitaleRecords.decode(head, beneficiaries, complements);
        } catch (IllegalArgumentException e) {
            throw new CardException(Reason.UNKNOWN_CARD, "the Vitale test card breaks the layout: " + e.getMessage(), e);
        }
    }

    @Override
    public CpsCard readCps(ApduChannel channel) throws CardException {
        CardDialogue card = new CardDialogue(channel);
        card.selectApplication(Layout.CPS_AID);
        byte[] holder = card.readFirst(Layout.EF_HOLDER);
        List<byte[]> situations = card.readFile(Layout.EF_SITUATIONS);
        try {
            return CpsRecords.decode(holder, situations);
        } catch (IllegalArgumentException e) {
            throw new CardException(Reason.UNKNOWN_CARD, "the CPS test card breaks the layout: " + e.getMessage(), e);
        }
    }

    /**
     * @throws IllegalArgumentException when the PIN is not 4 to 8 digits (nothing is sent: no try is used)
     */
    @Override
    public void verifyPin(ApduChannel channel, char[] pin) throws CardException {
        byte[] block = pinBlock(pin);
        try {
            CardDialogue card = new CardDialogue(channel);
            card.selectApplication(Layout.CPS_AID);
            byte[] command = Apdus.verify(block);
            try {
                int sw = Apdus.sw(card.transmit(command));
                if (sw != Apdus.SW_OK) {
                    throw pinFailure(sw);
                }
            } finally {
                Arrays.fill(command, (byte) 0);
            }
        } finally {
            Arrays.fill(block, (byte) 0);
        }
    }

    @Override
    public int pinTriesLeft(ApduChannel channel) throws CardException {
        CardDialogue card = new CardDialogue(channel);
        card.selectApplication(Layout.CPS_AID);
        int sw = Apdus.sw(card.transmit(Apdus.verifyStatus()));
        if ((sw & 0xFFF0) == Apdus.SW_PIN_TRIES_PREFIX) {
            return sw & 0x0F;
        }
        if (sw == Apdus.SW_PIN_BLOCKED) {
            return 0;
        }
        if (sw == Apdus.SW_OK) {
            return -1;
        }
        throw new CardException(Reason.UNKNOWN_CARD, String.format("VERIFY without data answered %04X", sw));
    }

    /** Maps the status word of a refused VERIFY. */
    static CardException pinFailure(int sw) {
        if ((sw & 0xFFF0) == Apdus.SW_PIN_TRIES_PREFIX) {
            int left = sw & 0x0F;
            if (left == 0) {
                return new CardException(Reason.PIN_BLOCKED, "wrong PIN: the card is now blocked (63C0)", 0, null);
            }
            return new CardException(Reason.WRONG_PIN, String.format("wrong PIN, %d tries left (%04X)", left, sw), left, null);
        }
        if (sw == Apdus.SW_PIN_BLOCKED) {
            return new CardException(Reason.PIN_BLOCKED, "the PIN is blocked (6983)", 0, null);
        }
        return new CardException(Reason.UNKNOWN_CARD, String.format("VERIFY answered %04X", sw));
    }

    /** The PIN digits in ASCII, padded with FF to {@value Layout#PIN_BLOCK_LENGTH} bytes. */
    static byte[] pinBlock(char[] pin) {
        if (pin == null || pin.length < 4 || pin.length > Layout.PIN_BLOCK_LENGTH) {
            throw new IllegalArgumentException("a PIN has 4 to 8 digits");
        }
        byte[] block = new byte[Layout.PIN_BLOCK_LENGTH];
        Arrays.fill(block, (byte) 0xFF);
        for (int i = 0; i < pin.length; i++) {
            if (pin[i] < '0' || pin[i] > '9') {
                Arrays.fill(block, (byte) 0);
                throw new IllegalArgumentException("a PIN has digits only");
            }
            block[i] = (byte) pin[i];
        }
        return block;
    }

    private static boolean startsWith(byte[] atr, byte[] prefix) {
        return atr != null && atr.length >= prefix.length && Arrays.equals(atr, 0, prefix.length, prefix, 0, prefix.length);
    }

}
