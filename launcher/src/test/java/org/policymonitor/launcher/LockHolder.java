package org.policymonitor.launcher;

import java.nio.file.Path;

/** Another process holding a data folder's lock, for {@link DataFolderLockTest}; exits when its stdin closes. */
public final class LockHolder {

    public static void main(String[] args) throws Exception {
        try (DataFolderLock ignored = DataFolderLock.acquire(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the test closes our stdin
            }
        }
    }
}
