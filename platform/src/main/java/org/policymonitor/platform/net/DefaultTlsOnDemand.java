package org.policymonitor.platform.net;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.function.Supplier;

/**
 * The JVM's default TLS context ({@link SSLContext#getDefault()}), fetched at its first use — the first TLS handshake
 * — instead of when an HTTP client is built.
 * <p>
 * Why: the JDK's {@code HttpClient} takes the default context as it is built, even if it only ever speaks plain HTTP,
 * and the default context loads the JDK's TLS stack and parses every trusted CA certificate of the JDK's store
 * (~500 classes, their code and a few MB of heap in alert-service, perf7 in BENCHMARK.md). A service whose webhooks
 * all go to {@code http://} receivers never needs any of it; the first {@code https://} webhook loads it as before,
 * with the same trust, protocols and cipher suites (every call below goes to the default context).
 */
final class DefaultTlsOnDemand extends SSLContext {

    DefaultTlsOnDemand() {
        this(DefaultTlsOnDemand::jvmDefault);
    }

    /** @param context asked once, at the first use of this context */
    DefaultTlsOnDemand(Supplier<SSLContext> context) {
        super(new Spi(context), null, "Default");
    }

    private static SSLContext jvmDefault() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no default TLS context", e);
        }
    }

    private static final class Spi extends SSLContextSpi {
        private final Supplier<SSLContext> source;
        private volatile SSLContext context;

        Spi(Supplier<SSLContext> source) {
            this.source = source;
        }

        private SSLContext context() {
            SSLContext c = context;
            if (c == null) {
                synchronized (this) {
                    c = context;
                    if (c == null) {
                        c = source.get();
                        context = c;
                    }
                }
            }
            return c;
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) throws KeyManagementException {
            context().init(km, tm, sr); // refused by the default context, as it would be without this wrapper
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return context().getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return context().getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return context().createSSLEngine();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return context().createSSLEngine(host, port);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return context().getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return context().getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return context().getDefaultSSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return context().getSupportedSSLParameters();
        }
    }
}
