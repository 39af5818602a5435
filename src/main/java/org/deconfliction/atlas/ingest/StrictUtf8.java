package org.deconfliction.atlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text of an imported file read as UTF-8, with or without a byte order mark, refusing bytes that are not UTF-8
 * with an {@link ImportRefusedException} naming the line they are on (counted from 1) instead of replacing them.
 * Lines are counted on the bytes (a newline byte never occurs inside a multi-byte UTF-8 sequence).
 */
final class StrictUtf8 extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private boolean ended;
    private long newlines;

    private StrictUtf8(InputStream in) {
        this.in = in;
    }

    /** A reader over the stream, past a UTF-8 byte order mark if there is one. */
    static StrictUtf8 open(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        byte[] head = pushback.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf;
        if (!bom) {
            pushback.unread(head);
        }
        return new StrictUtf8(pushback);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            if (!bytes.hasRemaining() || underflowed) {
                if (ended) {
                    if (bytes.hasRemaining()) {
                        throw refused();
                    }
                    return -1;
                }
                fill();
            }
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, out, ended);
            count(before, bytes.position());
            if (result.isError()) {
                throw refused();
            }
            underflowed = result.isUnderflow();
        }
        return out.position() - offset;
    }

    private boolean underflowed;

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            ended = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
        underflowed = false;
    }

    private void count(int from, int to) {
        byte[] array = bytes.array();
        for (int i = from; i < to; i++) {
            if (array[i] == '\n') {
                newlines++;
            }
        }
    }

    private ImportRefusedException refused() {
        return new ImportRefusedException(newlines + 1,
                "holds bytes that are not valid UTF-8; save the file as UTF-8 and import it again");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
