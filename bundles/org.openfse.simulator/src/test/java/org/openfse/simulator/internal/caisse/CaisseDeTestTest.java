package org.openfse.simulator.internal.caisse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.activation.DataHandler;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openfse.simulator.AcceptedLot;
import org.openfse.simulator.CaisseDeTest;
import org.openfse.simulator.ReplyFile;

/**
 * The "Caisse de TEST" spoken to with plain Jakarta Mail and the JDK HTTP client, as a sender
 * would. ARL positions are those of docs/oct-protocol.md section 5, read here by hand.
 */
class CaisseDeTestTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private CaisseDeTest caisse;
    private final List<AcceptedLot> accepted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        caisse = CaisseDeTest.start(List.of(lot -> {
            accepted.add(lot);
            return List.of(new ReplyFile("RSP-" + lot.lotNumber() + ".NOE", "000NOEMIE".getBytes(StandardCharsets.US_ASCII)));
        }));
    }

    @AfterEach
    void stop() {
        caisse.close();
    }

    /** A record of 128 characters with values at 1-based positions (B2.md tables). */
    private static String record(Object... positionsAndValues) {
        char[] record = new char[128];
        java.util.Arrays.fill(record, ' ');
        for (int i = 0; i < positionsAndValues.length; i += 2) {
            String value = (String) positionsAndValues[i + 1];
            value.getChars(0, value.length(), record, (Integer) positionsAndValues[i] - 1);
        }
        return new String(record);
    }

    /** One lot (number 25, 28/05/2024, PS 992604231, organisme 349) with one invoice, after B2.md section 3. */
    static byte[] b2(int lotNumber) {
        String lot = "%03d".formatted(lotNumber);
        return (record(1, "000", 4, "TP", 6, "00000992604231")
                + record(1, "1", 2, "992604231", 17, "349", 20, lot, 72, "240528")
                + record(1, "2", 2, "992604231", 12, "1850575123456", 27, "000000254")
                + record(1, "4", 2, "992604231", 12, "1850575123456", 27, "000000254")
                + record(1, "5", 2, "992604231", 12, "1850575123456", 27, "000000254")
                + record(1, "6", 2, "992604231", 11, "001", 52, lot)
                + record(1, "999", 4, "TP", 6, "00000992604231", 83, "001")).getBytes(StandardCharsets.US_ASCII);
    }

    private void mailLot(String name, byte[] content) throws Exception {
        Session session = Session.getInstance(new Properties());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(CaisseDeTest.PS_ADDRESS));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("019990000@" + CaisseDeTest.RECIPIENT_DOMAIN));
        message.setSubject(name);
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(content, "application/octet-stream")));
        file.setFileName(name);
        file.setDisposition(Part.ATTACHMENT);
        message.setContent(new MimeMultipart(file));
        message.saveChanges();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect("127.0.0.1", caisse.smtpPort(), CaisseDeTest.PS_LOGIN, CaisseDeTest.PS_PASSWORD);
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    /** Attachments of the professional's mailbox, by name, read over POP3 and deleted. */
    private Map<String, byte[]> mailbox() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Store store = Session.getInstance(new Properties()).getStore("pop3")) {
            store.connect("127.0.0.1", caisse.pop3Port(), CaisseDeTest.PS_LOGIN, CaisseDeTest.PS_PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            for (Message message : inbox.getMessages()) {
                Multipart parts = (Multipart) message.getContent();
                for (int i = 0; i < parts.getCount(); i++) {
                    Part part = parts.getBodyPart(i);
                    if (part.getFileName() != null) {
                        try (InputStream in = part.getInputStream()) {
                            files.put(part.getFileName(), in.readAllBytes());
                        }
                    }
                }
                message.setFlag(jakarta.mail.Flags.Flag.DELETED, true);
            }
            inbox.close(true);
        }
        return files;
    }

    private static String arl(byte[] content) {
        assertEquals(128, content.length);
        return new String(content, StandardCharsets.US_ASCII);
    }

    @Test
    void aWellFormedLotByMailGetsAPositiveArlThenTheHandlersReplies() throws Exception {
        mailLot("L025.B2", b2(25));
        assertEquals(1, caisse.lotsReceived(), "answered while the SMTP server delivered the lot");

        Map<String, byte[]> files = mailbox();
        assertEquals(List.of("L025.B2.ARL", "RSP-25.NOE"), new ArrayList<>(files.keySet()));
        String arl = arl(files.get("L025.B2.ARL"));
        assertEquals("ARL", arl.substring(0, 3));
        assertEquals("P", arl.substring(3, 4));
        assertEquals("992604231", arl.substring(4, 13));
        assertEquals("349", arl.substring(13, 16));
        assertEquals("025", arl.substring(16, 19));
        assertEquals("240528", arl.substring(19, 25));
        assertEquals("0000", arl.substring(25, 29));
        assertEquals("L025.B2", arl.substring(29, 77).strip());
        assertEquals("LOT ACCEPTE", arl.substring(77).strip());

        assertEquals(1, accepted.size());
        AcceptedLot lot = accepted.get(0);
        assertEquals("mail", lot.channel());
        assertEquals("992604231", lot.psNumber());
        assertEquals(25, lot.lotNumber());
        assertEquals(LocalDate.of(2024, 5, 28), lot.lotDate());
        assertArrayEquals(b2(25), lot.content());
    }

    @Test
    void aMalformedOrScriptedLotGetsANegativeArlAndNoReturn() throws Exception {
        mailLot("BAD.B2", "000 too short".getBytes(StandardCharsets.US_ASCII));
        caisse.scriptNegativeArl(26);
        mailLot("L026.B2", b2(26));
        byte[] unclosed = new String(b2(27), StandardCharsets.US_ASCII).replace(record(1, "6", 2, "992604231", 11, "001", 52, "027"),
                record(1, "4", 2, "992604231")).getBytes(StandardCharsets.US_ASCII);
        mailLot("L027.B2", unclosed);
        assertTrue(caisse.awaitLots(3, WAIT));

        Map<String, byte[]> files = mailbox();
        assertEquals(3, files.size(), files.keySet().toString());
        assertEquals("N0001", arl(files.get("BAD.B2.ARL")).substring(3, 4) + arl(files.get("BAD.B2.ARL")).substring(25, 29));
        assertEquals("N9999", arl(files.get("L026.B2.ARL")).substring(3, 4) + arl(files.get("L026.B2.ARL")).substring(25, 29));
        assertEquals("N0002", arl(files.get("L027.B2.ARL")).substring(3, 4) + arl(files.get("L027.B2.ARL")).substring(25, 29));
        assertTrue(accepted.isEmpty());
    }

    @Test
    void theSameFileTwiceGetsItsArlAgainButIsAcceptedOnce() throws Exception {
        mailLot("L025.B2", b2(25));
        mailLot("L025.B2", b2(25));
        assertTrue(caisse.awaitLots(2, WAIT));

        assertEquals(1, accepted.size());
    }

    @Test
    void theConcentratorEndpointAnswersTheArlBeforeThePutReturns() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + caisse.octPort() + "/openfse-oct/v1/";
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                (CaisseDeTest.OCT_USER + ":" + CaisseDeTest.OCT_PASSWORD).getBytes(StandardCharsets.UTF_8));
        byte[] lot = b2(25);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(lot));
        HttpRequest put = HttpRequest.newBuilder(URI.create(base + "lots/L025.B2")).header("Authorization", auth)
                .header("X-OpenFSE-SHA256", sha).header("X-OpenFSE-Destination", "01 349")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(lot)).build();

        assertEquals(201, http.send(put, HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(200, http.send(put, HttpResponse.BodyHandlers.discarding()).statusCode(), "idempotent");

        String listing = http.send(HttpRequest.newBuilder(URI.create(base + "returns")).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(listing.startsWith("L025.B2.ARL 128 "), listing);
        assertTrue(listing.contains("\nRSP-25.NOE 9 "), listing);
        byte[] arl = http.send(HttpRequest.newBuilder(URI.create(base + "returns/L025.B2.ARL")).header("Authorization", auth)
                .build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        assertEquals("ARLP", arl(arl).substring(0, 4));
        assertEquals(204, http.send(HttpRequest.newBuilder(URI.create(base + "returns/L025.B2.ARL")).header("Authorization", auth)
                .DELETE().build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(base + "returns")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals("oct", accepted.get(0).channel());
    }
}
