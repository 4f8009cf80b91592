package org.agreementtracker.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.reporting.Deadline;
import org.agreementtracker.reporting.DeadlineService;
import org.agreementtracker.reporting.ExportService;
import org.agreementtracker.reporting.ExportTable;
import org.agreementtracker.reporting.Portfolio;
import org.agreementtracker.shared.InvalidFormDataException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portfolio as a manager runs it, and as a partner's coordinator follows her own
 * agreements: every deadline with its lateness, who holds the work, and exports. Each
 * caller sees only the agreements she may see (see README, "What is shared").
 */
@Tag(name = "Portfolio", description = "Deadlines, lateness, who holds the work, exports")
@RestController
@RequestMapping("/api")
class PortfolioController {

    private static final MediaType XLSX = MediaType
        .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final VisibleAgreements visible;

    private final DeadlineService deadlines;

    private final ExportService exports;

    PortfolioController(VisibleAgreements visible, DeadlineService deadlines, ExportService exports) {
        this.visible = visible;
        this.deadlines = deadlines;
        this.exports = exports;
    }

    @Operation(summary = "Every deadline of an agreement, judged against the engine's clock",
            description = "Final text due (with the words stated), hard deadline, signature, each deliverable and "
                    + "action item, the next meeting per level, the next indicator report, the end date and any "
                    + "other step with a due date; each LATE (with daysLate), DUE_SOON or ON_TIME, with the open "
                    + "steps that would meet it. waitingOn lists the agreement's open steps, longest held first.")
    @GetMapping("/agreements/{id}/deadlines")
    Map<String, Object> deadlines(@PathVariable String id, HttpServletRequest request) {
        Agreement agreement = this.visible.get(id, request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agreementId", id);
        body.put("deadlines", this.deadlines.of(agreement));
        body.put("waitingOn", this.deadlines.openSteps(agreement));
        return body;
    }

    @Operation(summary = "The portfolio: late items per agreement, party and area, and who holds the work",
            description = "Agreements with the most late deadlines first. A party's line counts the late items it "
                    + "owes and the open steps its coordinators hold, with the days the oldest has been open.")
    @GetMapping("/portfolio")
    Portfolio portfolio(HttpServletRequest request) {
        return this.deadlines.portfolio(this.visible.all(request));
    }

    @Operation(summary = "Every late deadline of the agreements you may see, the latest first")
    @GetMapping("/late-items")
    List<Deadline> lateItems(HttpServletRequest request) {
        return this.deadlines.of(this.visible.all(request))
            .values()
            .stream()
            .flatMap(List::stream)
            .filter(Deadline::isLate)
            .sorted((a, b) -> Long.compare(b.daysLate(), a.daysLate()))
            .toList();
    }

    @Operation(summary = "Export a table as CSV or XLSX",
            description = "table: portfolio, commitments, status-history or late-items. Headers and words in the "
                    + "caller's language (her party's, else Accept-Language's). Texts that a spreadsheet would "
                    + "run as a formula (beginning with =, +, -, @) are prefixed with an apostrophe.")
    @GetMapping("/exports/{table}")
    ResponseEntity<byte[]> export(
            @Parameter(description = "portfolio, commitments, status-history or late-items") @PathVariable String table,
            @Parameter(description = "csv or xlsx") @RequestParam(defaultValue = "xlsx") String format,
            @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage,
            HttpServletRequest request) {
        ExportService.Table which = ExportService.Table.byPath(table)
            .orElseThrow(() -> new InvalidFormDataException(List
                .of("table must be one of portfolio, commitments, status-history, late-items, not '" + table + "'")));
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            throw new InvalidFormDataException(List.of("format must be csv or xlsx, not '" + format + "'"));
        }
        ExportTable export = this.exports.export(which, this.visible.all(request),
                this.visible.language(request, acceptLanguage));
        String file = export.name() + "-" + LocalDate.now() + "." + format;
        boolean csv = "csv".equals(format);
        return ResponseEntity.ok()
            .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
            .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
            .body(csv ? csv(export) : xlsx(export));
    }

    /** UTF-8 with a byte order mark, so that Excel reads the accents right. */
    private static byte[] csv(ExportTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(table.headers().toArray(String[]::new)).get())) {
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(PortfolioController::csvCell).toList());
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    private static Object csvCell(Object value) {
        return value instanceof String text ? ExportTable.neutralised(text) : value;
    }

    /** Streamed: a sheet of a large portfolio never sits in memory whole. */
    private static byte[] xlsx(ExportTable table) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet(table.name());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int column = 0; column < table.headers().size(); column++) {
                Cell cell = header.createCell(column);
                cell.setCellValue(table.headers().get(column));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int rowNumber = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(rowNumber++);
                for (int column = 0; column < values.size(); column++) {
                    Object value = values.get(column);
                    Cell cell = row.createCell(column);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    }
                    else if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(day);
                    }
                    else if (value != null) {
                        cell.setCellValue(ExportTable.neutralised(value.toString()));
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
