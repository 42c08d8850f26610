package org.openfse.transmission.mail.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the mail transport, PID {@value #PID}: lots go out over SMTP, ARL and NOEMIE
 * returns come back over POP3 (ARCHITECTURE.md, bundle map). Read once into {@link MailOptions},
 * which checks it. Labels are French, in {@code OSGI-INF/l10n/mail.properties}.
 */
@ObjectClassDefinition(id = MailSettings.PID, pid = MailSettings.PID, name = "%mail.name",
        description = "%mail.description", localization = "OSGI-INF/l10n/mail")
@interface MailSettings {

    /** Configuration PID of the mail transport. */
    String PID = "org.openfse.transmission.mail";

    /** SMTP server that receives the lots ("Serveur SMTP"). */
    @AttributeDefinition(name = "%smtpHost.name", description = "%smtpHost.description")
    String smtpHost();

    /** SMTP port ("Port SMTP"), 587 for submission with STARTTLS. */
    @AttributeDefinition(name = "%smtpPort.name", description = "%smtpPort.description", min = "1", max = "65535")
    int smtpPort() default 587;

    /** SMTP protection ("Sécurité SMTP"). */
    @AttributeDefinition(name = "%smtpSecurity.name", description = "%smtpSecurity.description")
    MailSecurity smtpSecurity() default MailSecurity.STARTTLS;

    /** POP3 server holding the returns ("Serveur POP3"). */
    @AttributeDefinition(name = "%pop3Host.name", description = "%pop3Host.description")
    String pop3Host();

    /** POP3 port ("Port POP3"), 995 for POP3 over TLS. */
    @AttributeDefinition(name = "%pop3Port.name", description = "%pop3Port.description", min = "1", max = "65535")
    int pop3Port() default 995;

    /** POP3 protection ("Sécurité POP3"). */
    @AttributeDefinition(name = "%pop3Security.name", description = "%pop3Security.description")
    MailSecurity pop3Security() default MailSecurity.TLS;

    /** Account name on both servers ("Identifiant"). */
    @AttributeDefinition(name = "%user.name", description = "%user.description")
    String user();

    /** Account password ("Mot de passe"); never logged nor printed. */
    @AttributeDefinition(name = "%password.name", description = "%password.description", type = AttributeType.PASSWORD)
    String password();

    /** Address the lots are sent from ("Adresse d'expédition"). */
    @AttributeDefinition(name = "%senderAddress.name", description = "%senderAddress.description")
    String senderAddress();

    /**
     * Mail domain of the payers' reception addresses ("Domaine des caisses"): a lot for organisme
     * {@code 019990000} goes to {@code 019990000@<recipientDomain>}. Empty: the lot's destination
     * must already be an address.
     */
    @AttributeDefinition(name = "%recipientDomain.name", description = "%recipientDomain.description", required = false)
    String recipientDomain() default "";
}
