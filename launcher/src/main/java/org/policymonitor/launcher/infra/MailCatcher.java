package org.policymonitor.launcher.infra;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.policymonitor.smtpserver.HandledGreenMail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A local SMTP server (GreenMail) that accepts every message for any recipient, without authentication, and keeps
 * each one as an {@code .eml} file in a folder, plus a small read-only web page that lists them.
 */
public final class MailCatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MailCatcher.class.getName());

    /** The SMTP server; replaced by {@link #startSmtp()} after {@link #stopSmtp()}. */
    private volatile GreenMail greenMail;
    private final MailStore store;
    private final MailPage page;
    private final int smtpPort;
    private final ScheduledExecutorService purger;
    private final List<Consumer<MailStore.StoredMail>> listeners;

    private MailCatcher(GreenMail greenMail, MailStore store, MailPage page, int smtpPort, ScheduledExecutorService purger,
                        List<Consumer<MailStore.StoredMail>> listeners) {
        this.listeners = listeners;
        this.greenMail = greenMail;
        this.store = store;
        this.page = page;
        this.smtpPort = smtpPort;
        this.purger = purger;
    }

    /**
     * Starts the SMTP server and the mail page on these ports ({@link #smtpPort()}, {@link #webPort()} say which).
     * {@code 0} for the mail page: a port the system gives when it binds it. {@code 0} for SMTP: a port chosen free below
     * the kernel's ephemeral range ({@link Ports#free()}), chosen again if another process binds it first
     * ({@link PortRetry}) — not the system's, which lies in that range: {@link #startSmtp()} comes back on the same
     * port after {@link #stopSmtp()}, and while the server is down the kernel can give that port to any server bound to
     * port 0 (Linux hands those the odd ports of the range, as it did this one: the services' HTTP and management
     * ports, the mail page and catcher of a stack started beside this one) or, its even ports used up, to the local end
     * of a connection; the server could then not come back.
     */
    public static MailCatcher start(Path mailDir, int requestedSmtpPort, int webPort) {
        if (requestedSmtpPort != 0) {
            Ports.requireFree(requestedSmtpPort, "the SMTP catcher", "--smtp-port / POLICY_SMTP_PORT");
        }
        if (webPort != 0) {
            Ports.requireFree(webPort, "the mail web page", "--mail-web-port / POLICY_MAIL_WEB_PORT");
        }
        MailStore store = new MailStore(mailDir);
        List<Consumer<MailStore.StoredMail>> listeners = new CopyOnWriteArrayList<>();
        GreenMail greenMail = requestedSmtpPort != 0 ? startGreenMail(requestedSmtpPort, store, listeners)
                : PortRetry.start("the SMTP catcher", new int[] {Ports.free()},
                        ports -> startGreenMail(ports[0], store, listeners));
        // the port it listens on, the one given or chosen (startSmtp comes back on it)
        int smtpPort = greenMail.getSmtp().getPort();
        MailPage page;
        try {
            page = MailPage.start(store, webPort);
        } catch (RuntimeException e) {
            greenMail.stop();
            throw e;
        }
        // the files are the record; GreenMail's in-memory copies are dropped so a long run does not grow the heap
        ScheduledExecutorService purger = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mail-catcher-purge");
            t.setDaemon(true);
            return t;
        });
        MailCatcher catcher = new MailCatcher(greenMail, store, page, smtpPort, purger, listeners);
        purger.scheduleWithFixedDelay(() -> {
            try {
                GreenMail running = catcher.greenMail;
                if (running != null) {
                    running.purgeEmailFromAllMailboxes();
                }
            } catch (Exception e) {
                LOG.log(Level.FINE, "purge failed", e);
            }
        }, 5, 5, TimeUnit.MINUTES);
        LOG.info(() -> "SMTP catcher on 127.0.0.1:" + smtpPort + ", mail page " + page.url());
        return catcher;
    }

    /** An SMTP server on the port that stores every message it accepts in the store and tells the listeners. */
    private static GreenMail startGreenMail(int smtpPort, MailStore store, List<Consumer<MailStore.StoredMail>> listeners) {
        ServerSetup smtp = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        // GreenMail's default of 2 s is not enough on a busy 2-core machine while Kafka and PostgreSQL start beside it
        smtp.setServerStartupTimeout(30_000);
        HandledGreenMail serverErrors = new HandledGreenMail("SMTP catcher");
        GreenMail greenMail = serverErrors.keptFrom(smtp);
        try {
            greenMail.start();
        } catch (IllegalStateException e) {
            // GreenMail says a failed bind only as "Could not start mail server"; the server thread's error says why
            Throwable cause = serverErrors.awaitEnd(greenMail.getSmtp());
            if (Ports.saysPortTaken(cause) || !Ports.isFree(smtpPort)) {
                throw new Ports.PortInUseException("port " + smtpPort + " wanted by the SMTP catcher is already in use"
                        + " (" + e.getMessage() + ")", cause);
            }
            if (cause != null) {
                e.addSuppressed(cause);
            }
            throw e;
        }
        // every recipient of a message goes through the delivery handler; the file is written once per message
        Set<MimeMessage> saved = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
        MessageDeliveryHandler deliverToMailbox = greenMail.getUserManager().getMessageDeliveryHandler();
        greenMail.getUserManager().setMessageDeliveryHandler((message, recipient) -> {
            MimeMessage mime = message.getMessage();
            if (saved.add(mime)) {
                try {
                    Path file = store.save(mime);
                    LOG.info(() -> "mail to " + recipient + " saved as " + file);
                    store.read(file.getFileName().toString()).ifPresent(mail -> listeners.forEach(l -> {
                        try {
                            l.accept(mail);
                        } catch (RuntimeException e) {
                            LOG.log(Level.WARNING, "mail listener failed", e);
                        }
                    }));
                } catch (IOException e) {
                    // a 4xx makes the sender retry later rather than lose the message
                    saved.remove(mime);
                    throw new MessagingException("could not store the message: " + e.getMessage(), e);
                }
            }
            return deliverToMailbox.handle(message, recipient);
        });
        return greenMail;
    }

    /**
     * Stops the SMTP server (its port refuses connections, as a mail server that is down does); the mail page and
     * the caught mail stay. For fault tests; {@link #startSmtp()} brings it back on the same port.
     */
    public synchronized void stopSmtp() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
            LOG.info(() -> "SMTP catcher on port " + smtpPort + " stopped");
        }
    }

    /** Starts the SMTP server again on the same port, storing into the same folder; a no-op while it runs. */
    public synchronized void startSmtp() {
        if (greenMail == null) {
            greenMail = startGreenMail(smtpPort, store, listeners);
            LOG.info(() -> "SMTP catcher on port " + smtpPort + " started again");
        }
    }

    public String smtpHost() {
        return "127.0.0.1";
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** The port of the mail page. */
    public int webPort() {
        return page.port();
    }

    /** The page that lists the caught mail, e.g. {@code http://localhost:8025/}. */
    public String webUrl() {
        return page.url();
    }

    public Path folder() {
        return store.folder();
    }

    /** Every caught message (also those of earlier runs), newest first. */
    public List<MailStore.StoredMail> messages() {
        return store.list();
    }

    /** Called (on the SMTP thread) with every message once it is stored. */
    public void onMessage(Consumer<MailStore.StoredMail> listener) {
        listeners.add(listener);
    }

    public Map<String, String> mailerConfig(String from) {
        return Map.of(
                "quarkus.mailer.host", smtpHost(),
                "quarkus.mailer.port", String.valueOf(smtpPort),
                "quarkus.mailer.from", from,
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.tls", "false");
    }

    @Override
    public void close() {
        purger.shutdownNow();
        page.close();
        stopSmtp();
    }
}
