package io.juesuan.core.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 模板残留 — text a template left for the filer to strike out or replace (SPEC §5): alternatives such
 * as "增加(减少)", instructions in parentheses ("(请简要说明…)", "(如果本部门没有…)"), blanks such as "0.万元",
 * "xx部门", unfilled placeholders. Generated text must contain none.
 */
public final class TemplateResidue {
  private static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile("增加\\s*[（(]\\s*减少\\s*[)）]"),
          Pattern.compile("减少\\s*[（(]\\s*增加\\s*[)）]"),
          Pattern.compile("增长\\s*[（(]\\s*(下降|减少)\\s*[)）]"),
          Pattern.compile("大\\s*[（(]\\s*小\\s*[)）]\\s*于"),
          Pattern.compile("小于\\s*[（(]\\s*大于\\s*[)）]|大于\\s*[（(]\\s*小于\\s*[)）]"),
          Pattern.compile(
              "[（(]\\s*(请|如果|如|注意事项|说明：|具体增减原因|参考|根据本部门|各部门|凡是|一般公共预算财政拨款支出决算具体情况|政府性基金预算财政拨款支出决算具体情况)"),
          Pattern.compile("(?<![0-9])0\\.\\s*万元"),
          Pattern.compile("\\d+\\.(?!\\d)\\s*万元"),
          Pattern.compile("[xX×]{2}\\s*(部门|单位)"),
          Pattern.compile("部门\\s*[（(]\\s*单位\\s*[)）]"),
          Pattern.compile("\\{[A-Za-z][A-Za-z0-9.]*}"),
          Pattern.compile("来访对象\\s*。"),
          Pattern.compile("(?m)^\\s*\\d+\\s*[.、]\\s*…+\\s*$"));

  private TemplateResidue() {}

  /** Each residue found, as the matched text with some context. */
  public static List<String> find(String text) {
    List<String> out = new ArrayList<>();
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int from = Math.max(0, m.start() - 12);
        int to = Math.min(text.length(), m.end() + 12);
        out.add(text.substring(from, to).replaceAll("\\s+", " "));
      }
    }
    return out;
  }
}
