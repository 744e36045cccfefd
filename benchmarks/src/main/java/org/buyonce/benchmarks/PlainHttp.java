package org.buyonce.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Blocking HTTP/1.1 exchanges on kept-alive connections, for a load generator that must cost the machine it measures
 * little: the JDK's asynchronous HttpClient spent about a millisecond of CPU per exchange in its own machinery.
 */
final class PlainHttp {

    record Answer(int status, String etag, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static {
        // Connections kept alive per host (default 5): a run has a few dozen requests in flight.
        System.setProperty("http.maxConnections", "64");
    }

    private PlainHttp() {
    }

    static Answer send(String method, String url, Map<String, String> headers, String body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setRequestMethod(method);
        headers.forEach(connection::setRequestProperty);
        if (body != null) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(bytes);
            }
        }
        int status = connection.getResponseCode();
        byte[] content;
        // Read to the end and closed: the connection goes back to the keep-alive cache.
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            content = in == null ? new byte[0] : in.readAllBytes();
        }
        return new Answer(status, connection.getHeaderField("ETag"), content);
    }
}
