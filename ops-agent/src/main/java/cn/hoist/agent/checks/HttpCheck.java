package cn.hoist.agent.checks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;

/**
 * An HTTP(S) URL answers with an expected status, soon enough, and (for HTTPS) with a certificate that is not about
 * to expire. Redirects are not followed: a 3xx is an answer. Metrics {@code http_status_code},
 * {@code http_response_ms}, {@code tls_certificate_days_left}.
 *
 * @param sslContext trust for this check (a device's own self-signed certificate), or null for the JDK's default
 */
public record HttpCheck(String name, URI url, Duration timeout, Threshold latencyMs, Threshold certificateDays,
        SSLContext sslContext, Clock clock) implements Check {

    @Override
    public CheckOutcome run() {
        CheckOutcome.Builder out = new CheckOutcome.Builder().property("url", url.toString());
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (sslContext != null) {
            builder.sslContext(sslContext);
        }
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).header("User-Agent", "hoist-ops-agent")
                .GET().build();
        long start = System.nanoTime();
        HttpResponse<Void> response;
        try {
            response = builder.build().send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            return out.status(CheckStatus.CRITICAL, Failures.describe(e, url.getHost() + portOf(url))).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return out.status(CheckStatus.UNKNOWN, "interrupted").build();
        }
        double ms = (System.nanoTime() - start) / 1e6;
        int code = response.statusCode();
        out.metric("http_status_code", Map.of(), code, "").metric("http_response_ms", Map.of(), ms, "ms");
        out.status(code < 400 ? CheckStatus.OK : CheckStatus.CRITICAL, "HTTP " + code + " in " + Numbers.format(ms)
                + " ms");
        if (latencyMs != null && latencyMs.status(ms) != CheckStatus.OK) {
            out.status(latencyMs.status(ms), "slow (" + latencyMs + " ms)");
        }
        response.sslSession().flatMap(HttpCheck::leaf).ifPresent(cert -> certificate(out, cert));
        return out.build();
    }

    private void certificate(CheckOutcome.Builder out, X509Certificate cert) {
        double days = Math.floor((cert.getNotAfter().getTime() - clock.millis()) / 86_400_000.0);
        out.metric("tls_certificate_days_left", Map.of(), days, "d")
                .property("certificateSubject", cert.getSubjectX500Principal().getName())
                .property("certificateNotAfter", cert.getNotAfter().toInstant().toString());
        CheckStatus status = certificateDays == null ? CheckStatus.OK : certificateDays.status(days);
        out.status(status, "certificate expires in " + Numbers.format(days) + " days");
    }

    private static Optional<X509Certificate> leaf(SSLSession session) {
        try {
            Certificate[] chain = session.getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate x ? Optional.of(x) : Optional.empty();
        } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
            return Optional.empty();
        }
    }

    private static String portOf(URI url) {
        return url.getPort() > 0 ? ":" + url.getPort() : "";
    }
}
