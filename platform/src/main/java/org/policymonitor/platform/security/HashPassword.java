package org.policymonitor.platform.security;

import java.io.Console;

/**
 * Prints the bcrypt hash of a password for {@code policy.auth.users.NAME.password-hash}.
 * Reads the password from the console (not echoed) or, when there is none, from the first argument.
 */
public final class HashPassword {

    private HashPassword() {
    }

    public static void main(String[] args) {
        Console console = System.console();
        String password;
        if (args.length > 0) {
            password = args[0];
        } else if (console != null) {
            password = new String(console.readPassword("password: "));
        } else {
            System.err.println("usage: HashPassword <password>");
            System.exit(2);
            return;
        }
        System.out.println(PasswordHashes.hash(password));
    }
}
