package org.deconfliction.atlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text of an imported file read as UTF-8, with or without a byte order mark, refusing bytes that are not UTF-8
 * with an {@link ImportRefusedException} naming the line they are on (counted from 1) instead of replacing them.
 */
final class StrictUtf8 extends Reader {

    private final Reader decoded;
    private long newlines;

    private StrictUtf8(Reader decoded) {
        this.decoded = decoded;
    }

    /** A reader over the stream, past a UTF-8 byte order mark if there is one. */
    static StrictUtf8 open(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        byte[] head = pushback.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf;
        if (!bom) {
            pushback.unread(head);
        }
        return new StrictUtf8(new InputStreamReader(pushback, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read;
        try {
            read = decoded.read(buffer, offset, length);
        } catch (CharacterCodingException e) {
            throw new ImportRefusedException(newlines + 1,
                    "holds bytes that are not valid UTF-8; save the file as UTF-8 and import it again");
        }
        for (int i = offset; i < offset + read; i++) {
            if (buffer[i] == '\n') {
                newlines++;
            }
        }
        return read;
    }

    @Override
    public void close() throws IOException {
        decoded.close();
    }
}
