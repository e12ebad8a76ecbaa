package org.gridlink.surveys;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Results as CSV (UTF-8 with a byte order mark, so spreadsheet programs read Chinese) or XLSX
 * (written row by row through POI's streaming workbook: only a window of rows is in memory).
 */
@Singleton
class Exports {
  static final List<String> HEADER =
      List.of(
          "code",
          "name",
          "grid_code",
          "responses",
          "flagged_responses",
          "ratings",
          "very_satisfied",
          "satisfied",
          "basically_satisfied",
          "dissatisfied",
          "satisfaction_rate",
          "smoothed_score",
          "ci_low",
          "ci_high",
          "awareness_rate");
  private static final int WINDOW = 200;

  void csv(List<SurveyRecords.ResultRow> rows, OutputStream out) {
    csv(HEADER, rows.stream().map(Exports::cells).toList(), out);
  }

  void xlsx(List<SurveyRecords.ResultRow> rows, String sheetName, OutputStream out) {
    xlsx(HEADER, rows.stream().map(Exports::cells).toList(), sheetName, out);
  }

  /** Any table (e.g. the department ratings): a header and rows of cells, nulls left empty. */
  void csv(List<String> header, List<List<Object>> rows, OutputStream out) {
    try {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter printer =
          CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(writer);
      for (List<Object> r : rows) {
        printer.printRecord(r);
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void xlsx(List<String> header, List<List<Object>> rows, String sheetName, OutputStream out) {
    try (SXSSFWorkbook book = new SXSSFWorkbook(WINDOW)) {
      SXSSFSheet sheet = book.createSheet(sheetName);
      Row top = sheet.createRow(0);
      for (int i = 0; i < header.size(); i++) {
        top.createCell(i).setCellValue(header.get(i));
      }
      int at = 1;
      for (List<Object> cells : rows) {
        Row row = sheet.createRow(at++);
        for (int i = 0; i < cells.size(); i++) {
          Object v = cells.get(i);
          if (v instanceof Number n) {
            row.createCell(i).setCellValue(n.doubleValue());
          } else if (v != null) {
            row.createCell(i).setCellValue(v.toString());
          }
        }
      }
      book.write(out);
      book.dispose();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Object> cells(SurveyRecords.ResultRow r) {
    List<Object> cells = new ArrayList<>();
    cells.add(r.code());
    cells.add(r.name());
    cells.add(r.gridCode());
    cells.add(r.responses());
    cells.add(r.flaggedResponses());
    cells.add(r.ratings());
    cells.add(r.very());
    cells.add(r.satisfied());
    cells.add(r.basic());
    cells.add(r.dissatisfied());
    cells.add(round(r.satisfactionRate()));
    cells.add(round(r.smoothed()));
    cells.add(round(r.low()));
    cells.add(round(r.high()));
    cells.add(r.awareness() == null ? null : round(r.awareness()));
    return cells;
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
