package org.deconfliction.atlas.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket to a local port, for requests that well-behaved clients refuse to send (malformed
 * percent-encoding, missing boundaries, huge bodies). Answers the status line's code, the headers and the body.
 */
final class RawHttp {

    record Answer(int status, String head, String body) {
    }

    private RawHttp() {
    }

    /** Sends {@code method target} with the extra header lines (each ending in CRLF) and body; reads to the end. */
    static Answer send(int port, String method, String target, String headers, byte[] body) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String host = headers.regionMatches(true, 0, "Host:", 0, 5) || headers.toLowerCase(java.util.Locale.ROOT).contains("\nhost:")
                    ? "" : "Host: localhost\r\n";
            String head = method + " " + target + " HTTP/1.1\r\n" + host + "Connection: close\r\n" + headers
                    + (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException closedEarly) {
                    // the server may answer and close before reading a body it refuses
                }
            }
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try {
                in.transferTo(all);
            } catch (IOException reset) {
                // a connection closed after the answer
            }
            byte[] bytes = all.toByteArray();
            int split = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
            String answerHead = new String(bytes, 0, split < 0 ? bytes.length : split, StandardCharsets.ISO_8859_1);
            byte[] answerBody = split < 0 ? new byte[0] : java.util.Arrays.copyOfRange(bytes, split + 4, bytes.length);
            int status = Integer.parseInt(answerHead.substring(9, 12));
            if (answerHead.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                answerBody = unchunk(answerBody);
            }
            return new Answer(status, answerHead, new String(answerBody, StandardCharsets.UTF_8));
        }
    }

    static Answer get(int port, String target) throws IOException {
        return send(port, "GET", target, "", null);
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] crlf = {'\r', '\n'};
        int i = 0;
        while (i < chunked.length) {
            int lineEnd = indexOf(chunked, crlf, i);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(new String(chunked, i, lineEnd - i, StandardCharsets.ISO_8859_1).trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
            i = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
