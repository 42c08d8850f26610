package org.openfse.transmission.mail.internal;

/** How a mail connection is protected. */
enum MailSecurity {
    /** Plain text, no encryption: only for a local test server. */
    NONE,
    /** Plain connection upgraded to TLS by STARTTLS (SMTP submission, port 587) or STLS (POP3). */
    STARTTLS,
    /** TLS from the first byte (SMTPS, port 465; POP3S, port 995). */
    TLS
}
