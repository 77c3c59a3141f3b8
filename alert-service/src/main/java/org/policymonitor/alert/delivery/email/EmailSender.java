package org.policymonitor.alert.delivery.email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.policymonitor.alert.config.AlertConfig;
import org.policymonitor.alert.delivery.send.Alert;
import org.policymonitor.alert.delivery.send.SendOutcome;
import org.policymonitor.platform.retry.Failures;

/** Sends alert mails over SMTP (Quarkus Mailer). SMTP trouble is retried; a mailbox the server rejects for good is not. */
@ApplicationScoped
public class EmailSender {

    @Inject
    ReactiveMailer mailer;
    @Inject
    AlertConfig config;

    public SendOutcome send(Alert alert, String address) {
        EmailRenderer.Rendered mail = new EmailRenderer(config.mail().subjectPrefix()).render(alert);
        try {
            mailer.send(message(mail, address).addHeader("X-PolicyMonitor-Delivery", alert.deliveryId().toString())
                            .addHeader("Message-ID", messageId(alert)))
                    .await().atMost(config.mail().sendTimeout());
            return SendOutcome.delivered(null);
        } catch (RuntimeException e) {
            SMTPException smtp = smtpCause(e);
            if (smtp != null && rejectsMailbox(smtp.getReplyCode())) {
                return SendOutcome.permanent(smtp.getReplyCode(), "SMTP " + smtp.getReplyCode() + ": " + Failures.describe(e));
            }
            return SendOutcome.retry(null, "SMTP: " + Failures.describe(e), null);
        }
    }

    /**
     * The alert's Message-ID, made from its delivery id (a UUID: unique without a host name) rather than the mail
     * client's random one: the same on every attempt. SMTP cannot take back a send abandoned at its deadline — a
     * server that froze and runs again may finish it beside the retry — and mail systems and clients recognise two
     * copies with one Message-ID as one message.
     */
    static String messageId(Alert alert) {
        return "<" + alert.deliveryId() + "@policy-monitor>";
    }

    private static Mail message(EmailRenderer.Rendered mail, String address) {
        if (!SubjectHeader.needsOwnEncoding(mail.subject())) {
            return Mail.withText(address, mail.subject(), mail.text()).setHtml(mail.html());
        }
        // a header of the message replaces the one Vert.x would write from the subject, which would lose the emoji
        return Mail.withText(address, null, mail.text()).setHtml(mail.html())
                .addHeader("Subject", SubjectHeader.encode(mail.subject()));
    }

    /**
     * Only a rejected mailbox (550-553) is final; other 5xx replies (authentication, policy) usually mean our
     * configuration is wrong and are worth retrying once an operator has fixed it.
     */
    static boolean rejectsMailbox(int replyCode) {
        return replyCode >= 550 && replyCode <= 553;
    }

    private static SMTPException smtpCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SMTPException s) {
                return s;
            }
        }
        return null;
    }
}
