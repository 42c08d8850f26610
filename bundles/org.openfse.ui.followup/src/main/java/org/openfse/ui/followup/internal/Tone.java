package org.openfse.ui.followup.internal;

/** The colour family of a state in the lists: in progress, done, to watch, failed. */
public enum Tone {
    /** Blue: the lot is on its way. */
    PROGRESS(0xE3, 0xEE, 0xFB),
    /** Green: acknowledged or paid. */
    SUCCESS(0xDF, 0xF3, 0xE1),
    /** Orange: the user has something to decide. */
    WARNING(0xFD, 0xEB, 0xD0),
    /** Red: refused or failed. */
    ERROR(0xF9, 0xDA, 0xDA);

    private final int red;
    private final int green;
    private final int blue;

    Tone(int red, int green, int blue) {
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    public int red() {
        return red;
    }

    public int green() {
        return green;
    }

    public int blue() {
        return blue;
    }
}
