package org.openfse.core.returns;

import java.util.Objects;

/**
 * A reject or notice code attached to an invoice: entity 290, 294 or a comment 295 (NOEMIE-PS.md
 * 6.3). Codes and wordings are kept exactly as received (trimmed), their lists are not public.
 *
 * @param entity {@code "290"}, {@code "294"} or {@code "295"}
 * @param code the code (blank for a comment without code)
 * @param label the wording or comment
 * @param level 294 only: {@code F} invoice, {@code L} service line, {@code A} refined code; blank otherwise
 * @param part 294 only: {@code O} mandatory, {@code C} complementary; blank otherwise
 * @param line line number (290, 294), 0 when absent
 */
public record RejectReason(String entity, String code, String label, String level, String part, int line) {

    public RejectReason {
        Objects.requireNonNull(entity, "entity");
        code = code == null ? "" : code;
        label = label == null ? "" : label;
        level = level == null ? "" : level;
        part = part == null ? "" : part;
    }

    /** Whether this is a free comment (295), not a reject code. */
    public boolean comment() {
        return "295".equals(entity);
    }

    /**
     * What the wording says about the reject (seeds 000 and 001): "Traitement caisse",
     * "Traitement manuel", a {@code ?} code or wording, otherwise a final reject ({@code -}).
     */
    public RspMark mark() {
        return RspMark.of(code, label);
    }
}
