package org.openfse.card.demo.internal.profile;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openfse.card.demo.virtual.TestCard;

/**
 * The card side of the test-card layout: an ISO 7816-4 file system (applications by AID, elementary
 * files of records) and a PIN counter, answering SELECT, READ RECORD and VERIFY as
 * docs/card-profile.md says. The PIN counter lives with the card: it survives removal and reset, as
 * on a real card.
 */
public final class TestCardImage implements TestCard {

    private final String description;
    private final byte[] atr;
    private final Map<String, Map<Integer, List<byte[]>>> applications = new LinkedHashMap<>();
    private final byte[] pinBlock;
    private final String pinApplication;

    private String selectedApplication;
    private List<byte[]> selectedFile;
    private int triesLeft = Layout.PIN_TRIES;
    private boolean pinVerified;

    private TestCardImage(String description, byte[] atr, byte[] pinBlock, String pinApplication) {
        this.description = description;
        this.atr = atr.clone();
        this.pinBlock = pinBlock;
        this.pinApplication = pinApplication;
    }

    /** A card with one application and no PIN. */
    public static TestCardImage of(String description, byte[] atr, byte[] aid, Map<Integer, List<byte[]>> files) {
        TestCardImage card = new TestCardImage(description, atr, null, null);
        card.applications.put(HexFormat.of().formatHex(aid), copy(files));
        return card;
    }

    /** A card with one application protected by a PIN for VERIFY. */
    public static TestCardImage withPin(String description, byte[] atr, byte[] aid, Map<Integer, List<byte[]>> files, String pin) {
        TestCardImage card = new TestCardImage(description, atr, ReferenceCardProfile.pinBlock(pin.toCharArray()),
                HexFormat.of().formatHex(aid));
        card.applications.put(card.pinApplication, copy(files));
        return card;
    }

    /** A card with no OpenFSE application at all: every SELECT answers "file not found". */
    public static TestCardImage foreign(String description, byte[] atr) {
        return new TestCardImage(description, atr, null, null);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public byte[] atr() {
        return atr.clone();
    }

    @Override
    public synchronized void reset() {
        selectedApplication = null;
        selectedFile = null;
        pinVerified = false;
    }

    /** Tries left on the PIN counter. */
    public synchronized int triesLeft() {
        return triesLeft;
    }

    /** Whether the PIN was verified since the last reset. */
    public synchronized boolean pinVerified() {
        return pinVerified;
    }

    @Override
    public synchronized byte[] process(byte[] command) {
        if (command.length < 4) {
            return Apdus.status(Apdus.SW_WRONG_LENGTH);
        }
        if (command[0] != 0x00) {
            return Apdus.status(Apdus.SW_CLA_NOT_SUPPORTED);
        }
        int ins = command[1] & 0xFF;
        int p1 = command[2] & 0xFF;
        int p2 = command[3] & 0xFF;
        return switch (ins) {
            case Apdus.INS_SELECT -> select(p1, p2, body(command));
            case Apdus.INS_READ_RECORD -> readRecord(p1, p2, command);
            case Apdus.INS_VERIFY -> verify(p1, p2, command);
            default -> Apdus.status(Apdus.SW_INS_NOT_SUPPORTED);
        };
    }

    /** The data of a case-3 command, {@code null} when the command has none or its Lc is wrong. */
    private static byte[] body(byte[] command) {
        if (command.length < 6) {
            return null;
        }
        int lc = command[4] & 0xFF;
        // Case 3 (no Le), or case 4 with an Le byte left (T=1; the JDK strips it under T=0).
        if (command.length != 5 + lc && command.length != 6 + lc) {
            return null;
        }
        return Arrays.copyOfRange(command, 5, 5 + lc);
    }

    private byte[] select(int p1, int p2, byte[] data) {
        if (data == null) {
            return Apdus.status(Apdus.SW_WRONG_LENGTH);
        }
        if (p1 == 0x04 && p2 == 0x00) {
            String aid = HexFormat.of().formatHex(data);
            if (!applications.containsKey(aid)) {
                return Apdus.status(Apdus.SW_FILE_NOT_FOUND);
            }
            selectedApplication = aid;
            selectedFile = null;
            return Apdus.status(Apdus.SW_OK);
        }
        if (p1 == 0x02 && p2 == 0x0C) {
            if (data.length != 2 || selectedApplication == null) {
                return Apdus.status(selectedApplication == null ? Apdus.SW_FILE_NOT_FOUND : Apdus.SW_WRONG_DATA);
            }
            List<byte[]> file = applications.get(selectedApplication).get(((data[0] & 0xFF) << 8) | (data[1] & 0xFF));
            if (file == null) {
                return Apdus.status(Apdus.SW_FILE_NOT_FOUND);
            }
            selectedFile = file;
            return Apdus.status(Apdus.SW_OK);
        }
        return Apdus.status(Apdus.SW_WRONG_P1P2);
    }

    private byte[] readRecord(int number, int p2, byte[] command) {
        if (p2 != 0x04 || number == 0) {
            return Apdus.status(Apdus.SW_WRONG_P1P2);
        }
        if (command.length != 5) {
            return Apdus.status(Apdus.SW_WRONG_LENGTH);
        }
        if (selectedFile == null) {
            return Apdus.status(Apdus.SW_NO_CURRENT_EF);
        }
        if (number > selectedFile.size()) {
            return Apdus.status(Apdus.SW_RECORD_NOT_FOUND);
        }
        byte[] record = selectedFile.get(number - 1);
        int le = command[4] & 0xFF;
        int expected = le == 0 ? 256 : le;
        // T=0 rule: the card sends exactly Le bytes; otherwise it tells the right length with 6Cxx.
        if (record.length != expected && record.length > 0) {
            return Apdus.status((Apdus.SW1_WRONG_LE << 8) | record.length);
        }
        return Apdus.response(record, Apdus.SW_OK);
    }

    private byte[] verify(int p1, int p2, byte[] command) {
        if (pinBlock == null || !pinApplication.equals(selectedApplication)) {
            return Apdus.status(Apdus.SW_FILE_NOT_FOUND);
        }
        if (p1 != 0x00 || p2 != Layout.PIN_REFERENCE) {
            return Apdus.status(Apdus.SW_WRONG_P1P2);
        }
        if (command.length == 4) {
            // No data: tell the tries left (63Cx), or blocked (6983).
            return Apdus.status(triesLeft == 0 ? Apdus.SW_PIN_BLOCKED : Apdus.SW_PIN_TRIES_PREFIX | triesLeft);
        }
        byte[] given = body(command);
        if (given == null || given.length != Layout.PIN_BLOCK_LENGTH) {
            return Apdus.status(Apdus.SW_WRONG_LENGTH);
        }
        try {
            if (triesLeft == 0) {
                return Apdus.status(Apdus.SW_PIN_BLOCKED);
            }
            if (MessageDigest.isEqual(given, pinBlock)) {
                triesLeft = Layout.PIN_TRIES;
                pinVerified = true;
                return Apdus.status(Apdus.SW_OK);
            }
            triesLeft--;
            pinVerified = false;
            return Apdus.status(Apdus.SW_PIN_TRIES_PREFIX | triesLeft);
        } finally {
            Arrays.fill(given, (byte) 0);
        }
    }

    private static Map<Integer, List<byte[]>> copy(Map<Integer, List<byte[]>> files) {
        Map<Integer, List<byte[]>> copy = new LinkedHashMap<>();
        files.forEach((id, records) -> {
            List<byte[]> list = new ArrayList<>();
            records.forEach(r -> list.add(r.clone()));
            copy.put(id, List.copyOf(list));
        });
        return copy;
    }
}
