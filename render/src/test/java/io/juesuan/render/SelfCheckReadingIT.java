package io.juesuan.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.juesuan.core.port.DocumentFormat;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.render.check.DrawnText;
import io.juesuan.render.check.PdfText;
import io.juesuan.render.check.SelfCheck;
import io.juesuan.render.check.SelfCheckException;
import io.juesuan.testkit.SampleDatasets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The self-check reads a rendered PDF's text as drawn ({@link DrawnText}) and, when that reading
 * cannot take the document or finds a problem, with PDFBox ({@link PdfText}). For the examples'
 * reports the drawn reading takes the whole document, passes the check as PDFBox's does, and has
 * every character PDFBox reads (it also keeps the few glyphs openhtmltopdf draws twice at one
 * place, which PDFBox drops).
 */
class SelfCheckReadingIT {
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.juesuan.render.ExampleDepartments#all")
  void theDrawnTextOfAnExampleReportPassesAsPdfBoxsDoes(String name, FinalAccounts accounts) {
    DisclosureRenderer renderer = new DisclosureRenderer();
    DisclosureDocument doc = renderer.assemble(accounts);
    byte[] pdf = renderer.render(doc, DocumentFormat.PDF);

    String drawn = DrawnText.of(pdf).orElseThrow(() -> new AssertionError("绘制顺序读不了：" + name));
    String read = PdfText.of(pdf);
    assertThat(SelfCheck.check(doc, drawn)).isEmpty();
    assertThat(SelfCheck.check(doc, read)).isEmpty();
    Map<Integer, Integer> drawnChars = characters(drawn);
    Map<Integer, Integer> readChars = characters(read);
    assertThat(drawnChars.keySet()).isEqualTo(readChars.keySet());
    readChars.forEach(
        (c, n) ->
            assertThat(drawnChars.get(c)).as(Character.toString(c)).isGreaterThanOrEqualTo(n));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.juesuan.render.ExampleDepartments#all")
  void aPdfWithoutTheDocumentsTextFailsWithPdfBoxsReading(String name, FinalAccounts accounts) {
    DisclosureRenderer renderer = new DisclosureRenderer();
    DisclosureDocument doc = renderer.assemble(accounts);
    DisclosureDocument other =
        renderer.assemble(
            name.startsWith("蔡甸")
                ? SampleDatasets.shanghaiPutuo2024()
                : SampleDatasets.caidian2023());
    byte[] otherPdf = renderer.render(other, DocumentFormat.PDF);

    assertThat(SelfCheck.check(doc, DrawnText.of(otherPdf).orElseThrow())).isNotEmpty();
    assertThatThrownBy(() -> DisclosureRenderer.checked(doc, otherPdf))
        .isInstanceOfSatisfying(
            SelfCheckException.class,
            e -> assertThat(e.problems()).isEqualTo(SelfCheck.check(doc, PdfText.of(otherPdf))));
  }

  /** How many times each character other than white space occurs. */
  private static Map<Integer, Integer> characters(String text) {
    Map<Integer, Integer> counts = new TreeMap<>();
    SelfCheck.normalize(text).codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
    return counts;
  }
}
