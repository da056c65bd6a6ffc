package io.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.audit.ReportAuditor;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.Location;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.table.TableSet;
import io.juesuan.importer.ReportImporter;
import io.juesuan.testkit.SampleReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** correct: the seed report regenerated around its printed tables, with the 更正说明. */
class CorrectCommandIT {
  @TempDir Path tmp;

  @Test
  void seedIsCorrectedAndTheNoteListsEachErrorBeforeAndAfter() throws IOException {
    Path seed = tmp.resolve("seed.txt");
    Files.writeString(seed, SampleReports.seedText(), StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("correct", seed.toString(), "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    Path pdf = only(out, "更正稿）.pdf");
    Path html = only(out, "更正说明.html");
    Path docx = only(out, "更正说明.docx");

    PublishedReport original = new ReportImporter().read(seed);
    CheckResult before = new ReportAuditor().audit(original);
    assertCleanAndTablesAsPrinted(original, pdf);

    // every narrative error of the published report is in the note, with the sentence that replaces
    // it
    String note = Files.readString(html, StandardCharsets.UTF_8);
    List<Finding> narrativeErrors =
        before.findings().stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .filter(f -> f.location() instanceof Location.Narrative)
            .toList();
    assertThat(narrativeErrors).isNotEmpty();
    for (Finding f : narrativeErrors) {
      assertThat(note).contains(esc(((Location.Narrative) f.location()).sentence()));
      assertThat(note).contains(f.rule().value());
    }
    assertThat(note).contains("<ins>", "需由部门处理的事项");
    // what the published report never stated is left out of the corrected text and listed for the
    // department (the seed states no 年初预算数 of its 项)
    assertThat(note).contains("原报告未载明“一般公共预算财政拨款支出年初预算数”");
    try (XWPFDocument d = new XWPFDocument(Files.newInputStream(docx));
        XWPFWordExtractor x = new XWPFWordExtractor(d)) {
      String text = x.getText();
      assertThat(text).contains("更正说明", "更正后");
      for (Finding f : narrativeErrors) {
        assertThat(text).contains(((Location.Narrative) f.location()).sentence());
      }
    }
    assertThat(Files.isDirectory(out.resolve("数据"))).isTrue();
  }

  /**
   * The corrected PDF audits without errors or template residue, in the published report's edition,
   * and its tables are the published ones cell for cell where the report printed them.
   */
  private static void assertCleanAndTablesAsPrinted(PublishedReport original, Path pdf)
      throws IOException {
    PublishedReport corrected = new ReportImporter().read(pdf);
    assertThat(corrected.layout())
        .as("layout of the corrected document")
        .isEqualTo(original.layout());
    CheckResult after = new ReportAuditor().audit(corrected);
    assertThat(after.findings())
        .filteredOn(f -> f.severity() == Severity.ERROR)
        .as("errors of the corrected document")
        .isEmpty();
    assertThat(after.findings())
        .filteredOn(f -> f.rule().value().startsWith("R-"))
        .as("template residue (【待填写】, 0.万元 …) in the corrected document")
        .isEmpty();
    TableSet printed = original.tables();
    for (var t : printed.tables()) {
      if (!t.hasFigures()) {
        continue;
      }
      for (var row : t.rows()) {
        t.rowCells(row.no())
            .forEach(
                (col, amount) ->
                    assertThat(
                            corrected
                                .tables()
                                .table(t.id())
                                .orElseThrow()
                                .amountOrZero(row.no(), col))
                        .as("%s表 %s %s栏", t.id().value(), row.no(), col)
                        .isEqualByComparingTo(amount));
      }
    }
  }

  @Test
  void shanghaiSampleIsCorrectedInItsOwnEdition() throws IOException {
    Path sample = tmp.resolve("2024-shanghai-putuo-ghzyj.pdf");
    Files.write(sample, io.juesuan.testkit.SamplePdfs.putuoPlanning2024());
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("correct", sample.toString(), "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    PublishedReport original = new ReportImporter().read(sample);
    assertCleanAndTablesAsPrinted(original, only(out, "更正稿）.pdf"));
    assertThat(Files.readString(only(out, "更正说明.html"), StandardCharsets.UTF_8))
        .contains("需由部门处理的事项");
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static Path only(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> found = s.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
      assertThat(found).as(suffix).hasSize(1);
      return found.get(0);
    }
  }
}
