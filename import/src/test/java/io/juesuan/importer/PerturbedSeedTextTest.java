package io.juesuan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.audit.ReportAuditor;
import io.juesuan.dataset.CellsCsv;
import io.juesuan.testkit.SeedReportText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed text as other PDF text extractions would give it: other line widths, spaces inside
 * amounts, full-width digits, 类/款/项 codes in three columns, other table titles, page numbers
 * between the lines. Each variant must still read ≥ 98% of the 213 printed cells of 01–06表 exactly.
 */
class PerturbedSeedTextTest {
  private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.])(\\d+)\\.(\\d{2})(?![\\d.])");
  private static final Pattern NARRATIVE_RULE = Pattern.compile("^(N|C|R|K)-");
  private static final Pattern TITLE_YEAR = Pattern.compile("^2023 年度(.*决算.*表)$");
  private static final Pattern HEADING =
      Pattern.compile("^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六]部分|\\d+[.、])");

  static Stream<Arguments> variants() {
    return Stream.of(
        Arguments.of("原文", UnaryOperator.<String>identity()),
        Arguments.of("折行宽 12 字", (UnaryOperator<String>) t -> rewrap(t, 12)),
        Arguments.of("折行宽 18 字", (UnaryOperator<String>) t -> rewrap(t, 18)),
        Arguments.of("续行合并（宽行）", (UnaryOperator<String>) PerturbedSeedTextTest::joinContinuations),
        Arguments.of("无空行", (UnaryOperator<String>) t -> t.replaceAll("\n\\s*\n", "\n")),
        Arguments.of(
            "小数点前空格 990 .75", (UnaryOperator<String>) t -> AMOUNT.matcher(t).replaceAll("$1 .$2")),
        Arguments.of(
            "小数点后空格 990. 75", (UnaryOperator<String>) t -> AMOUNT.matcher(t).replaceAll("$1. $2")),
        Arguments.of("全角数字和标点", (UnaryOperator<String>) PerturbedSeedTextTest::fullWidth),
        Arguments.of("类款项分栏 201 36 01", (UnaryOperator<String>) PerturbedSeedTextTest::codeColumns),
        Arguments.of("表题无年度", (UnaryOperator<String>) t -> titles(t, "$1")),
        Arguments.of("表题“部门”前缀", (UnaryOperator<String>) t -> titles(t, "2023年度部门$1")),
        Arguments.of(
            "页码“- 12 -”", (UnaryOperator<String>) t -> pageNumbers(t, n -> "- " + n + " -")),
        Arguments.of(
            "页码“第 12 页”", (UnaryOperator<String>) t -> pageNumbers(t, n -> "第 " + n + " 页")),
        Arguments.of("括号全角改半角", (UnaryOperator<String>) t -> t.replace('（', '(').replace('）', ')')),
        Arguments.of("括号半角改全角", (UnaryOperator<String>) t -> t.replace('(', '（').replace(')', '）')),
        Arguments.of(
            "汉字间空格（两端对齐）",
            (UnaryOperator<String>)
                t -> t.replaceAll("(?<=[\\u4e00-\\u9fa5])(?=[\\u4e00-\\u9fa5])", " ")),
        Arguments.of("Windows 换行", (UnaryOperator<String>) t -> t.replace("\n", "\r\n")),
        Arguments.of(
            "目录列出各表标题", (UnaryOperator<String>) PerturbedSeedTextTest::withTableOfContents),
        Arguments.of(
            "全部叠加",
            (UnaryOperator<String>)
                t ->
                    pageNumbers(
                        titles(
                            codeColumns(
                                fullWidth(AMOUNT.matcher(rewrap(t, 15)).replaceAll("$1 .$2"))),
                            "2023年度部门$1"),
                        n -> "第 " + n + " 页")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void readsAtLeast98PercentOfThePrintedCells(String name, UnaryOperator<String> perturb) {
    Set<String> expected = lines(SeedReportText.printedCellsCsv());
    Set<String> extracted = new TreeSet<>();
    for (String l :
        lines(
            CellsCsv.write(
                TextImporter.read("seed.txt", perturb.apply(SeedReportText.text())).tables()))) {
      if (l.compareTo("07") < 0) {
        extracted.add(l);
      }
    }
    Set<String> right = new TreeSet<>(expected);
    right.retainAll(extracted);
    double share = 100.0 * right.size() / expected.size();
    System.out.printf(
        "perturbed seed [%s]: %d of %d printed cells exactly (%.1f%%), %d extra%n",
        name, right.size(), expected.size(), share, extracted.size() - right.size());
    assertThat(share).as(name).isGreaterThanOrEqualTo(98.0);
  }

  /**
   * The narrative findings (说明 ↔ 表, completeness, template residue, name and year) of each variant
   * equal those on the original text: rule, severity, the figure cited and the value expected. The
   * sentence a finding quotes is not compared (wrapping legitimately changes it), nor whether a
   * quoted name was printed with full- or half-width brackets.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void narrativeFindingsEqualThoseOnTheOriginal(String name, UnaryOperator<String> perturb) {
    List<String> expected = narrativeFindings(SeedReportText.text());
    List<String> actual = narrativeFindings(perturb.apply(SeedReportText.text()));
    List<String> missing = new ArrayList<>(expected);
    actual.forEach(missing::remove);
    List<String> extra = new ArrayList<>(actual);
    expected.forEach(extra::remove);
    System.out.printf(
        "perturbed seed narrative [%s]: %d of %d findings, %d missing %s, %d extra %s%n",
        name,
        expected.size() - missing.size(),
        expected.size(),
        missing.size(),
        missing,
        extra.size(),
        extra);
    assertThat(actual).as(name).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static List<String> narrativeFindings(String text) {
    return new ReportAuditor()
        .audit(TextImporter.read("seed.txt", text)).findings().stream()
            .filter(f -> NARRATIVE_RULE.matcher(f.rule().value()).find())
            .map(
                f ->
                    f.rule()
                        + " "
                        + f.severity().code()
                        + " "
                        + f.actual().orElse("")
                        + " → "
                        + f.expected().orElse(""))
            .map(k -> k.replace('（', '(').replace('）', ')'))
            .sorted()
            .toList();
  }

  /**
   * Lines longer than {@code width} broken at that width, never inside a run of ASCII (a number or
   * code).
   */
  static String rewrap(String text, int width) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      StringBuilder cur = new StringBuilder();
      Matcher atoms = Pattern.compile("[\\x21-\\x7e]+|\\s+|.").matcher(line);
      while (atoms.find()) {
        String a = atoms.group();
        if (cur.length() > 0 && cur.length() + a.length() > width && !a.isBlank()) {
          out.add(cur.toString().strip());
          cur.setLength(0);
        }
        cur.append(a);
      }
      out.add(cur.toString().strip());
    }
    return String.join("\n", out);
  }

  /**
   * A line without digits continued on the next line (also without digits, not a heading) joined to
   * it.
   */
  static String joinContinuations(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.replaceAll("\n\\s*\n", "\n").split("\n", -1)) {
      int last = out.size() - 1;
      if (last >= 0
          && !out.get(last).matches(".*\\d.*")
          && !line.matches(".*\\d.*")
          && !line.isBlank()
          && !out.get(last).isBlank()
          && !HEADING.matcher(line.strip()).find()
          && !line.contains("表")
          && !out.get(last).contains("表")
          && out.get(last).length() + line.length() <= 40) {
        out.set(last, out.get(last) + line.strip());
      } else {
        out.add(line);
      }
    }
    return String.join("\n", out);
  }

  static String fullWidth(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : text.toCharArray()) {
      b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '.' ? '．' : c == '%' ? '％' : c);
    }
    return b.toString();
  }

  /** "2013601 行政运行" → "201 36 01 行政运行", "20136 …" → "201 36 …" at the start of a line. */
  static String codeColumns(String text) {
    return text.replaceAll("(?m)^(2\\d{2})(\\d{2})(\\d{2})(?=\\s)", "$1 $2 $3")
        .replaceAll("(?m)^(2\\d{2})(\\d{2})(?=\\s)", "$1 $2");
  }

  static String titles(String text, String replacement) {
    return Arrays.stream(text.split("\n", -1))
        .map(l -> TITLE_YEAR.matcher(l.strip()).replaceAll(replacement))
        .reduce((a, b) -> a + "\n" + b)
        .orElse("");
  }

  /** A page number line after every 37th line, as a footer would be extracted. */
  static String pageNumbers(String text, java.util.function.IntFunction<String> footer) {
    String[] ls = text.split("\n", -1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < ls.length; i++) {
      b.append(ls[i]).append('\n');
      if (i % 37 == 36) {
        b.append(footer.apply(i / 37 + 1)).append('\n');
      }
    }
    return b.toString();
  }

  private static Set<String> lines(String csv) {
    List<String> all = Arrays.asList(csv.split("\r?\n"));
    return new TreeSet<>(all.subList(1, all.size()).stream().filter(l -> !l.isBlank()).toList());
  }

  /**
   * A 目录 before the report listing every table title, as many reports have: the importer must take
   * the titles above the tables, not the ones in the 目录.
   */
  static String withTableOfContents(String t) {
    String[] titles = {
      "收入支出决算总表",
      "收入决算表",
      "支出决算表",
      "财政拨款收入支出决算总表",
      "一般公共预算财政拨款支出决算表",
      "一般公共预算财政拨款基本支出决算明细表",
      "政府性基金预算财政拨款收入支出决算表",
      "国有资本经营预算财政拨款支出决算表",
      "财政拨款“三公”经费支出决算表"
    };
    StringBuilder toc = new StringBuilder("目 录\n\n第一部分 部门概况\n\n第二部分 2023 年度部门决算表\n\n");
    for (int i = 0; i < titles.length; i++) {
      toc.append("公开 0").append(i + 1).append(" 表 2023 年度").append(titles[i]).append("\n\n");
    }
    return toc.append("第三部分 2023 年度部门决算情况说明\n\n").append(t).toString();
  }
}
