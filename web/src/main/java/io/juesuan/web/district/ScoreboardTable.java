package io.juesuan.web.district;

import io.juesuan.core.publication.Scoreboard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The scoreboard as rows of text for CSV and XLSX export (what the page shows). */
final class ScoreboardTable {
  static final List<String> HEADER =
      List.of(
          "部门", "状态", "版本数", "报送日期", "最近退回日期", "公开日期", "批复日期", "公开期限", "批复后天数", "逾期天数", "公开时效",
          "错误", "尾数差异", "警告");

  private ScoreboardTable() {}

  static List<List<String>> rows(Scoreboard s) {
    List<List<String>> out = new ArrayList<>();
    for (Scoreboard.Row r : s.rows()) {
      var f = r.filing();
      out.add(
          List.of(
              f.department(),
              f.stage().label(),
              Integer.toString(f.versions()),
              date(f.submitted()),
              date(f.returned()),
              date(f.published()),
              date(f.approved()),
              date(r.deadline()),
              r.daysSinceApproval().map(String::valueOf).orElse(""),
              r.daysLate().filter(d -> d > 0).map(String::valueOf).orElse(""),
              r.timeliness().label(),
              Integer.toString(f.errors()),
              Integer.toString(f.roundings()),
              Integer.toString(f.warnings())));
    }
    return out;
  }

  private static String date(Optional<LocalDate> d) {
    return d.map(LocalDate::toString).orElse("");
  }

  static String csv(Scoreboard s) {
    StringBuilder b = new StringBuilder("\uFEFF");
    line(b, HEADER);
    rows(s).forEach(r -> line(b, r));
    return b.toString();
  }

  static void line(StringBuilder b, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      String f = fields.get(i);
      if (f.contains(",") || f.contains("\"") || f.contains("\n")) {
        b.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        b.append(f);
      }
    }
    b.append("\r\n");
  }

  static byte[] xlsx(Scoreboard s) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet(s.year() + "年度公开进度");
      write(sheet.createRow(0), HEADER, false);
      int n = 1;
      for (List<String> r : rows(s)) {
        write(sheet.createRow(n++), r, true);
      }
      sheet.setColumnWidth(0, 40 * 256);
      for (int c = 1; c < HEADER.size(); c++) {
        sheet.setColumnWidth(c, 13 * 256);
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Counts are written as numbers (columns 版本数, 天数, findings), the rest as text. */
  private static void write(Row row, List<String> values, boolean numbers) {
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      boolean numeric = numbers && (i == 2 || i == 8 || i == 9 || i >= 11) && v.matches("-?\\d+");
      if (numeric) {
        row.createCell(i).setCellValue(Long.parseLong(v));
      } else {
        row.createCell(i).setCellValue(v);
      }
    }
  }
}
