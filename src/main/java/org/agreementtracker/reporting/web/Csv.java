package org.agreementtracker.reporting.web;

import java.util.List;
import java.util.Map;

import org.agreementtracker.agreement.ImplementationStatus;
import org.agreementtracker.reporting.OverdueItem;
import org.agreementtracker.reporting.Progress;

/** CSV exports (RFC 4180: comma separated, double quotes around every text). */
final class Csv {

    private Csv() {
    }

    static String progress(Map<String, List<Progress>> rollUps) {
        StringBuilder csv = new StringBuilder("group,key,label,commitments");
        for (ImplementationStatus status : ImplementationStatus.values()) {
            csv.append(',').append(status.name().toLowerCase());
        }
        csv.append(",score\r\n");
        rollUps.forEach((group, rows) -> rows.forEach(row -> {
            csv.append(quote(group))
                .append(',')
                .append(quote(row.key()))
                .append(',')
                .append(quote(row.label()))
                .append(',')
                .append(row.commitments());
            for (ImplementationStatus status : ImplementationStatus.values()) {
                csv.append(',').append(row.byStatus().get(status));
            }
            csv.append(',').append(row.score() == null ? "" : row.score()).append("\r\n");
        }));
        return csv.toString();
    }

    static String overdue(List<OverdueItem> items) {
        StringBuilder csv = new StringBuilder("agreement,kind,description,owner,due_date,days_late\r\n");
        for (OverdueItem item : items) {
            csv.append(quote(item.agreementId()))
                .append(',')
                .append(quote(item.kind()))
                .append(',')
                .append(quote(item.description()))
                .append(',')
                .append(quote(item.owner()))
                .append(',')
                .append(item.dueDate())
                .append(',')
                .append(item.daysLate())
                .append("\r\n");
        }
        return csv.toString();
    }

    /**
     * Quotes a text; a leading =, +, - or @ is defused so a spreadsheet does not run it
     * as a formula.
     */
    static String quote(String text) {
        if (text == null) {
            return "";
        }
        String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

}
