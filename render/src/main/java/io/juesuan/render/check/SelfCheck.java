package io.juesuan.render.check;

import io.juesuan.core.money.Rounding;
import io.juesuan.core.narrative.CitedFigure;
import io.juesuan.core.narrative.FigureResolver;
import io.juesuan.core.narrative.Sentence;
import io.juesuan.core.narrative.TemplateResidue;
import io.juesuan.render.DisclosureDocument;
import io.juesuan.render.grid.TableBlock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 自检 — checks a rendered document's text (read back from the output file): every generated sentence
 * is there verbatim, every figure it cites equals its binding resolved against the tables and facts
 * (to the printed decimals), the nine table titles are present, and no template residue appears
 * anywhere.
 */
public final class SelfCheck {
  // compiled once: normalize runs for every sentence and table title of every PDF
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
  private static final Pattern FOOTER = Pattern.compile("第\\d+页");

  private SelfCheck() {}

  /** Problems found; empty when the document passes. */
  public static List<String> check(DisclosureDocument doc, String extractedText) {
    List<String> problems = new ArrayList<>();
    String flat = normalize(extractedText);
    for (TableBlock t : doc.tableBlocks()) {
      if (!flat.contains(normalize(t.title()))) {
        problems.add("缺少表题：" + t.title());
      }
    }
    for (Sentence s : doc.text().sentences()) {
      if (!flat.contains(normalize(s.text()))) {
        problems.add("输出中找不到句子：" + s.text());
      }
      for (CitedFigure f : s.figures()) {
        figure(doc.resolver(), f, s).ifPresent(problems::add);
      }
    }
    TemplateResidue.find(extractedText).forEach(r -> problems.add("模板残留：" + r));
    return problems;
  }

  static Optional<String> figure(FigureResolver resolver, CitedFigure f, Sentence s) {
    if (f.binding().isEmpty()) {
      return Optional.of("数字没有绑定：" + f.text() + "（" + s.text() + "）");
    }
    if (f.value().isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> expected = resolver.resolve(f.binding().get());
    if (expected.isEmpty()) {
      return Optional.of("数字绑定无法求值：" + f.binding().get());
    }
    BigDecimal want = Rounding.printed(expected.get(), f.decimals());
    if (want.compareTo(f.value().get()) != 0 || !s.text().contains(f.text())) {
      return Optional.of(
          "数字与表不符：" + f.text() + "，应为 " + want.toPlainString() + "（" + f.binding().get() + "）");
    }
    return Optional.empty();
  }

  /**
   * Removes whitespace and the running footer ("第 3 页") so text broken across lines and pages
   * compares.
   */
  public static String normalize(String text) {
    return FOOTER.matcher(SPACE.matcher(text).replaceAll("")).replaceAll("");
  }
}
