package org.policymonitor.alert.console;

import io.quarkus.qute.TemplateGlobal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The URLs of the console's script, stylesheet and icon, each with a hash of its content ({@code ?v=…}). Quarkus serves
 * static resources "public, immutable, max-age=86400": a browser keeps what it fetched under a URL for a day without
 * asking again, so under a fixed URL an upgraded console's pages ran with the old script and styles. Named by their
 * content, a release's assets are new URLs, and unchanged ones stay cached. Template globals of the layout.
 */
@TemplateGlobal
public final class ConsoleAssets {

    static final String consoleScript = versioned("console.js");
    static final String consoleStylesheet = versioned("console.css");
    /** The console's icon (browsers ask for one first; without it every first request was a 404). */
    static final String consoleIcon = versioned("favicon.svg");

    private ConsoleAssets() {
    }

    private static String versioned(String name) {
        String path = "/console/assets/" + name;
        try (InputStream in = ConsoleAssets.class.getResourceAsStream("/META-INF/resources" + path)) {
            if (in == null) {
                throw new IllegalStateException("the console's " + path + " is not on the class path");
            }
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return path + "?v=" + HexFormat.of().formatHex(sha).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
