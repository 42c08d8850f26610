package org.openfse.transmission.mail.internal;

import jakarta.activation.DataHandler;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.openfse.core.transport.IncomingFile;
import org.openfse.core.transport.IncomingFileSink;
import org.openfse.core.transport.OutgoingFile;
import org.openfse.core.transport.TransportException;

/**
 * Sends lots over SMTP (one message per file, the file as its only attachment) and receives the
 * returns over POP3 (every attachment of every message of the mailbox). A message is deleted from
 * the mailbox only after every file it carries was accepted by the sink; a process stopped in the
 * middle never sends QUIT, so the POP3 server deletes nothing and the files come again next time.
 *
 * <p>Jakarta Mail finds its provider (Angus) with {@link java.util.ServiceLoader} through the
 * thread's context class loader; in OSGi that loader sees nothing, so every mail operation runs
 * with the Angus bundle's class loader as context loader (docs/adr, "Jakarta Mail provider in
 * OSGi"), which works in OSGi and on a plain class path alike.
 */
final class MailClient {

    /** Header naming the file a lot message carries. */
    static final String FILE_HEADER = "X-OpenFSE-File";
    /** Header carrying the SHA-256 of that file (hex, lower case). */
    static final String SHA256_HEADER = "X-OpenFSE-SHA256";

    private static final System.Logger LOG = System.getLogger(MailClient.class.getName());
    private static final String TIMEOUT_MS = "30000";

    private final MailOptions options;

    MailClient(MailOptions options) {
        this.options = options;
    }

