package org.openfse.simulator;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The "Caisse de TEST", a simulated payer organisme. Its fixed identity, written into every file
 * it produces:
 *
 * <ul>
 * <li>name {@value #NAME} (free message area of the NOEMIE-PS header, positions 92-128);</li>
 * <li>organisme code {@value #ORGANISME}: régime {@code 01} (régime général), caisse {@code 999}
 * (no real caisse has that number), centre {@code 0000}, the 071 "paying organisme" of convention
 * C14;</li>
 * <li>sender type {@code CP} and sender number {@value #SENDER_NUMBER} (the organisme code
 * right-aligned and zero-filled on 14 digits) in the header and trailer;</li>
 * <li>flow type {@code T} (test) in the header (position 71) and trailer (position 64), so that
 * no file of the simulator can pass for a real payment.</li>
 * </ul>
 *
 * <p>Fields the format documents leave UNKNOWN are left blank (header norm and application type,
 * sending program, N-U12). Later content: ARL for received lots, scripted rejects, withholdings.
 */
@ProviderType
public interface PayerSimulator {

    /** Name of the simulated organisme, as written in the files (upper case, C1). */
    String NAME = "CAISSE DE TEST";

    /** Organisme code: régime 01, caisse 999, centre 0000. */
    String ORGANISME = "019990000";

    /** Sender number of the header and trailer records. */
    String SENDER_NUMBER = "00000019990000";

    /**
     * Writes the NOEMIE-PS return that pays these invoices in one transfer, following
     * NOEMIE-PS.md: header 000, payee 040 (the professional), payment group 071 (accounting date,
     * wording), return type 081 {@code 01} (electronic flows), then for each lot, in the order of
     * first appearance, a lot 080 and for each of its invoices an invoice 102 (type {@code F}) and
     * its AMO part 198 (state {@code P}), closed by the lot's 990; then the payment group's 990
     * and the trailer 999. Counters and cumulative amounts follow C10 to C13; records are 128
     * bytes back to back, without line ends.
     *
     * @return the file's bytes (US-ASCII)
     */
    byte[] paymentReturn(PaymentOrder order);
}
