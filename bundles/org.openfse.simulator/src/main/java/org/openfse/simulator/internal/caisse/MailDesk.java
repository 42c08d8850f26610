package org.openfse.simulator.internal.caisse;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import org.openfse.simulator.ReplyFile;

/**
 * The mail side of the "Caisse de TEST": a real SMTP + POP3 server on loopback (GreenMail, free
 * ports) holding the professional's mailbox and the organismes' addresses
 * ({@code <organisme>@<domain>}). Every lot message addressed to the organismes' domain is handed
 * to the {@link Caisse} while the SMTP server delivers it (a GreenMail delivery handler), and the
 * replies (ARL, NOEMIE) are put in the professional's mailbox, from the organisme's address, before
 * the SMTP server acknowledges the message: when the sender's SMTP call returns, the ARL is there.
 *
 * <p>Jakarta Mail and GreenMail find the Angus provider through the context class loader: the
 * server is started, and lot messages are handled, with {@link MailProviderLoader} as context loader (as
 * the mail transport does, docs/adr "Jakarta Mail provider in OSGi").
 */
public final class MailDesk implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MailDesk.class.getName());
    private static final ClassLoader MAIL_PROVIDER = MailProviderLoader.INSTANCE;

    private final Caisse caisse;
    private final GreenMail server;
    private final String psLogin;
    private final String psAddress;
    private final String domain;

    public MailDesk(Caisse caisse, String psLogin, String psPassword, String psAddress, String domain) {
        this.caisse = caisse;
        this.psLogin = psLogin;
        this.psAddress = psAddress;
        this.domain = domain;
        this.server = withProvider(() -> {
            GreenMail mail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_POP3)});
            mail.start();
            mail.setUser(psAddress, psLogin, psPassword);
            MessageDeliveryHandler standard = mail.getUserManager().getMessageDeliveryHandler();
            mail.getUserManager().setMessageDeliveryHandler((message, address) -> {
                GreenMailUser user = standard.handle(message, address);
                if (address.getHost().equalsIgnoreCase(domain)) {
                    examine(message.getMessage(), address.getEmail());
                }
                return user;
            });
            return mail;
        });
    }

    public int smtpPort() {
        return server.getSmtp().getPort();
    }

    public int pop3Port() {
        return server.getPop3().getPort();
    }

    /** Hands a lot message to the caisse; a failure is logged, never passed to the SMTP server. */
    private void examine(MimeMessage message, String organisme) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(MAIL_PROVIDER);
        try {
            handle(message, organisme);
        } catch (MessagingException | IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "caisse de test: could not handle a lot message to " + organisme, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void handle(MimeMessage message, String organisme) throws MessagingException, IOException {
        if (!(message.getContent() instanceof Multipart parts)) {
            LOG.log(System.Logger.Level.WARNING, "caisse de test: message without attachment to " + organisme + " ignored");
            return;
        }
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (part.getFileName() == null) {
                continue;
            }
            byte[] content;
            try (InputStream in = part.getInputStream()) {
                content = in.readAllBytes();
            }
            for (ReplyFile reply : caisse.receive(part.getFileName(), "mail", content)) {
                deliver(organisme, reply);
            }
            caisse.answered();
        }
    }

    private void deliver(String from, ReplyFile reply) throws MessagingException {
        MimeMessage answer = new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()));
        answer.setFrom(new InternetAddress(from));
        answer.setRecipient(Message.RecipientType.TO, new InternetAddress(psAddress));
        answer.setSubject(reply.name(), "US-ASCII");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Caisse de TEST : " + reply.name(), "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(reply.content(), "application/octet-stream")));
        file.setFileName(reply.name());
        file.setDisposition(Part.ATTACHMENT);
        answer.setContent(new MimeMultipart(text, file));
        answer.setSentDate(new java.util.Date());
        answer.saveChanges();
        server.getUserManager().getUser(psLogin).deliver(answer);
    }

    private static <T> T withProvider(Callable<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(MAIL_PROVIDER);
        try {
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the simulator's mail server", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
