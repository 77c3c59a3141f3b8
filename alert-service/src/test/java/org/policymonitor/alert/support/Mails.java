package org.policymonitor.alert.support;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.policymonitor.testing.TestSmtp;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** Reads the mails that arrived at the test SMTP server. */
public final class Mails {

    /** A received mail, decoded; its Message-ID and X-PolicyMonitor-Delivery headers. */
    public record Mail(String to, String subject, String text, String html, String messageId, String deliveryId) {
    }

    private Mails() {
    }

    /**
     * The mails to the address. Only theirs are decoded: the server holds every mail of the test JVM, and decoding
     * them all on every check of a wait made one check take seconds on a loaded machine.
     */
    public static List<Mail> to(String address) {
        return TestSmtp.received().stream().filter(m -> recipients(m).contains(address)).map(Mails::decode).toList();
    }

    private static String recipients(MimeMessage message) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients == null ? "" : String.join(",", Arrays.stream(recipients).map(Address::toString).toList());
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    private static Mail decode(MimeMessage message) {
        try {
            String to = recipients(message);
            StringBuilder text = new StringBuilder();
            StringBuilder html = new StringBuilder();
            collect(message, text, html);
            String[] delivery = message.getHeader("X-PolicyMonitor-Delivery");
            return new Mail(to, message.getSubject(), text.toString(), html.toString(), message.getMessageID(),
                    delivery == null ? null : delivery[0]);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    private static void collect(Part part, StringBuilder text, StringBuilder html) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, text, html);
            }
        }
    }
}
