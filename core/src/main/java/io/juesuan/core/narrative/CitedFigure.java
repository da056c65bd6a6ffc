package io.juesuan.core.narrative;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure a sentence cites, as printed, with its numeric value and, when known, its binding: what
 * it must equal, as a figure expression (e.g. {@code 01.31.1}, {@code share(03.合计.2;03.合计.1)},
 * {@code growth(01.31.1;$priorYear.total)}). Generated sentences always carry bindings; figures
 * read from a published report get one when the auditor recognises the sentence.
 *
 * @param text the figure exactly as printed ("990.75万元", "99.9%", "增加")
 * @param value the number (empty for words and names)
 * @param decimals decimals as printed (a 99.9% share was rounded to 1 place)
 */
public record CitedFigure(
    FigureKind kind,
    String text,
    Optional<BigDecimal> value,
    int decimals,
    Optional<String> binding) {
  public CitedFigure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(binding, "binding");
  }

  public static CitedFigure unbound(
      FigureKind kind, String text, Optional<BigDecimal> value, int decimals) {
    return new CitedFigure(kind, text, value, decimals, Optional.empty());
  }

  public CitedFigure bound(String expression) {
    return new CitedFigure(kind, text, value, decimals, Optional.of(expression));
  }
}
