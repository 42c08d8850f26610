package org.openfse.tariff.cli.internal.json;

/** The JSON {@code null}, so that a member set to null is told apart from a missing one. */
public enum JsonNull {
    /** The only value. */
    NULL;

    @Override
    public String toString() {
        return "null";
    }
}
