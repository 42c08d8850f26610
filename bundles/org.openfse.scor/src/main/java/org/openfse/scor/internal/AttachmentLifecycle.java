package org.openfse.scor.internal;

import static org.openfse.core.attachment.AttachmentState.ARCHIVED;
import static org.openfse.core.attachment.AttachmentState.COMPLIANT;
import static org.openfse.core.attachment.AttachmentState.MISSING;
import static org.openfse.core.attachment.AttachmentState.NON_COMPLIANT;
import static org.openfse.core.attachment.AttachmentState.PAPER_COLLECTION;
import static org.openfse.core.attachment.AttachmentState.SAVED;
import static org.openfse.core.attachment.AttachmentState.TO_REBUILD;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openfse.core.attachment.AttachmentState;

/**
 * The moves a scanned attachment (pièce jointe SCOR) may make between the PJ states of seed 002
 * (manquant, non conforme, conforme, à reconstituer, archivé, sauvegardé, collecte papier). Seed 002
 * also says what makes a page conforme: not empty, straight, readable, clear enough, not a duplicate
 * of the previous page.
 *
 * <table>
 * <caption>Allowed moves</caption>
 * <tr><th>from</th><th>to</th><th>why</th></tr>
 * <tr><td>MISSING</td><td>COMPLIANT, NON_COMPLIANT, PAPER_COLLECTION</td><td>scanned and judged; or
 * the paper is collected instead</td></tr>
 * <tr><td>NON_COMPLIANT</td><td>TO_REBUILD, COMPLIANT</td><td>to be scanned again; or judged again</td></tr>
 * <tr><td>TO_REBUILD</td><td>COMPLIANT, NON_COMPLIANT</td><td>the new scan is judged</td></tr>
 * <tr><td>COMPLIANT</td><td>SAVED, ARCHIVED</td><td>kept</td></tr>
 * <tr><td>SAVED</td><td>ARCHIVED</td><td></td></tr>
 * <tr><td>ARCHIVED, PAPER_COLLECTION</td><td>none</td><td>final</td></tr>
 * </table>
 */
final class AttachmentLifecycle {

    private static final Map<AttachmentState, Set<AttachmentState>> NEXT = table();

    private static Map<AttachmentState, Set<AttachmentState>> table() {
        Map<AttachmentState, Set<AttachmentState>> next = new EnumMap<>(AttachmentState.class);
        next.put(MISSING, EnumSet.of(COMPLIANT, NON_COMPLIANT, PAPER_COLLECTION));
        next.put(NON_COMPLIANT, EnumSet.of(TO_REBUILD, COMPLIANT));
        next.put(TO_REBUILD, EnumSet.of(COMPLIANT, NON_COMPLIANT));
        next.put(COMPLIANT, EnumSet.of(SAVED, ARCHIVED));
        next.put(SAVED, EnumSet.of(ARCHIVED));
        next.put(ARCHIVED, EnumSet.noneOf(AttachmentState.class));
        next.put(PAPER_COLLECTION, EnumSet.noneOf(AttachmentState.class));
        for (AttachmentState state : AttachmentState.values()) {
            if (!next.containsKey(state)) {
                throw new AssertionError("no row for " + state);
            }
            next.put(state, Collections.unmodifiableSet(next.get(state)));
        }
        return Collections.unmodifiableMap(next);
    }

    /** The states an attachment may move to from {@code from}; empty for a final state. */
    Set<AttachmentState> nextStates(AttachmentState from) {
        return NEXT.get(Objects.requireNonNull(from, "from"));
    }
}
