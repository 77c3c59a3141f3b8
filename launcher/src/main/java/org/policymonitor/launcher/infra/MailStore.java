package org.policymonitor.launcher.infra;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The caught mail as plain {@code .eml} files (RFC 822, as received) in one folder: any mail client opens them, and
 * they survive restarts. Files are written under a temporary name and renamed, so a reader never sees half a message.
 */
public final class MailStore {

    /** The names this store writes; anything else in the folder is ignored (and never served). */
    static final Pattern NAME = Pattern.compile("\\d{8}-\\d{6}-\\d{3}-\\d{4,}\\.eml");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final Session SESSION = Session.getInstance(new Properties());

    private final Path folder;
    private final AtomicLong sequence = new AtomicLong();

    public MailStore(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalStateException("could not create the mail folder " + folder, e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** Writes one message; returns the file. */
    public Path save(MimeMessage message) throws IOException, MessagingException {
        Path tmp = Files.createTempFile(folder, ".incoming-", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            message.writeTo(out);
        }
        while (true) {
            String name = STAMP.format(Instant.now()) + "-" + String.format("%04d", sequence.incrementAndGet()) + ".eml";
            Path target = folder.resolve(name);
            if (Files.exists(target)) {
                continue; // a file of an earlier run with the same millisecond and number
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
            return target;
        }
    }

    /** Every stored message, newest first. */
    public List<StoredMail> list() {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*.eml")) {
            for (Path file : dir) {
                if (NAME.matcher(file.getFileName().toString()).matches()) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not list the mail folder " + folder, e);
        }
        files.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        List<StoredMail> mails = new ArrayList<>(files.size());
        for (Path file : files) {
            read(file.getFileName().toString()).ifPresent(mails::add);
        }
        return mails;
    }

    /** The message stored under that file name, if the name is one of ours and the file exists. */
    public Optional<StoredMail> read(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(name);
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(SESSION, in);
            Instant received;
            try {
                received = Files.getLastModifiedTime(file).toInstant();
            } catch (IOException e) {
                received = Instant.EPOCH;
            }
            return Optional.of(new StoredMail(name, file, received,
                    addresses(message.getFrom()), addresses(message.getAllRecipients()),
                    Optional.ofNullable(message.getSubject()).orElse(""), text(message)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | MessagingException e) {
            return Optional.of(new StoredMail(name, file, Instant.EPOCH, "", "", "(unreadable message: " + e.getMessage() + ")", ""));
        }
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    /** The readable text of a message: its text/plain part, else its HTML with the tags removed. */
    static String text(Part part) throws MessagingException, IOException {
        Optional<String> plain = find(part, "text/plain");
        if (plain.isPresent()) {
            return plain.get();
        }
        return find(part, "text/html")
                .map(html -> html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                        .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>|</h\\d>|</tr>", "\n")
                        .replaceAll("<[^>]+>", "")
                        .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                        .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
                        .replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").trim())
                .orElse("");
    }

    private static Optional<String> find(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            Object content = part.getContent();
            return content instanceof String s ? Optional.of(s) : Optional.empty();
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> found = find(child, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** One caught message, as shown on the mail page. */
    public record StoredMail(String name, Path file, Instant received, String from, String to, String subject, String text) {
    }
}
