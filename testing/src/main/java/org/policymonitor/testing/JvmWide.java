package org.policymonitor.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Makes a server of this module one per test JVM although Quarkus loads this module once per application it starts
 * (each {@code @TestProfile} is a restart with class loaders of its own, whose static fields start empty): a class
 * that owns a server asks {@link #owner} for its copy in the system class loader, which every test of the JVM can
 * reach and which nobody closes, and calls its methods there. Until 6 December 2026 every Quarkus restart started
 * one more embedded Kafka broker and PostgreSQL server (3–6 s and 2–4 s on the build machine), and the earlier ones
 * kept running, idle, until the JVM ended (alert-service's run ended with eight of each).
 * <p>
 * Only JDK types may cross: a value of one of this module's types made by the other copy is another class here.
 */
final class JvmWide {

    private JvmWide() {
    }

    /**
     * The class as the system class loader has it, or null when {@code local} is that class already (a test outside
     * Quarkus) or the system class loader does not see this module (then each copy keeps its own server, as before).
     */
    static Class<?> owner(Class<?> local) {
        ClassLoader system = ClassLoader.getSystemClassLoader();
        if (local.getClassLoader() == system) {
            return null;
        }
        try {
            Class<?> owner = Class.forName(local.getName(), true, system);
            return owner == local ? null : owner;
        } catch (ClassNotFoundException notOnTheSystemClassPath) {
            return null;
        }
    }

    /**
     * Calls the owner's static method without arguments; what it throws is thrown here (JDK exceptions). The thread's
     * context class loader is the owner's meanwhile: the Kafka broker loads classes by name through it, and the threads
     * a server starts inherit it.
     */
    static Object call(Class<?> owner, String method) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(owner.getClassLoader());
        try {
            Method m = owner.getDeclaredMethod(method);
            m.setAccessible(true);
            return m.invoke(null);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(owner.getSimpleName() + "." + method + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not call " + owner.getName() + "." + method + ": " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
