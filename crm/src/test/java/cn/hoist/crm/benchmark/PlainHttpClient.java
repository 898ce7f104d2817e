package cn.hoist.crm.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection that sends GETs and reads whole answers, as a load generator's client does
 * (wrk, ab): a blocking socket per client thread, no pool, no selector thread. The JDK's HttpClient hands every
 * exchange to a selector thread and back, which on two shared cores cost the load generator as much CPU as a
 * good part of the request it measures.
 */
final class PlainHttpClient implements AutoCloseable {

    private final String host;
    private final int port;
    private final String authorization;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    PlainHttpClient(String host, int port, String authorization) {
        this.host = host;
        this.port = port;
        this.authorization = authorization;
    }

    /** The body of a 200 answer to {@code GET pathAndQuery}; any other status is an exception carrying the body. */
    byte[] get(String pathAndQuery) throws IOException {
        if (socket == null) {
            // Connect on first use, and again after the server ended the connection (Tomcat does after 100 requests).
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }
        out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: " + authorization
                + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String status = line();
        int contentLength = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                contentLength = Integer.parseInt(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closing = true;
            }
        }
        byte[] body = chunked ? chunks() : in.readNBytes(Math.max(contentLength, 0));
        if (closing) {
            close();
        }
        if (!status.startsWith("HTTP/1.1 200")) {
            throw new IOException(status + " " + new String(body, StandardCharsets.UTF_8));
        }
        return body;
    }

    private byte[] chunks() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0;
                size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
            body.write(in.readNBytes(size));
            line();
        }
        // Trailers, if any, end with an empty line.
        while (!line().isEmpty()) {
            // skip
        }
        return body.toByteArray();
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed by the server");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
