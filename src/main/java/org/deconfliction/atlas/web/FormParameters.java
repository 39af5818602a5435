package org.deconfliction.atlas.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parameters in {@code application/x-www-form-urlencoded} form (a query string or a form body), read strictly:
 * every {@code %} followed by two hexadecimal digits, the bytes valid UTF-8 (no overlong forms such as
 * {@code %C0%AE}, no stray bytes such as {@code %FF}), no empty names, at most {@value #MAX_PARAMETERS} parameters.
 * {@code +} is a space. Empty pieces ({@code a=1&&b=2}) are skipped; a name without {@code =} has the empty value.
 */
final class FormParameters {

    /** The most parameters a request may carry, query string and form body together. */
    static final int MAX_PARAMETERS = 1000;

    private FormParameters() {
    }

    /**
     * Adds the parameters of {@code text} to {@code into}, in order, repeated names keeping every value.
     *
     * @throws MalformedRequestException (400) naming the parameter whose name or value is malformed
     */
    static void parse(String text, Map<String, List<String>> into) {
        if (text == null || text.isEmpty()) {
            return;
        }
        int count = into.values().stream().mapToInt(List::size).sum();
        for (String piece : text.split("&", -1)) {
            if (piece.isEmpty()) {
                continue;
            }
            if (++count > MAX_PARAMETERS) {
                throw new MalformedRequestException(400, null, String.format(Locale.ROOT,
                        "The request has more than %,d parameters, the most accepted.", MAX_PARAMETERS));
            }
            int equals = piece.indexOf('=');
            String rawName = equals < 0 ? piece : piece.substring(0, equals);
            String name = decode(rawName, rawName, "name");
            if (name.isEmpty()) {
                throw new MalformedRequestException(400, "", "A parameter has an empty name ('" + shown(piece)
                        + "'): every parameter needs a name before its '='.");
            }
            if (name.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
                throw new MalformedRequestException(400, shown(name), "Parameter '" + shown(name)
                        + "' has a name with characters other than printable ASCII letters, digits and signs.");
            }
            String value = equals < 0 ? "" : decode(piece.substring(equals + 1), name, "value");
            into.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
        }
    }

    /** The parameters of one text, for tests and single sources. */
    static Map<String, List<String>> parse(String text) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parse(text, parameters);
        return parameters;
    }

    private static String decode(String raw, String parameter, String part) {
        if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                int high = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0 || raw.charAt(i + 1) > 0x7f || raw.charAt(i + 2) > 0x7f) {
                    throw new MalformedRequestException(400, parameter, "Parameter '" + shown(parameter) + "' has a "
                            + part + " with a malformed percent-encoding at character " + (i + 1) + " ('"
                            + shown(raw.substring(i, Math.min(raw.length(), i + 3)))
                            + "'): '%' must be followed by two hexadecimal digits.");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
                    encoded = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(encoded);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedRequestException(400, parameter, "Parameter '" + shown(parameter) + "' has a " + part
                    + " whose percent-encoded bytes are not valid UTF-8 ('" + shown(raw) + "').");
        }
    }

    /** Text from the request as shown in a message: at most 40 characters, control characters replaced. */
    static String shown(String text) {
        String cut = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
