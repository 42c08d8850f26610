package org.openfse.card.pcsc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The plain tests run with the JVM option of {@link SmartcardioReset#JVM_OPTION} (this bundle's pom). */
class SmartcardioResetTest {

    @Test
    void theJdkFieldsAreReachableWithTheOption() {
        SmartcardioReset reset = new SmartcardioReset();

        assertTrue(reset.available(), reset.unavailableBecause());
        assertEquals("", reset.unavailableBecause());
        assertTrue(reset.reset());
    }
}
