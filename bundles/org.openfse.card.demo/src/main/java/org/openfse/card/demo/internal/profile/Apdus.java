package org.openfse.card.demo.internal.profile;

import java.util.Arrays;

/** ISO 7816-4 command APDUs and status words used by the OpenFSE test cards. */
public final class Apdus {

    public static final int SW_OK = 0x9000;
    public static final int SW_WRONG_LENGTH = 0x6700;
    public static final int SW_SECURITY_STATUS = 0x6982;
    public static final int SW_PIN_BLOCKED = 0x6983;
    public static final int SW_NO_CURRENT_EF = 0x6986;
    public static final int SW_WRONG_DATA = 0x6A80;
    public static final int SW_FILE_NOT_FOUND = 0x6A82;
    public static final int SW_RECORD_NOT_FOUND = 0x6A83;
    public static final int SW_WRONG_P1P2 = 0x6A86;
    public static final int SW_INS_NOT_SUPPORTED = 0x6D00;
    public static final int SW_CLA_NOT_SUPPORTED = 0x6E00;
    /** {@code 63Cx}: wrong PIN, x tries left. */
    public static final int SW_PIN_TRIES_PREFIX = 0x63C0;
    /** {@code 6Cxx}: wrong Le, xx is the exact length. */
    public static final int SW1_WRONG_LE = 0x6C;

    public static final int INS_SELECT = 0xA4;
    public static final int INS_READ_RECORD = 0xB2;
    public static final int INS_VERIFY = 0x20;

    private Apdus() {
    }

    /** SELECT by AID: {@code 00 A4 04 00 Lc AID} (no Le: the answer is 9000 alone). */
    public static byte[] selectAid(byte[] aid) {
        byte[] apdu = new byte[5 + aid.length];
        apdu[1] = (byte) INS_SELECT;
        apdu[2] = 0x04;
        apdu[4] = (byte) aid.length;
        System.arraycopy(aid, 0, apdu, 5, aid.length);
        return apdu;
    }

    /** SELECT an elementary file of the current application: {@code 00 A4 02 0C 02 FID}. */
    public static byte[] selectFile(int fileId) {
        return new byte[] {0x00, (byte) INS_SELECT, 0x02, 0x0C, 0x02, (byte) (fileId >> 8), (byte) fileId};
    }

    /** READ RECORD {@code number} of the current file: {@code 00 B2 nn 04 Le}; Le 0 asks for up to 256 bytes. */
    public static byte[] readRecord(int number, int le) {
        return new byte[] {0x00, (byte) INS_READ_RECORD, (byte) number, 0x04, (byte) le};
    }

    /** VERIFY with a PIN block: {@code 00 20 00 81 08 <block>}. */
    public static byte[] verify(byte[] pinBlock) {
        byte[] apdu = new byte[5 + pinBlock.length];
        apdu[1] = (byte) INS_VERIFY;
        apdu[3] = (byte) Layout.PIN_REFERENCE;
        apdu[4] = (byte) pinBlock.length;
        System.arraycopy(pinBlock, 0, apdu, 5, pinBlock.length);
        return apdu;
    }

    /** VERIFY without data, which asks for the tries left: {@code 00 20 00 81}. */
    public static byte[] verifyStatus() {
        return new byte[] {0x00, (byte) INS_VERIFY, 0x00, (byte) Layout.PIN_REFERENCE};
    }

    /** SW1 SW2 of a response. */
    public static int sw(byte[] response) {
        if (response.length < 2) {
            throw new IllegalArgumentException("a response has at least SW1 SW2, got " + response.length + " bytes");
        }
        return ((response[response.length - 2] & 0xFF) << 8) | (response[response.length - 1] & 0xFF);
    }

    /** The data of a response (without SW1 SW2). */
    public static byte[] data(byte[] response) {
        return Arrays.copyOf(response, response.length - 2);
    }

    /** A response: data then the status word. */
    public static byte[] response(byte[] data, int sw) {
        byte[] response = Arrays.copyOf(data, data.length + 2);
        response[data.length] = (byte) (sw >> 8);
        response[data.length + 1] = (byte) sw;
        return response;
    }

    /** A response with no data. */
    public static byte[] status(int sw) {
        return new byte[] {(byte) (sw >> 8), (byte) sw};
    }
}
