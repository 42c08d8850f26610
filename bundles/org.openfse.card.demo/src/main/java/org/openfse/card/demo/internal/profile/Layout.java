package org.openfse.card.demo.internal.profile;

import java.util.HexFormat;

/**
 * The layout of the OpenFSE test cards, version 1: ATRs, applications, files, record tags, PIN.
 * docs/card-profile.md is the reference; every value here is written there.
 */
public final class Layout {

    /** ATR of the OpenFSE test Vitale card: T=0 like the Vitale 2 card, historical bytes "OFSE-VIT01". */
    public static final byte[] VITALE_ATR = hex("3B 7A 13 00 00 4F 46 53 45 2D 56 49 54 30 31");
    /** ATR of the OpenFSE test CPS card: historical bytes "OFSE-CPS01". */
    public static final byte[] CPS_ATR = hex("3B 7A 13 00 00 4F 46 53 45 2D 43 50 53 30 31");
    /** Prefix that classifies a test Vitale card, whatever the layout version digits. */
    public static final byte[] VITALE_ATR_PREFIX = hex("3B 7A 13 00 00 4F 46 53 45 2D 56 49 54");
    /** Prefix that classifies a test CPS card. */
    public static final byte[] CPS_ATR_PREFIX = hex("3B 7A 13 00 00 4F 46 53 45 2D 43 50 53");

    /** Application of the Vitale data: F0 (proprietary, not registered) then "OFSEVITALE". */
    public static final byte[] VITALE_AID = hex("F0 4F 46 53 45 56 49 54 41 4C 45");
    /** Application of the CPS data: F0 then "OFSECPS". */
    public static final byte[] CPS_AID = hex("F0 4F 46 53 45 43 50 53");

    /** Vitale: the card (one record). */
    public static final int EF_CARD = 0x0101;
    /** Vitale: one record per beneficiary, identity and AMO. */
    public static final int EF_BENEFICIARIES = 0x0102;
    /** Vitale: one record per beneficiary (same number), address and complementary coverage. */
    public static final int EF_COMPLEMENTS = 0x0103;
    /** CPS: the holder (one record). */
    public static final int EF_HOLDER = 0x0201;
    /** CPS: one record per practice situation. */
    public static final int EF_SITUATIONS = 0x0202;

    /** Version written in tag {@link #T_LAYOUT} of the first record of each application. */
    public static final String LAYOUT_VERSION = "1";

    // EF_CARD
    public static final int T_LAYOUT = 0x01;
    public static final int T_SERIAL = 0x02;
    public static final int T_KIND = 0x03;
    public static final int T_VALID_UNTIL = 0x04;
    public static final int T_INSURED_NIR = 0x05;

    // EF_BENEFICIARIES
    public static final int T_LAST_NAME = 0x10;
    public static final int T_BIRTH_NAME = 0x11;
    public static final int T_FIRST_NAME = 0x12;
    public static final int T_BIRTH_DATE = 0x13;
    public static final int T_BIRTH_RANK = 0x14;
    public static final int T_QUALITY = 0x15;
    public static final int T_NIR = 0x16;
    public static final int T_CERTIFICATION_DATE = 0x17;
    public static final int T_REGIME = 0x20;
    public static final int T_FUND = 0x21;
    public static final int T_CENTRE = 0x22;
    public static final int T_MANAGING_CODE = 0x23;
    public static final int T_AMO_RIGHTS = 0x24;
    public static final int T_AMO_SERVICE = 0x25;
    public static final int T_EXEMPTION = 0x26;
    public static final int T_GP_DECLARED = 0x27;

    // EF_COMPLEMENTS
    public static final int T_ADDRESS_LINE = 0x18;
    public static final int T_MUTUELLE_NUMBER = 0x30;
    public static final int T_MUTUELLE_PERIOD = 0x31;
    public static final int T_AMC_NUMBER = 0x32;
    public static final int T_AMC_MEMBER = 0x33;
    public static final int T_AMC_PERIOD = 0x34;
    public static final int T_AT_RISK_MANAGER = 0x40;
    public static final int T_AT_ACCIDENT = 0x41;

    // EF_HOLDER: T_LAYOUT, T_LAST_NAME, T_FIRST_NAME

    // EF_SITUATIONS
    public static final int T_BILLING_NUMBER = 0x60;
    public static final int T_SPECIALTY = 0x61;
    public static final int T_CONVENTION = 0x62;
    public static final int T_PRICING_ZONE = 0x63;
    public static final int T_STRUCTURE = 0x64;

    /** Reference of the CPS PIN in VERIFY (P2). */
    public static final int PIN_REFERENCE = 0x81;
    /** Length of the PIN block: the digits in ASCII, padded with FF. */
    public static final int PIN_BLOCK_LENGTH = 8;
    /** Tries before the PIN blocks. */
    public static final int PIN_TRIES = 3;

    private Layout() {
    }

    static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }
}
