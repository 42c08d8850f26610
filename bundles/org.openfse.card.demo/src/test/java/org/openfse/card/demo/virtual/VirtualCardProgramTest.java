package org.openfse.card.demo.virtual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class VirtualCardProgramTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return run(new BufferedReader(new StringReader(stdin)), args);
    }

    private int run(BufferedReader stdin, String... args) {
        return new VirtualCardProgram(stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void badArgumentsAreExplainedInFrench() {
        assertEquals(2, run("", "vitale-typo"));
        assertTrue(err().contains("Carte de test inconnue : « vitale-typo »"), err());
        assertTrue(err().contains("Usage : virtual-card"), err());
        err.reset();
        assertEquals(2, run("", "--port", "abc", "vitale"));
        assertTrue(err().contains("L'option --port attend un nombre entier positif, pas « abc »."), err());
        err.reset();
        assertEquals(2, run("", "vitale", "cps", "unknown"));
        assertTrue(err().contains("Deux cartes au plus"), err());
        err.reset();
        assertEquals(2, run(""));
        assertEquals(2, run("", "--seconds"));
    }

    @Test
    void insertsTheCardUntilEnterThenRemovesIt() throws Exception {
        try (FakeVpcd vpcd = new FakeVpcd(); PipedWriter keyboard = new PipedWriter()) {
            BufferedReader stdin = new BufferedReader(new PipedReader(keyboard));
            CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> run(stdin, "--port", Integer.toString(vpcd.port()), "vitale-seed"));
            vpcd.acceptCard();
            vpcd.send(new byte[] {0x04});
            assertArrayEquals(HexFormat.of().parseHex("3B7A1300004F4653452D5649543031"), vpcd.receive());
            keyboard.write("\n");
            keyboard.flush();
            assertEquals(-1, vpcd.read(), "Enter removes the card");
            assertEquals(0, code.get(10, TimeUnit.SECONDS));
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("Carte insérée sur le port " + vpcd.port() + " : OpenFSE test Vitale card 468920691"), text);
            assertTrue(text.contains("Cartes retirées."), text);
        }
    }
}
