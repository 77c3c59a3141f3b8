package org.policymonitor.launcher;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One launcher per data folder: an OS file lock on {@code DATA/run/launcher.lock}, released by the OS when the
 * process dies however it dies. Without it a second {@code ./run.sh} on the same folder would take the first one's
 * running services for leftovers of a killed launcher and stop them.
 */
public final class DataFolderLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of the folder. Returns a handle that does nothing when this JVM holds the lock already
     * (the launcher's {@code main} takes it first, {@link LocalStack#start} again).
     *
     * @throws IllegalStateException when another process holds it, with that process's pid
     */
    public static DataFolderLock acquire(Path dataDir) {
        Path file = dataDir.resolve("run").resolve("launcher.lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                channel.close();
                return new DataFolderLock(null, null);
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).trim();
                channel.close();
                throw new IllegalStateException("another Policy Monitor launcher" + (holder.isEmpty() ? "" : " (pid " + holder + ")")
                        + " is running on the data folder " + dataDir + ". Stop it first (Ctrl-C in its terminal), or"
                        + " give this one its own folder and ports (--data DIR, see --help).");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException ignored) {
                // the original error is the one to report
            }
            throw new IllegalStateException("could not lock the data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }
}
