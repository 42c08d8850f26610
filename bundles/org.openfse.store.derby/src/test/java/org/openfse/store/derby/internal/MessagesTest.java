package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void sizesAreWrittenTheFrenchWay() {
        assertEquals("1,5 Go", Messages.size(1536L * 1024 * 1024));
        assertEquals("512 Mo", Messages.size(512L * 1024 * 1024));
    }

    @Test
    void quotesInPatternsComeOutSingle() {
        assertEquals("Impossible d'écrire dans /x (raison). Donnez le droit d'écriture à l'utilisateur qui lance OpenFSE.",
                Messages.get("health.dataFolder.notWritable", "/x", "raison"));
    }
}
