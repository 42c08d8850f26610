package org.openfse.simulator.internal.caisse;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks the "Caisse de TEST" makes on a received B2 file before answering its ARL: the
 * framing and record structure of reference/formats/B2.md sections 2 and 3, and the lot number
 * consistency of section 6 (Type 1 positions 20-22 equal Type 6 positions 52-54, Type 999 lot count
 * at 83-85). The full field-level checker of bundle {@code org.openfse.b2} replaces
 * {@link #check(byte[])} when that bundle is available (single call site:
 * {@code CaisseDeTest.examine}).
 */
final class B2Framing {

    static final int RECORD = 128;

    /** What the check found: the first lot header's keys, or the first problem. */
    record Result(boolean ok, String code, String message, String psNumber, String organisme, int lotNumber,
            LocalDate lotDate) {
    }

    private B2Framing() {
    }

    static Result check(byte[] file) {
        List<String> records = records(file);
        if (records == null) {
            return bad("0001", "LONGUEUR DE FICHIER INCORRECTE", "000000000", "000", 0, null);
        }
        if (records.size() < 4 || !records.get(0).startsWith("000") || !records.get(records.size() - 1).startsWith("999")) {
            return bad("0001", "EN-TETE OU FIN DE FICHIER ABSENT", "000000000", "000", 0, null);
        }
        String ps = "000000000";
        String organisme = "000";
        int lotNumber = 0;
        LocalDate lotDate = null;
        int lots = 0;
        boolean inLot = false;
        int openLot = -1;
        for (int i = 1; i < records.size() - 1; i++) {
            String record = records.get(i);
            char type = record.charAt(0);
            int position = i + 1;
            switch (type) {
                case '1' -> {
                    if (inLot) {
                        return bad("0002", "ENREGISTREMENT " + position + " : LOT NON FERME", ps, organisme, lotNumber, lotDate);
                    }
                    inLot = true;
                    lots++;
                    openLot = number(record, 20, 22);
                    if (lots == 1) {
                        ps = record.substring(1, 10);
                        organisme = record.substring(16, 19);
                        lotNumber = Math.max(openLot, 0);
                        lotDate = date(record.substring(71, 77));
                    }
                    if (openLot < 1) {
                        return bad("0002", "ENREGISTREMENT " + position + " : NUMERO DE LOT ILLISIBLE", ps, organisme, 0,
                                lotDate);
                    }
                }
                case '2', '3', '4', '5' -> {
                    if (!inLot) {
                        return bad("0002", "ENREGISTREMENT " + position + " : FACTURE HORS LOT", ps, organisme, lotNumber,
                                lotDate);
                    }
                }
                case '6' -> {
                    if (!inLot) {
                        return bad("0002", "ENREGISTREMENT " + position + " : FIN DE LOT SANS LOT", ps, organisme, lotNumber,
                                lotDate);
                    }
                    if (number(record, 52, 54) != openLot) {
                        return bad("0003", "ENREGISTREMENT " + position + " : NUMERO DE LOT DIFFERENT", ps, organisme,
                                lotNumber, lotDate);
                    }
                    inLot = false;
                }
                default -> {
                    return bad("0002", "ENREGISTREMENT " + position + " : TYPE INCONNU", ps, organisme, lotNumber, lotDate);
                }
            }
        }
        if (inLot || lots == 0) {
            return bad("0002", lots == 0 ? "AUCUN LOT" : "LOT NON FERME", ps, organisme, lotNumber, lotDate);
        }
        if (number(records.get(records.size() - 1), 83, 85) != lots) {
            return bad("0003", "NOMBRE DE LOTS DIFFERENT", ps, organisme, lotNumber, lotDate);
        }
        return new Result(true, "0000", "LOT ACCEPTE", ps, organisme, lotNumber, lotDate);
    }

    private static Result bad(String code, String message, String ps, String organisme, int lot, LocalDate date) {
        return new Result(false, code, message, ps, organisme, lot, date);
    }

    /** The 128-byte records, accepting CR/LF after each (B2.md U7); null when the length is wrong. */
    static List<String> records(byte[] file) {
        String text = new String(file, StandardCharsets.ISO_8859_1);
        List<String> records = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            if (at + RECORD > text.length()) {
                return null;
            }
            records.add(text.substring(at, at + RECORD));
            at += RECORD;
            if (at < text.length() && text.charAt(at) == '\r') {
                at++;
            }
            if (at < text.length() && text.charAt(at) == '\n') {
                at++;
            }
        }
        return records;
    }

    private static int number(String record, int start, int end) {
        String digits = record.substring(start - 1, end);
        return digits.chars().allMatch(Character::isDigit) ? Integer.parseInt(digits) : -1;
    }

    private static LocalDate date(String yymmdd) {
        try {
            return LocalDate.of(2000 + Integer.parseInt(yymmdd.substring(0, 2)), Integer.parseInt(yymmdd.substring(2, 4)),
                    Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }
}
