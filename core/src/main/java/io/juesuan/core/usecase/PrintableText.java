package io.juesuan.core.usecase;

import io.juesuan.core.filing.FactSheet;
import io.juesuan.core.port.Typesetting;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.Location;
import io.juesuan.core.rules.RuleId;
import io.juesuan.core.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 无法排印的字符: a text with a character the documents cannot print (an emoji, a character no bundled
 * font has) is an error when the report is checked — so it is fixed before submission, and a
 * published report's documents can always be produced.
 */
final class PrintableText {
  static final RuleId RULE = RuleId.of("TEXT-PRINTABLE");

  private PrintableText() {}

  /** The result with the unprintable-text findings added (the rule counted as run). */
  static CheckResult withFindings(CheckResult r, FinalAccounts a, Typesetting typesetting) {
    List<Finding> all = new ArrayList<>(r.findings());
    all.addAll(findings(a, typesetting));
    return new CheckResult(all, r.skipped(), r.rulesRun() + 1);
  }

  static List<Finding> findings(FinalAccounts a, Typesetting typesetting) {
    Map<String, String> sheet = FactSheet.of(a);
    List<Finding> out = new ArrayList<>();
    sheet.forEach(
        (key, value) -> {
          Set<String> bad = new LinkedHashSet<>();
          value
              .codePoints()
              .filter(cp -> !typesetting.canPrint(cp))
              .forEach(
                  cp ->
                      bad.add(
                          "“"
                              + new String(Character.toChars(cp))
                              + "”（U+"
                              + String.format("%04X", cp)
                              + "）"));
          if (!bad.isEmpty()) {
            out.add(
                Finding.of(
                    RULE,
                    Severity.ERROR,
                    new Location.Part(FactSheet.label(key, sheet)),
                    "含有公开文件中无法排印的字符 "
                        + String.join("、", bad)
                        + "：请删除或改用文字说明（表情符号、字库中没有的字不能印在 PDF 上）"));
          }
        });
    return out;
  }
}
