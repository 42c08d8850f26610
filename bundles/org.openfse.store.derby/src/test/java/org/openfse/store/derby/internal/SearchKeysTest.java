package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SearchKeysTest {

    @Test
    void namesBecomeUpperCaseWithoutAccents() {
        assertEquals("ELODIE D'AUBIGNE", SearchKeys.normalize("  Élodie   d'Aubigné "));
        assertEquals("COEUR ANAIS", SearchKeys.normalize("Cœur Anaïs"));
        assertEquals("DUPONT JEAN", SearchKeys.name("Dupont", "Jean"));
        assertNull(SearchKeys.name(null, " "));
    }

    @Test
    void likeWildcardsTypedByTheUserAreEscaped() {
        assertEquals("50!% !_X!!%", SearchKeys.prefixPattern("50% _x!"));
    }
}
