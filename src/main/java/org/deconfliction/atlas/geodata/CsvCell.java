package org.deconfliction.atlas.geodata;

import java.util.regex.Pattern;

/**
 * One cell of a CSV file (RFC 4180) that spreadsheets open as text, never as a formula. Excel, LibreOffice and Google
 * Sheets evaluate a cell whose text starts with {@code =}, {@code +}, {@code -} or {@code @} (and, after trimming,
 * with a tab or a carriage return) — {@code =HYPERLINK(...)} or {@code =cmd|...} in an imported incident's title would
 * run on the reader's machine. Such a cell is prefixed with an apostrophe, which the spreadsheet shows as text; a plain
 * decimal number such as {@code -12.5} is left as it is, since no spreadsheet evaluates it as more than its value.
 * Cells with a comma, quote or line break are quoted, quotes doubled.
 */
public final class CsvCell {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private CsvCell() {
    }

    /** The value as a CSV cell, neutralised and quoted as needed; null is the empty cell. */
    public static String of(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = isFormula(value) ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /**
     * A comment line ({@code # } and the text) as one cell: tabs and line breaks in the text become spaces, so that
     * text from data or from a question can neither start a row of its own nor put a formula into a cell of its own.
     */
    public static String comment(String text) {
        return of("# " + text.replaceAll("[\\t\\r\\n]", " "));
    }

    private static boolean isFormula(String value) {
        char first = value.charAt(0);
        boolean trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\n';
        return trigger && !PLAIN_NUMBER.matcher(value).matches();
    }
}
