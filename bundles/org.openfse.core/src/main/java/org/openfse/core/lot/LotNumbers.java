package org.openfse.core.lot;

/**
 * Lot numbers: three digits per practitioner, {@code 001} to {@code 999} (B2 type 1 positions
 * 20-22, type 6 positions 52-54; seed 002 shows lots 025, 026, 027).
 *
 * <p>Rollover: after 999 comes 001 (000 is never used). A number is reused only when the lot that
 * last carried it is finished; while it is not (it could still get an ARL or a NOEMIE return under
 * that number), the next free number is taken. The counter is
 * {@code PractitionerSettings.nextLotNumber}.
 */
public final class LotNumbers {

    /** The highest lot number. */
    public static final int MAX = 999;

    private LotNumbers() {
    }

    /** The number after {@code number}: {@code number + 1}, and 1 after {@value #MAX}. */
    public static int next(int number) {
        requireValid(number);
        return number == MAX ? 1 : number + 1;
    }

    /** Three digits, zero-filled. */
    public static String format(int number) {
        requireValid(number);
        return String.format("%03d", number);
    }

    /** @throws IllegalArgumentException when not between 1 and 999 */
    public static int requireValid(int number) {
        if (number < 1 || number > MAX) {
            throw new IllegalArgumentException("lot number out of 1..999: " + number);
        }
        return number;
    }
}
