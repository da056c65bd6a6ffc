package io.juesuan.core.audit;

import io.juesuan.core.rules.Location;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.table.TableId;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * 完整性: the nine tables present with figures (07/08表 may be empty when the "本部门当年无…" sentence is
 * there), the required sections of 情况说明, the required zero-statements and every “三公” item
 * mentioned.
 */
final class CompletenessCheck {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern NO_GOV_FUND = Pattern.compile("无政府性基金预算财政拨款|没有政府性基金预算财政拨款");
  private static final Pattern NO_STATE_CAPITAL = Pattern.compile("无国有资本经营预算财政拨款|没有国有资本经营预算财政拨款");
  private static final List<String[]> THREE_PUBLIC_ITEMS =
      List.of(
          new String[] {"因公出国", "因公出国（境）费"},
          new String[] {"公务用车", "公务用车购置及运行费"},
          new String[] {"公务接待", "公务接待费"});

  private CompletenessCheck() {}

  static void run(
      PublishedReport report, List<SectionWalk.Keyed> sections, AuditData data, AuditLog log) {
    boolean damaged = damaged(report);
    tables(report, data, log, damaged);
    String compact = WHITESPACE.matcher(report.text()).replaceAll("");
    zeroStatement(report, data, "07", NO_GOV_FUND, "本部门当年无政府性基金预算财政拨款收入支出", compact, log);
    zeroStatement(report, data, "08", NO_STATE_CAPITAL, "本部门当年无国有资本经营预算财政拨款支出", compact, log);
    Set<String> keys = sections.stream().map(SectionWalk.Keyed::key).collect(Collectors.toSet());
    for (AuditData.SectionRule r : data.sections) {
      log.ran("C-SECTION");
      if (r.required() && !keys.contains(r.key()) && damaged) {
        log.skip("C-SECTION", "情况说明应有“" + r.name() + "”一节", DAMAGED_REASON);
      } else if (r.required() && !keys.contains(r.key())) {
        log.add(
            "C-SECTION",
            Severity.WARNING,
            new Location.Part("第三部分 情况说明"),
            "缺少“" + r.name() + "”一节");
      }
    }
    String threePublic =
        sections.stream()
            .filter(k -> k.key().equals("threePublic"))
            .map(k -> k.section().text())
            .collect(Collectors.joining());
    if (!threePublic.isEmpty()) {
      for (String[] item : THREE_PUBLIC_ITEMS) {
        log.ran("C-THREE");
        if (!threePublic.contains(item[0])) {
          log.add(
              "C-THREE",
              Severity.WARNING,
              new Location.Part("“三公”经费说明"),
              "“三公”经费说明未提及" + item[1] + "（为零也须说明并写明原因）");
        }
      }
    }
  }

  private static final String DAMAGED_REASON = "本文件读取受损，没有读到的内容可能在受损的页中，未能核对";

  /** Whether the reader could not read every page (PDF content or fonts damaged). */
  private static boolean damaged(PublishedReport report) {
    return report.readFindings().stream().anyMatch(f -> f.rule().value().equals("IMPORT-DAMAGED"));
  }

  private static void tables(
      PublishedReport report, AuditData data, AuditLog log, boolean damaged) {
    for (io.juesuan.core.table.TableLayout layout : data.layouts.tables()) {
      TablePresence p =
          report
              .presence(layout.id())
              .orElse(
                  new TablePresence(
                      layout.id(),
                      java.util.Optional.empty(),
                      false,
                      java.util.Optional.empty(),
                      java.util.Optional.empty()));
      log.ran("C-TABLE");
      String label = label(data, p.table());
      boolean mayBeEmpty = p.table().value().equals("07") || p.table().value().equals("08");
      if (damaged && (!p.titleFound() || !p.hasFigures())) {
        log.skip("C-TABLE", label + "（" + layout.title() + "）应有数字", DAMAGED_REASON);
      } else if (!p.titleFound()) {
        log.add(
            "C-TABLE",
            Severity.ERROR,
            new Location.Part(label),
            "报告中没有找到" + label + "（" + layout.title() + "）");
      } else if (!p.hasFigures() && !mayBeEmpty && p.emptyStatement().isEmpty()) {
        log.add(
            "C-TABLE",
            Severity.ERROR,
            new Location.Part(label),
            label
                + "“"
                + fromYear(p.title().orElseThrow())
                + "”有标题但没有读到任何数字（表格可能是图片或缺失），无法核对；应以文字表格公开全部数字");
      }
    }
  }

  /** The title from its year on ("2023年度…"), without text a wrapped line put before it. */
  private static String fromYear(String title) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(19|20)\\d{2}年").matcher(title);
    return m.find() ? title.substring(m.start()) : title;
  }

  private static void zeroStatement(
      PublishedReport report,
      AuditData data,
      String table,
      Pattern statement,
      String sentence,
      String compact,
      AuditLog log) {
    TableId id = TableId.of(table);
    boolean empty = report.tables().table(id).map(t -> !t.hasFigures()).orElse(true);
    if (!empty) {
      return;
    }
    log.ran("C-ZERO");
    if (!statement.matcher(compact).find()) {
      log.add(
          "C-ZERO",
          Severity.WARNING,
          new Location.Part(label(data, id)),
          label(data, id) + "没有数字，但报告中没有“" + sentence + "”的说明");
    }
  }

  /** "公开09表" where the edition prints such labels, else the table's title. */
  private static String label(AuditData data, TableId id) {
    return data.layouts.find(id).map(l -> l.printedLabel().orElse(l.title())).orElse(id.label());
  }
}
