package org.openfse.card.demo.internal.profile;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.openfse.core.card.ApduChannel;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;

/**
 * The reader side of the test-card commands: SELECT, READ RECORD (with the {@code 6Cxx} retry) over
 * a driver's {@link ApduChannel}. A status word the layout does not expect means the card is not an
 * OpenFSE test card of this layout: {@link Reason#UNKNOWN_CARD}.
 */
final class CardDialogue {

    /** More records than this in one file is not a test card. */
    static final int MAX_RECORDS = 64;

    private final ApduChannel channel;

    CardDialogue(ApduChannel channel) {
        this.channel = channel;
    }

    void selectApplication(byte[] aid) throws CardException {
        int sw = Apdus.sw(transmit(Apdus.selectAid(aid)));
        if (sw != Apdus.SW_OK) {
            throw new CardException(Reason.UNKNOWN_CARD, String.format(
                    "the card has no OpenFSE test application %s (SELECT answered %04X)", HexFormat.of().formatHex(aid), sw));
        }
    }

    void selectFile(int fileId) throws CardException {
        int sw = Apdus.sw(transmit(Apdus.selectFile(fileId)));
        if (sw != Apdus.SW_OK) {
            throw new CardException(Reason.UNKNOWN_CARD, String.format("the card has no file %04X (SELECT answered %04X)", fileId, sw));
        }
    }

    /** One record of the current file, or empty when there is no record of that number ({@code 6A83}). */
    Optional<byte[]> readRecord(int number) throws CardException {
        byte[] response = transmit(Apdus.readRecord(number, 0));
        int sw = Apdus.sw(response);
        if ((sw >> 8) == Apdus.SW1_WRONG_LE) {
            response = transmit(Apdus.readRecord(number, sw & 0xFF));
            sw = Apdus.sw(response);
        }
        if (sw == Apdus.SW_OK) {
            return Optional.of(Apdus.data(response));
        }
        if (sw == Apdus.SW_RECORD_NOT_FOUND) {
            return Optional.empty();
        }
        throw new CardException(Reason.UNKNOWN_CARD, String.format("READ RECORD %d answered %04X", number, sw));
    }

    /** Every record of a file, from 1 until the card answers "record not found". */
    List<byte[]> readFile(int fileId) throws CardException {
        selectFile(fileId);
        List<byte[]> records = new ArrayList<>();
        for (int number = 1; number <= MAX_RECORDS; number++) {
            Optional<byte[]> record = readRecord(number);
            if (record.isEmpty()) {
                return records;
            }
            records.add(record.get());
        }
        throw new CardException(Reason.UNKNOWN_CARD, String.format("file %04X holds more than %d records", fileId, MAX_RECORDS));
    }

    /** The first record of a file, which must be there. */
    byte[] readFirst(int fileId) throws CardException {
        selectFile(fileId);
        return readRecord(1).orElseThrow(() -> new CardException(Reason.UNKNOWN_CARD,
                String.format("file %04X has no record 1", fileId)));
    }

    byte[] transmit(byte[] command) throws CardException {
        byte[] response = channel.transmit(command);
        if (response == null || response.length < 2) {
            throw new CardException(Reason.DRIVER_ERROR, "the card answered " + (response == null ? "nothing" : response.length + " byte(s)")
                    + " to " + HexFormat.of().formatHex(command, 0, Math.min(4, command.length)));
        }
        return response;
    }
}
