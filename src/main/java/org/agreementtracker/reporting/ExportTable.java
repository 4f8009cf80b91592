package org.agreementtracker.reporting;

import java.util.List;

/**
 * A table to export as CSV or XLSX: headers in the reader's language, cells as text,
 * numbers or days.
 *
 * @param name its file name, without extension
 * @param headers the column headers
 * @param rows the rows; a cell is a {@link String}, a {@link Number}, a
 * {@link java.time.LocalDate} or null
 */
public record ExportTable(String name, List<String> headers, List<List<Object>> rows) {

    /**
     * A text a spreadsheet would run as a formula (it begins with =, +, -, @, or a tab or
     * carriage return that hides one) gets a leading apostrophe: OWASP's advice against
     * CSV injection.
     */
    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

}
