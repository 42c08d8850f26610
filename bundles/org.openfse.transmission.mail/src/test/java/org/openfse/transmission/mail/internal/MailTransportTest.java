package org.openfse.transmission.mail.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openfse.core.transport.IncomingFile;
import org.openfse.core.transport.OutgoingFile;
import org.openfse.core.transport.TransportException;

/** The mail transport against a real SMTP / POP3 server on loopback (GreenMail, free ports). */
class MailTransportTest {

    private static final String PASSWORD = "s3cret";
    private static final byte[] LOT = "000TP00000992604231 fake B2 bytes".getBytes(StandardCharsets.US_ASCII);

    private GreenMail server;

    @BeforeEach
    void start() {
        server = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_POP3)});
        server.start();
        server.setUser("cabinet@cabinet.test", "cabinet", PASSWORD);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private MailTransport transport(String password) throws InvalidSettingsException {
        Map<String, Object> values = new HashMap<>();
        values.put("smtpHost", "127.0.0.1");
        values.put("smtpPort", server.getSmtp().getPort());
        values.put("smtpSecurity", MailSecurity.NONE);
        values.put("pop3Host", "127.0.0.1");
        values.put("pop3Port", server.getPop3().getPort());
        values.put("pop3Security", MailSecurity.NONE);
        values.put("user", "cabinet");
        values.put("password", password);
        values.put("senderAddress", "cabinet@cabinet.test");
        values.put("recipientDomain", "caisse.test");
        return new MailTransport(MailOptions.from(ConfigProxy.of(MailSettings.class, values)));
    }

    @Test
    void sendsTheFileAsTheOnlyAttachmentToTheOrganismeAddress() throws Exception {
        transport(PASSWORD).send(new OutgoingFile("L025.B2", "01 999 0000", LOT));

        MimeMessage[] received = server.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage message = received[0];
        assertEquals("019990000@caisse.test", ((InternetAddress) message.getAllRecipients()[0]).getAddress());
        assertEquals("cabinet@cabinet.test", ((InternetAddress) message.getFrom()[0]).getAddress());
        assertEquals("L025.B2", message.getSubject());
        assertEquals("L025.B2", message.getHeader("X-OpenFSE-File")[0]);
        // SHA-256 of the bytes, computed by the JDK here, not by the transport
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(LOT)),
                message.getHeader("X-OpenFSE-SHA256")[0]);
        Multipart parts = (Multipart) message.getContent();
        List<Part> attachments = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                attachments.add(parts.getBodyPart(i));
            }
        }
        assertEquals(1, attachments.size());
        assertEquals("L025.B2", attachments.get(0).getFileName());
        try (InputStream in = attachments.get(0).getInputStream()) {
            assertArrayEquals(LOT, in.readAllBytes());
        }
    }

    private void deliverToCabinet(String fileName, byte[] content) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new java.util.Properties()));
        message.setFrom(new InternetAddress("019990000@caisse.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("cabinet@cabinet.test"));
        message.setSubject("retour " + fileName);
        MimeBodyPart text = new MimeBodyPart();
        text.setText("retour");
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(content, "application/octet-stream")));
        file.setFileName(fileName);
        file.setDisposition(Part.ATTACHMENT);
        message.setContent(new MimeMultipart(text, file));
        message.saveChanges();
        server.getUserManager().getUser("cabinet").deliver(message);
    }

    @Test
    void receivesEveryAttachmentAndEmptiesTheMailboxOnlyAfterStoring() throws Exception {
        deliverToCabinet("L025.B2.ARL", "ARLP".getBytes(StandardCharsets.US_ASCII));
        deliverToCabinet("RSP001.NOE", "000 noemie".getBytes(StandardCharsets.US_ASCII));
        MailTransport transport = transport(PASSWORD);

        // peeking (no sink) leaves the mailbox as it was
        assertEquals(2, transport.receive().size());

        List<IncomingFile> stored = new ArrayList<>();
        assertEquals(2, transport.receive(stored::add));

        assertEquals(List.of("L025.B2.ARL", "RSP001.NOE"), stored.stream().map(IncomingFile::name).toList());
        assertEquals("019990000@caisse.test", stored.get(0).origin());
        assertArrayEquals("000 noemie".getBytes(StandardCharsets.US_ASCII), stored.get(1).content());
        assertEquals(0, transport.receive(file -> {
            throw new AssertionError("mailbox should be empty, got " + file.name());
        }));
    }

    @Test
    void aFileTheSinkCannotStoreStaysInTheMailbox() throws Exception {
        deliverToCabinet("A.ARL", new byte[] {1});
        deliverToCabinet("B.ARL", new byte[] {2});
        MailTransport transport = transport(PASSWORD);

        List<String> stored = new ArrayList<>();
        TransportException e = assertThrows(TransportException.class, () -> transport.receive(file -> {
            if (file.name().equals("B.ARL")) {
                throw new IOException("disk full");
            }
            stored.add(file.name());
        }));
        assertTrue(e.retryable());
        assertEquals(List.of("A.ARL"), stored);

        List<String> again = new ArrayList<>();
        transport.receive(file -> again.add(file.name()));
        assertEquals(List.of("B.ARL"), again, "A was stored and deleted, B stayed");
    }

    @Test
    void refusedCredentialsAreNotRetryableAndSayItInFrench() throws Exception {
        TransportException e = assertThrows(TransportException.class, () -> transport("wrong").receive(file -> {
        }));
        assertFalse(e.retryable());
        assertEquals("Le serveur de messagerie a refusé l'identifiant ou le mot de passe.", e.getMessage());
    }

    @Test
    void aServerThatDoesNotAnswerIsRetryable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, Object> values = new HashMap<>();
        values.put("smtpHost", "127.0.0.1");
        values.put("smtpPort", closedPort);
        values.put("smtpSecurity", MailSecurity.NONE);
        values.put("pop3Host", "127.0.0.1");
        values.put("user", "cabinet");
        values.put("password", PASSWORD);
        values.put("senderAddress", "cabinet@cabinet.test");
        values.put("recipientDomain", "caisse.test");
        MailTransport transport = new MailTransport(MailOptions.from(ConfigProxy.of(MailSettings.class, values)));

        TransportException e = assertThrows(TransportException.class,
                () -> transport.send(new OutgoingFile("L1.B2", "019990000", LOT)));
        assertTrue(e.retryable());
        assertEquals("Le serveur de messagerie 127.0.0.1 ne répond pas (port " + closedPort + ").", e.getMessage());
    }

    @Test
    void aDestinationWithoutAddressIsRefusedBeforeConnecting() throws Exception {
        Map<String, Object> values = new HashMap<>();
        values.put("smtpHost", "127.0.0.1");
        values.put("pop3Host", "127.0.0.1");
        values.put("user", "cabinet");
        values.put("password", PASSWORD);
        values.put("senderAddress", "cabinet@cabinet.test");
        MailTransport transport = new MailTransport(MailOptions.from(ConfigProxy.of(MailSettings.class, values)));

        TransportException e = assertThrows(TransportException.class,
                () -> transport.send(new OutgoingFile("L1.B2", "01 349", LOT)));
        assertFalse(e.retryable());
        assertTrue(e.getMessage().startsWith("Aucune adresse de messagerie pour l'organisme « 01 349 »"), e.getMessage());
    }
}
