package org.openfse.transmission.internal.exchange;

/**
 * Named points of an exchange where the crash test stops the process (Runtime.halt) to prove that
 * nothing is lost or duplicated; the product passes {@link #NONE}.
 */
@FunctionalInterface
interface Checkpoint {

    /** After {@code LotService.beginSend} committed, before the transport got the file. */
    String BEFORE_SEND = "beforeSend";
    /** After the transport accepted the file, before {@code LotService.markSent}. */
    String AFTER_SEND = "afterSend";
    /** After a received file was stored in the inbox, before the transport acknowledged it. */
    String AFTER_STORE = "afterStore";
    /** After an ARL was recorded, before its file moved to {@code done/}. */
    String AFTER_ARL = "afterArl";

    Checkpoint NONE = point -> {
    };

    void reached(String point);
}
