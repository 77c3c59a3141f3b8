package org.policymonitor.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The launcher's own log (Kafka, PostgreSQL, GreenMail and the launcher itself, through java.util.logging) goes to
 * a file, so that the terminal shows only what a user needs: progress, URLs, credentials, errors.
 */
final class LauncherLogging {

    private LauncherLogging() {
    }

    static void toFile(Path logFile) {
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT.%1$tL %4$-7s [%3$s] %5$s%6$s%n");
            LogManager.getLogManager().reset();
            Logger root = Logger.getLogger("");
            Handler file = new FileHandler(logFile.toAbsolutePath().toString(), 20 * 1024 * 1024, 1, true);
            file.setFormatter(new SimpleFormatter());
            file.setEncoding("UTF-8");
            root.addHandler(file);
            root.setLevel(Level.INFO);
            // Kafka's INFO is a flood (every config value, every partition); its warnings are what matter here
            Logger.getLogger("kafka").setLevel(Level.WARNING);
            Logger.getLogger("org.apache.kafka").setLevel(Level.WARNING);
            Logger.getLogger("state.change.logger").setLevel(Level.WARNING);
        } catch (IOException e) {
            System.err.println("warning: could not write the launcher log " + logFile + ": " + e.getMessage());
        }
    }
}
