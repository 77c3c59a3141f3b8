package org.policymonitor.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An SMTP sender that dies in the middle of a message, as alert-service killed mid-mail does: the conversation up to
 * {@code DATA}, half a message, then the connection reset (no {@code QUIT}, no final dot).
 */
public final class KilledSmtpSender {

    private KilledSmtpSender() {
    }

    /**
     * Cuts off a message to the SMTP server at host:port; returns the name GreenMail gives the thread that served the
     * connection ({@code smtp:HOST:PORT<-/CLIENT:CLIENTPORT}), for {@link UncaughtErrors#awaitEnd}.
     */
    public static String cutOffMidMessage(String host, int port) throws IOException {
        try (Socket client = new Socket(host, port)) {
            BufferedReader replies = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.US_ASCII));
            OutputStream out = client.getOutputStream();
            expectSuccess(replies, "the greeting");
            for (String command : new String[] {"HELO tests", "MAIL FROM:<tests@policy-monitor.local>",
                    "RCPT TO:<analyst@example.org>", "DATA"}) {
                out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                expectSuccess(replies, command);
            }
            out.write("Subject: cut off\r\n\r\nhalf a mess".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            client.setSoLinger(true, 0); // closed with a reset, as the kernel does for a killed process
            return "smtp:" + host + ":" + port + "<-" + client.getLocalAddress() + ":" + client.getLocalPort();
        }
    }

    /** Reads a reply (its lines but the last have a '-' after the code: "250-…") and wants a 2xx or 3xx. */
    private static void expectSuccess(BufferedReader replies, String after) throws IOException {
        String line = replies.readLine();
        while (line != null && line.length() > 3 && line.charAt(3) == '-') {
            line = replies.readLine();
        }
        if (line == null || !line.matches("[23]\\d\\d( .*)?")) {
            throw new IllegalStateException("SMTP server answered " + after + " with " + line);
        }
    }
}