    void send(OutgoingFile file) throws TransportException {
        String recipient;
        try {
            recipient = options.recipientFor(file.destination());
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "mail: no address for destination " + file.destination());
            throw new TransportException(Messages.format(Locale.FRENCH, "no.recipient", file.destination()), false, e);
        }
        byte[] content = file.content();
        withMailProvider(() -> {
            Session session = Session.getInstance(properties("smtp", options.smtpSecurity()));
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(options.senderAddress()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
            message.setSubject(file.name(), "US-ASCII");
            message.setHeader(FILE_HEADER, file.name());
            message.setHeader(SHA256_HEADER, sha256(content));
            MimeBodyPart text = new MimeBodyPart();
            text.setText("OpenFSE : fichier " + file.name() + " (" + content.length + " octets).", "UTF-8");
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(content, "application/octet-stream")));
            attachment.setFileName(file.name());
            attachment.setDisposition(Part.ATTACHMENT);
            message.setContent(new MimeMultipart(text, attachment));
            message.setSentDate(new java.util.Date());
            message.saveChanges();
            try (jakarta.mail.Transport transport = session.getTransport(smtpProtocol())) {
                transport.connect(options.smtpHost(), options.smtpPort(), options.user(), options.password());
                transport.sendMessage(message, message.getAllRecipients());
            }
            LOG.log(System.Logger.Level.INFO, "mail: sent " + file.name() + " (" + content.length + " bytes) to " + recipient);
            return null;
        }, "smtp", options.smtpHost(), options.smtpPort(), file.name());
    }

    /**
     * Hands every file of the mailbox to {@code sink}; with {@code acknowledge}, deletes each
     * message once all its files were accepted, else leaves the mailbox as it was.
     */
    int receive(IncomingFileSink sink, boolean acknowledge) throws TransportException {
        try {
            return receiveWithProvider(sink, acknowledge);
        } catch (StopReceiving e) {
            throw new TransportException(Messages.format(Locale.FRENCH, "receive.failed", e.getCause().getMessage()),
                    true, e.getCause());
        }
    }

    private int receiveWithProvider(IncomingFileSink sink, boolean acknowledge) throws TransportException {
        return withMailProvider(() -> {
            Session session = Session.getInstance(properties("pop3", options.pop3Security()));
            int count = 0;
            try (Store store = session.getStore(pop3Protocol())) {
                store.connect(options.pop3Host(), options.pop3Port(), options.user(), options.password());
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_WRITE);
                try {
                    for (Message message : inbox.getMessages()) {
                        for (IncomingFile file : files(message)) {
                            try {
                                sink.accept(file);
                            } catch (IOException e) {
                                LOG.log(System.Logger.Level.ERROR, "mail: could not store received file " + file.name()
                                        + "; it stays in the mailbox", e);
                                throw new StopReceiving(file.name(), e);
                            }
                            count++;
                        }
                        if (acknowledge) {
                            message.setFlag(Flags.Flag.DELETED, true);
                        }
                    }
                } finally {
                    // files already stored are deleted (flag + QUIT); the rest stays on the server
                    inbox.close(true);
                }
            }
            LOG.log(System.Logger.Level.INFO, "mail: received " + count + " file(s) from " + options.pop3Host());
            return count;
        }, "pop3", options.pop3Host(), options.pop3Port(), "");
    }

    /** The files a message carries: its attachments, or its text when it has none (a service message). */
    private static List<IncomingFile> files(Message message) throws MessagingException, IOException {
        String origin = origin(message);
        Instant at = message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.now();
        List<IncomingFile> files = new ArrayList<>();
        collect(message, origin, at, files);
        if (files.isEmpty()) {
            String id = message instanceof MimeMessage mime && mime.getMessageID() != null ? mime.getMessageID()
                    : Long.toString(at.toEpochMilli());
            files.add(new IncomingFile("message-" + safeName(id) + ".txt", origin, at, text(message)));
        }
        return files;
    }

    private static void collect(Part part, String origin, Instant at, List<IncomingFile> files)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), origin, at, files);
            }
            return;
        }
        String name = part.getFileName();
        if (name != null && (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || !part.isMimeType("text/plain"))) {
            try (InputStream in = part.getInputStream()) {
                files.add(new IncomingFile(safeName(name), origin, at, in.readAllBytes()));
            }
        }
    }

    private static byte[] text(Message message) throws MessagingException, IOException {
        try (InputStream in = message.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String origin(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        return from == null || from.length == 0 ? "mail" : from[0] instanceof InternetAddress address
                ? address.getAddress() : from[0].toString();
    }

    /** A file name safe on every file system: letters, digits, dot, dash, underscore. */
    static String safeName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        StringBuilder safe = new StringBuilder();
        for (char c : base.toCharArray()) {
            safe.append(Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '-' || c == '_' ? c : '_');
        }
        String result = safe.toString().replaceAll("^\\.+", "_");
        return result.isEmpty() ? "fichier" : result.length() > 120 ? result.substring(0, 120) : result;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String smtpProtocol() {
        return options.smtpSecurity() == MailSecurity.TLS ? "smtps" : "smtp";
    }

    private String pop3Protocol() {
        return options.pop3Security() == MailSecurity.TLS ? "pop3s" : "pop3";
    }

    private Properties properties(String kind, MailSecurity security) {
        String protocol = kind.equals("smtp") ? smtpProtocol() : pop3Protocol();
        Properties properties = new Properties();
        properties.setProperty("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
        properties.setProperty("mail." + protocol + ".timeout", TIMEOUT_MS);
        properties.setProperty("mail." + protocol + ".writetimeout", TIMEOUT_MS);
        if (kind.equals("smtp")) {
            properties.setProperty("mail." + protocol + ".auth", "true");
        }
        if (security == MailSecurity.STARTTLS) {
            properties.setProperty("mail." + protocol + ".starttls.enable", "true");
            properties.setProperty("mail." + protocol + ".starttls.required", "true");
        }
        if (security != MailSecurity.NONE) {
            properties.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return properties;
    }

    /** Work that talks to a mail server. */
    @FunctionalInterface
    private interface MailWork<T> {
        T run() throws MessagingException, IOException;
    }

    /** Signals that the sink refused a file: stop, close the mailbox, report. */
    private static final class StopReceiving extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReceiving(String name, IOException cause) {
            super(name, cause);
        }
    }

    private <T> T withMailProvider(MailWork<T> work, String protocol, String host, int port, String fileName)
            throws TransportException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(MailProviderLoader.INSTANCE);
        try {
            return work.run();
        } catch (AuthenticationFailedException e) {
            LOG.log(System.Logger.Level.ERROR, protocol + ": authentication refused by " + host + ":" + port
                    + " for user " + options.user());
            throw new TransportException(Messages.format(Locale.FRENCH, "auth.failed"), false, e);
        } catch (MessagingException | IOException e) {
            boolean unreachable = causedBy(e, ConnectException.class) || causedBy(e, UnknownHostException.class)
                    || causedBy(e, SocketTimeoutException.class);
            LOG.log(System.Logger.Level.ERROR, protocol + ": " + (fileName.isEmpty() ? "receiving" : "sending " + fileName)
                    + " failed with " + host + ":" + port + ": " + e, e);
            String message = unreachable ? Messages.format(Locale.FRENCH, "server.unreachable", host, String.valueOf(port))
                    : fileName.isEmpty() ? Messages.format(Locale.FRENCH, "receive.failed", e.getMessage())
                    : Messages.format(Locale.FRENCH, "send.failed", fileName, e.getMessage());
            throw new TransportException(message, true, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t instanceof MessagingException m && m.getNextException() != null && type.isInstance(m.getNextException())) {
                return true;
            }
        }
        return false;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
