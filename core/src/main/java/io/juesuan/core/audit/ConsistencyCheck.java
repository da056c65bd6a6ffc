package io.juesuan.core.audit;

import io.juesuan.core.rules.Location;
import io.juesuan.core.rules.Severity;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 一致性: the department's name printed the same everywhere (headers, titles, text) and the fiscal
 * year the same in every table title and "NNNN年度部门决算" phrase.
 */
final class ConsistencyCheck {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern REPORT_YEAR = Pattern.compile("((?:19|20)\\d{2})年度部门决算");

  private ConsistencyCheck() {}

  static void run(PublishedReport report, AuditLog log) {
    Optional<String> main = report.department();
    if (main.isEmpty()) {
      log.skip("K-NAME", "部门名称前后一致", "报告中没有读到部门名称（表头“部门：”或各部分标题）");
    } else {
      names(report, main.get(), log);
    }
    if (report.fiscalYear().isEmpty()) {
      log.skip("K-YEAR", "年度前后一致", "报告中没有读到所属年度");
    } else {
      years(report, report.fiscalYear().get(), log);
    }
  }

  private static void names(PublishedReport report, String main, AuditLog log) {
    Set<String> reported = new LinkedHashSet<>();
    log.ran("K-NAME");
    for (PublishedReport.NameMention m : report.departmentNames()) {
      if (!m.name().equals(main) && reported.add(m.name())) {
        log.compared(
            "K-NAME",
            Severity.WARNING,
            new Location.Part(m.where()),
            main,
            m.name(),
            null,
            "部门名称不一致：此处为“" + m.name() + "”，报告其他处为“" + main + "”");
      }
    }
    String compact = WHITESPACE.matcher(report.text()).replaceAll("");
    String prefix = main.substring(0, Math.min(3, main.length()));
    int from = 0;
    while (main.length() >= 6 && (from = compact.indexOf(prefix, from)) >= 0) {
      String variant = nearest(compact, from, main);
      if (!variant.isEmpty() && reported.add(variant)) {
        log.compared(
            "K-NAME",
            Severity.WARNING,
            new Location.Part("正文"),
            main,
            variant,
            null,
            "部门名称不一致：正文中写作“" + variant + "”，应为“" + main + "”");
      }
      from += prefix.length();
    }
  }

  /**
   * The text at {@code at} closest to {@code main} (edit distance 1–3), or "" when it is the name
   * itself or nothing like it.
   */
  private static String nearest(String text, int at, String main) {
    int best = Integer.MAX_VALUE;
    String bestText = "";
    for (int len = main.length() - 3; len <= main.length() + 3; len++) {
      if (len < 2 || at + len > text.length()) {
        continue;
      }
      String candidate = text.substring(at, at + len);
      int d = distance(candidate, main);
      if (d < best) {
        best = d;
        bestText = candidate;
      }
    }
    int limit = main.length() >= 10 ? 3 : 1;
    return best == 0 || best > limit || !bestText.endsWith(main.substring(main.length() - 1))
        ? ""
        : bestText;
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static void years(PublishedReport report, int year, AuditLog log) {
    log.ran("K-YEAR");
    for (TablePresence p : report.presence()) {
      if (p.titleYear().isPresent() && p.titleYear().get() != year) {
        log.compared(
            "K-YEAR",
            Severity.ERROR,
            new Location.Part(p.table().label()),
            Integer.toString(year),
            p.titleYear().get().toString(),
            null,
            p.table().label() + "标题的年度为 " + p.titleYear().get() + "，报告年度为 " + year);
      }
    }
    Matcher m = REPORT_YEAR.matcher(WHITESPACE.matcher(report.text()).replaceAll(""));
    Set<Integer> seen = new LinkedHashSet<>();
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (y != year && seen.add(y)) {
        log.compared(
            "K-YEAR",
            Severity.ERROR,
            new Location.Part("正文"),
            Integer.toString(year),
            Integer.toString(y),
            null,
            "报告中出现“" + m.group() + "”，与报告年度 " + year + " 不一致");
      }
    }
  }
}
