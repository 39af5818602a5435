package org.deconfliction.atlas.api;

import java.util.ArrayList;
import java.util.List;

/** Splits CQL2 text into tokens, each with the character position (from 1) where it starts. */
final class Cql2Lexer {

    enum Kind { WORD, STRING, NUMBER, QUOTED_NAME, SYMBOL, END }

    record Token(Kind kind, String text, int position) {
    }

    private Cql2Lexer() {
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                StringBuilder value = new StringBuilder();
                int start = i++;
                while (true) {
                    if (i >= text.length()) {
                        throw Cql2Text.error(start + 1, "a string that is never closed with '");
                    }
                    if (text.charAt(i) == '\'') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                            value.append('\'');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    value.append(text.charAt(i++));
                }
                tokens.add(new Token(Kind.STRING, value.toString(), start + 1));
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    throw Cql2Text.error(i + 1, "a quoted property name that is never closed with \"");
                }
                tokens.add(new Token(Kind.QUOTED_NAME, text.substring(i + 1, end), i + 1));
                i = end + 1;
            } else if (Character.isDigit(c) || ((c == '-' || c == '+' || c == '.') && i + 1 < text.length()
                    && (Character.isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '.') && numberMayStart(tokens))) {
                int start = i++;
                while (i < text.length() && (Character.isDigit(text.charAt(i)) || ".eE".indexOf(text.charAt(i)) >= 0
                        || ((text.charAt(i) == '-' || text.charAt(i) == '+') && "eE".indexOf(text.charAt(i - 1)) >= 0))) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(start, i), start + 1));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '.'
                        || text.charAt(i) == ':')) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(start, i), start + 1));
            } else {
                String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
                if (two.equals("<>") || two.equals("<=") || two.equals(">=")) {
                    tokens.add(new Token(Kind.SYMBOL, two, i + 1));
                    i += 2;
                } else if ("()=<>,-+".indexOf(c) >= 0) {
                    tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), i + 1));
                    i++;
                } else {
                    throw Cql2Text.error(i + 1, "the character '" + c + "', which CQL2 text does not use there");
                }
            }
        }
        tokens.add(new Token(Kind.END, "", text.length() + 1));
        return tokens;
    }

    /** A sign starts a number only where an operand may start (not after a name or a closing bracket). */
    private static boolean numberMayStart(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return true;
        }
        Token last = tokens.getLast();
        return last.kind() == Kind.SYMBOL && !last.text().equals(")");
    }
}
