package org.openfse.scor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openfse.core.attachment.AttachmentState;

/** Exactly the PJ moves of the brief (states of seed 002) are allowed, over every pair of states. */
class AttachmentServiceImplTest {

    private static final Set<String> ALLOWED = Set.of(
            "MISSING>COMPLIANT", "MISSING>NON_COMPLIANT", "MISSING>PAPER_COLLECTION",
            "NON_COMPLIANT>TO_REBUILD", "NON_COMPLIANT>COMPLIANT",
            "TO_REBUILD>COMPLIANT", "TO_REBUILD>NON_COMPLIANT",
            "COMPLIANT>SAVED", "COMPLIANT>ARCHIVED",
            "SAVED>ARCHIVED");

    private final AttachmentServiceImpl service = new AttachmentServiceImpl();

    static Stream<Arguments> everyPair() {
        return Arrays.stream(AttachmentState.values())
                .flatMap(from -> Arrays.stream(AttachmentState.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void exactlyTheTableIsAllowed(AttachmentState from, AttachmentState to) {
        assertEquals(ALLOWED.contains(from + ">" + to), service.nextStates(from).contains(to));
    }

    @Test
    void archivedAndPaperCollectionAreFinal() {
        assertEquals(Set.of(), service.nextStates(AttachmentState.ARCHIVED));
        assertEquals(Set.of(), service.nextStates(AttachmentState.PAPER_COLLECTION));
    }

    @Test
    void refusedSamples() {
        // a missing scan cannot be saved or archived before it was judged compliant
        assertFalse(service.nextStates(AttachmentState.MISSING).contains(AttachmentState.SAVED));
        assertFalse(service.nextStates(AttachmentState.NON_COMPLIANT).contains(AttachmentState.ARCHIVED));
        assertFalse(service.nextStates(AttachmentState.SAVED).contains(AttachmentState.COMPLIANT));
    }

    @Test
    void nextStatesCannotBeChangedByACaller() {
        assertThrows(UnsupportedOperationException.class,
                () -> service.nextStates(AttachmentState.MISSING).add(AttachmentState.ARCHIVED));
    }
}
