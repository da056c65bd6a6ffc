package io.juesuan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.report.FinalAccounts;
import io.juesuan.render.DisclosureRenderer;
import io.juesuan.render.html.HtmlWriter;
import io.juesuan.testkit.SampleDatasets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report's default stylesheet leaves out only rules of the library's that match nothing in a
 * report: checked on the print markup of the three example departments.
 */
class ReportNamespaceHandlerTest {
  static final List<Document> REPORTS = new ArrayList<>();

  @BeforeAll
  static void markup() {
    DisclosureRenderer renderer = new DisclosureRenderer();
    for (FinalAccounts accounts :
        List.of(
            SampleDatasets.caidian2023(),
            SampleDatasets.districtSchool2023(),
            SampleDatasets.shanghaiPutuo2024())) {
      String html = new HtmlWriter(HtmlWriter.Mode.PDF).write(renderer.assemble(accounts));
      REPORTS.add(Jsoup.parse(html));
    }
  }

  @Test
  void everyElementOfTheReportsHasItsDefaultsInTheSheet() throws IOException {
    Set<String> styled = new TreeSet<>();
    for (String selector : selectors(ReportNamespaceHandler.class, "user-agent.css")) {
      Matcher m = Pattern.compile("^[a-z0-9]+").matcher(selector);
      if (m.find()) {
        styled.add(m.group());
      }
    }
    Set<String> used = new TreeSet<>();
    for (Document report : REPORTS) {
      for (Element e : report.getAllElements()) {
        boolean inHead = e.parents().stream().anyMatch(p -> p.normalName().equals("head"));
        if (!inHead && !e.normalName().equals("#root")) {
          used.add(e.normalName());
        }
      }
    }
    assertThat(used).contains("table", "td", "th", "h1", "p", "img", "a", "br");
    assertThat(styled).as("元素须在 user-agent.css 中有默认样式").containsAll(used);
  }

  @Test
  void theLibrarysRulesLeftOutMatchNoElementOfAReport() throws IOException {
    List<String> ours = selectors(ReportNamespaceHandler.class, "user-agent.css");
    List<String> leftOut = new ArrayList<>();
    for (String selector :
        selectors(
            com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler.class,
            "/resources/css/XhtmlNamespaceHandler.css")) {
      if (!ours.contains(selector)) {
        leftOut.add(selector);
      }
    }
    assertThat(leftOut).contains("input[type=checkbox]", "dd", "[dir=rtl]").hasSizeGreaterThan(60);
    for (Document report : REPORTS) {
      for (String selector : leftOut) {
        // pseudo-classes and pseudo-elements narrow a match further; without them it is wider
        String plain = selector.replaceAll("::?[a-z-]+", "");
        assertThat(report.select(plain)).as(selector).isEmpty();
      }
    }
  }

  /** The selectors of a stylesheet resource, one for each comma, at-rules left out. */
  static List<String> selectors(Class<?> owner, String resource) throws IOException {
    String css;
    try (InputStream in = owner.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    css = css.replaceAll("(?s)/\\*.*?\\*/", "");
    Set<String> out = new LinkedHashSet<>();
    Matcher rule = Pattern.compile("([^{}]+)\\{[^{}]*\\}").matcher(css);
    while (rule.find()) {
      for (String selector : rule.group(1).split(",")) {
        String s = selector.strip().replaceAll("\\s+", " ");
        if (!s.isEmpty() && !s.startsWith("@")) {
          out.add(s);
        }
      }
    }
    return new ArrayList<>(out);
  }
}
