package org.openfse.simulator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.openfse.simulator.internal.noemie.ScriptedReturnWriter;

/**
 * The "Caisse de TEST" pays every lot it accepted, right after the positive ARL, with one NOEMIE-PS
 * return ({@link ScriptedReturnWriter}). What it does with each invoice is scripted by the last
 * digit of the invoice number, so that a tester can reach every case with ordinary invoices:
 *
 * <ul>
 * <li>{@code 7}: the AMO part is rejected, 294 code {@value #REJECT_CODE} "{@value #REJECT_LABEL}"
 * (a final reject, "-" in the RSP column);</li>
 * <li>{@code 8}: the AMO part is paid 1.00 less than claimed (a partial payment; in full when the
 * claim is 1.00 or less);</li>
 * <li>{@code 9}: rejected with the wording "{@value #CAISSE_LABEL}" (the caisse studies it again:
 * not to be défacturée);</li>
 * <li>any other digit: the AMO part claimed in the B2 (Type 5 positions 66-73) is paid.</li>
 * </ul>
 *
 * A lot whose number ends with {@code 0} also carries a withholding of 1.00 (250 ODL / RPR, debt
 * reference {@code DETTE<lot>}). The accounting date is the day after the lot's date.
 *
 * <pre>{@code CaisseDeTest caisse = CaisseDeTest.start(List.of(new ScriptedNoemieReplies()));}</pre>
 */
public final class ScriptedNoemieReplies implements AcceptedLotHandler {

    static final String REJECT_CODE = "4025";
    static final String REJECT_LABEL = "DROITS NON OUVERTS";
    static final String CAISSE_LABEL = "TRAITEMENT CAISSE";
    static final long WITHHOLDING_CENTS = 100;

    private static final Logger LOG = Logger.getLogger(ScriptedNoemieReplies.class.getName());

    @Override
    public List<ReplyFile> afterPositiveArl(AcceptedLot lot) {
        List<ScriptedReturnWriter.Outcome> outcomes = new ArrayList<>();
        for (String record : records(lot.content())) {
            if (record.length() < 73 || record.charAt(0) != '5') {
                continue;
            }
            String invoice = record.substring(26, 35);
            long claimed;
            try {
                claimed = Long.parseLong(record.substring(65, 73).strip());
            } catch (NumberFormatException e) {
                LOG.warning("Caisse de TEST: invoice " + invoice + " of " + lot.fileName() + " has no readable AMO total; not paid");
                continue;
            }
            outcomes.add(outcome(invoice, claimed));
        }
        if (outcomes.isEmpty()) {
            return List.of();
        }
        LocalDate lotDate = lot.lotDate() == null ? LocalDate.now() : lot.lotDate();
        String organisme = lot.organisme().length() >= 3 ? "01" + lot.organisme() + "0000" : "019990000";
        ScriptedReturnWriter.Withholding withholding = lot.lotNumber() % 10 == 0
                ? new ScriptedReturnWriter.Withholding("DETTE" + "%03d".formatted(lot.lotNumber()), WITHHOLDING_CENTS)
                : null;
        String fileId = "R" + "%05d".formatted(lot.lotNumber() * 100 % 100_000 + lotDate.getDayOfMonth());
        byte[] content = ScriptedReturnWriter.write(new ScriptedReturnWriter.Reply(lot.psNumber(), organisme, fileId,
                lotDate.plusDays(1), lot.lotNumber(), lotDate, outcomes, withholding));
        return List.of(new ReplyFile("RSP-" + lot.psNumber() + "-" + "%03d".formatted(lot.lotNumber()) + ".noemie", content));
    }

    static ScriptedReturnWriter.Outcome outcome(String invoice, long claimed) {
        char last = invoice.charAt(invoice.length() - 1);
        return switch (last) {
            case '7' -> ScriptedReturnWriter.Outcome.rejected(invoice, claimed, REJECT_CODE, REJECT_LABEL);
            case '8' -> ScriptedReturnWriter.Outcome.paid(invoice, claimed, claimed > 100 ? claimed - 100 : claimed);
            case '9' -> ScriptedReturnWriter.Outcome.rejected(invoice, claimed, "", CAISSE_LABEL);
            default -> ScriptedReturnWriter.Outcome.paid(invoice, claimed, claimed);
        };
    }

    /** The 128-character records of a B2 file, back to back or one per line (B2.md U7). */
    static List<String> records(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        List<String> records = new ArrayList<>();
        if (text.indexOf('\n') >= 0) {
            for (String line : text.split("\r?\n")) {
                if (!line.isEmpty()) {
                    records.add(line);
                }
            }
        } else {
            for (int from = 0; from + 128 <= text.length(); from += 128) {
                records.add(text.substring(from, from + 128));
            }
        }
        return records;
    }
}
