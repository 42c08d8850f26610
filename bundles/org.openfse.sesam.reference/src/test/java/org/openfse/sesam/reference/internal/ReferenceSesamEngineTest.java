package org.openfse.sesam.reference.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.sesam.SecureRequest;
import org.openfse.core.sesam.SecuredInvoice;
import org.openfse.core.sesam.SecuringException;

class ReferenceSesamEngineTest {

    private static final byte[] CONTENT = "FSE 000000254 DESMAUX NATHALIE VU3 103.00 VU3 103.00 M03 209.00"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    private ReferenceSesamEngine engine;

    @BeforeEach
    void createEngine() throws IOException {
        engine = new ReferenceSesamEngine(SealKeyFile.loadOrCreate(folder.resolve("test-seal.key")));
    }

    @Test
    void describesItselfAsTheUncertifiedReferenceEngine() {
        assertEquals("openfse-reference", engine.id());
        assertFalse(engine.certified());
        assertEquals(EnumSet.allOf(SecureMode.class), engine.supportedModes());
    }

    @ParameterizedTest
    @EnumSource(SecureMode.class)
    void aSecuredInvoiceVerifies(SecureMode mode) throws SecuringException {
        SecuredInvoice secured = engine.secure(allPresent(mode));

        assertEquals(new InvoiceNumber(254), secured.invoice());
        assertEquals(mode, secured.mode());
        assertEquals("openfse-reference", secured.engineId());
        assertArrayEquals(CONTENT, secured.content());
        assertEquals(32, secured.seal().length, "HMAC-SHA256 is 32 bytes");
        assertTrue(engine.verify(secured));
    }

    @Test
    void theSealDependsOnlyOnNumberModeAndContentNotOnTime() throws SecuringException {
        SecuredInvoice first = engine.secure(allPresent(SecureMode.SESAM_VITALE));
        SecuredInvoice second = engine.secure(allPresent(SecureMode.SESAM_VITALE));
        assertArrayEquals(first.seal(), second.seal());
    }

    @Test
    void everyFlippedByteOfTheContentIsDetected() throws SecuringException {
        SecuredInvoice secured = engine.secure(allPresent(SecureMode.SESAM_VITALE));
        for (int i = 0; i < CONTENT.length; i++) {
            byte[] tampered = secured.content();
            tampered[i] ^= 0x01;
            assertFalse(engine.verify(copy(secured, secured.invoice(), secured.mode(), tampered, secured.seal())),
                    "byte " + i);
        }
    }

    @Test
    void aLongerOrShorterContentIsDetected() throws SecuringException {
        SecuredInvoice secured = engine.secure(allPresent(SecureMode.SESAM_VITALE));
        byte[] longer = Arrays.copyOf(CONTENT, CONTENT.length + 1);
        byte[] shorter = Arrays.copyOf(CONTENT, CONTENT.length - 1);
        assertFalse(engine.verify(copy(secured, secured.invoice(), secured.mode(), longer, secured.seal())));
        assertFalse(engine.verify(copy(secured, secured.invoice(), secured.mode(), shorter, secured.seal())));
    }

    @Test
    void anotherInvoiceNumberIsDetected() throws SecuringException {
        SecuredInvoice secured = engine.secure(allPresent(SecureMode.SESAM_VITALE));
        // 254 = 0xFE; 255 differs in one bit of the number
        assertFalse(engine.verify(copy(secured, new InvoiceNumber(255), secured.mode(), CONTENT, secured.seal())));
    }

    @ParameterizedTest
    @EnumSource(value = SecureMode.class, names = "SESAM_VITALE", mode = EnumSource.Mode.EXCLUDE)
    void anotherModeIsDetected(SecureMode otherMode) throws SecuringException {
        SecuredInvoice secured = engine.secure(allPresent(SecureMode.SESAM_VITALE));
        assertFalse(engine.verify(copy(secured, secured.invoice(), otherMode, CONTENT, secured.seal())));
    }

    @Test
    void aFlippedByteOfTheSealIsDetected() throws SecuringException {
        SecuredInvoice secured = engine.secure(allPresent(SecureMode.SESAM_VITALE));
        byte[] seal = secured.seal();
        seal[31] ^= 0x01;
        assertFalse(engine.verify(copy(secured, secured.invoice(), secured.mode(), CONTENT, seal)));
    }

    @Test
    void aTruncatedSealIsDetected() throws SecuringException {
        SecuredInvoice secured = engine.secure(allPresent(SecureMode.SESAM_VITALE));
        byte[] truncated = Arrays.copyOf(secured.seal(), 16);
        assertFalse(engine.verify(copy(secured, secured.invoice(), secured.mode(), CONTENT, truncated)));
    }

    @Test
    void aSecondKeyFileDoesNotVerify() throws IOException, SecuringException {
        SecuredInvoice secured = engine.secure(allPresent(SecureMode.SESAM_VITALE));
        ReferenceSesamEngine otherInstallation =
                new ReferenceSesamEngine(SealKeyFile.loadOrCreate(folder.resolve("other").resolve("test-seal.key")));
        assertFalse(otherInstallation.verify(secured));
    }

    @Test
    void theSameKeyFileVerifiesAfterARestart() throws IOException, SecuringException {
        SecuredInvoice secured = engine.secure(allPresent(SecureMode.DEGRADE));
        ReferenceSesamEngine restarted = new ReferenceSesamEngine(SealKeyFile.loadOrCreate(folder.resolve("test-seal.key")));
        assertTrue(restarted.verify(secured));
    }

    @Test
    void anInvoiceClaimedByAnotherEngineIsNotVerified() throws SecuringException {
        SecuredInvoice secured = engine.secure(allPresent(SecureMode.SESAM_VITALE));
        SecuredInvoice claimed = new SecuredInvoice(secured.invoice(), secured.mode(), "certified-engine",
                secured.content(), secured.seal());
        assertFalse(engine.verify(claimed));
    }

    @Test
    void aRefusedModeSealsNothing() {
        SecuringException refused = assertThrows(SecuringException.class, () -> engine.secure(
                new SecureRequest("991000696", new InvoiceNumber(254), SecureMode.DEGRADE, CONTENT, true, true, false)));
        assertEquals(SecuringException.Reason.ATTACHMENT_REQUIRED, refused.reason());
    }

    @Test
    void refusesAKeyOfTheWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> new ReferenceSesamEngine(new byte[16]));
    }

    private static SecureRequest allPresent(SecureMode mode) {
        return new SecureRequest("991000696", new InvoiceNumber(254), mode, CONTENT, true, true, true);
    }

    private static SecuredInvoice copy(SecuredInvoice of, InvoiceNumber number, SecureMode mode, byte[] content,
            byte[] seal) {
        return new SecuredInvoice(number, mode, of.engineId(), content, seal);
    }
}
