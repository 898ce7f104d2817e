package cn.hoist.agent.checks;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/** Network exceptions as one line an engineer can act on (Java's messages are often empty or cryptic). */
final class Failures {

    private Failures() {
    }

    static String describe(IOException e, String where) {
        if (e instanceof UnknownHostException) {
            return "unknown host " + where;
        }
        if (e instanceof ConnectException) {
            return "connection refused by " + where;
        }
        if (e instanceof NoRouteToHostException) {
            return "no route to " + where;
        }
        if (e instanceof HttpConnectTimeoutException || e instanceof SocketTimeoutException) {
            return "no answer from " + where + " within the timeout";
        }
        if (e instanceof HttpTimeoutException) {
            return "no complete answer from " + where + " within the timeout";
        }
        SSLException tls = find(e, SSLException.class);
        if (tls != null) {
            return "TLS error with " + where + ": " + tls(tls);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e && root instanceof IOException io) {
            return describe(io, where);
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + " with " + where + (message == null ? "" : ": " + message);
    }

    private static String tls(SSLException e) {
        String all = chain(e);
        if (all.contains("PKIX path") || all.contains("unable to find valid certification path")) {
            return "certificate not trusted (self-signed or unknown issuer); trust it with trust-certificate";
        }
        if (all.contains("No subject alternative") || all.contains("No name matching")) {
            return "certificate does not match the host name";
        }
        if (all.contains("validity check failed") || all.contains("CertificateExpired")) {
            return "certificate expired";
        }
        if (e instanceof SSLHandshakeException) {
            return "handshake failed: " + e.getMessage();
        }
        return String.valueOf(e.getMessage());
    }

    private static String chain(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            s.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(" | ");
        }
        return s.toString();
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
