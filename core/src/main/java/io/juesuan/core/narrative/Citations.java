package io.juesuan.core.narrative;

import io.juesuan.core.money.Rounding;
import io.juesuan.core.report.Explanations;
import io.juesuan.core.report.TextSlot;
import io.juesuan.core.table.CellRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes the figures a sentence cites: each is computed from its binding by {@link FigureResolver}
 * and printed as published (万元 with two decimals, percentages with {@link #PERCENT_DECIMALS}), so
 * the text and the self-check use one computation.
 */
final class Citations {
  /** Decimals every share, 完成率, 执行率 and growth rate is printed with. */
  static final int PERCENT_DECIMALS = 2;

  private final FigureResolver resolver;
  private final Wording wording;
  private final Explanations explanations;
  private final Map<Fragment, String> pendingLabels = new java.util.IdentityHashMap<>();

  /** Set when only the placeholders are wanted: figures are then written when read. */
  private final DeferredText deferred;

  Citations(
      FigureResolver resolver, Wording wording, Explanations explanations, DeferredText deferred) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.wording = Objects.requireNonNull(wording, "wording");
    this.explanations = Objects.requireNonNull(explanations, "explanations");
    this.deferred = deferred;
  }

  /** The cells a cell reference or named figure stands for in the edition. */
  List<CellRef> cells(String reference) {
    return resolver.cells(reference);
  }

  Optional<BigDecimal> value(String binding) {
    return resolver.resolve(binding);
  }

  BigDecimal require(String binding) {
    return value(binding).orElseThrow(() -> new IllegalStateException("数字绑定没有值: " + binding));
  }

  int sign(String binding) {
    return require(binding).signum();
  }

  /** "990.75万元". */
  Fragment amount(String binding) {
    return deferred != null ? deferred.defer(() -> amountNow(binding).text()) : amountNow(binding);
  }

  private Fragment amountNow(String binding) {
    BigDecimal v = Rounding.printed(require(binding), 2);
    String text = v.toPlainString() + "万元";
    return Fragment.figure(
        new CitedFigure(FigureKind.AMOUNT, text, Optional.of(v), 2, Optional.of(binding)));
  }

  /** "99.95%"; the binding must be defined (callers choose another wording when it is not). */
  Fragment percent(String binding) {
    return deferred != null
        ? deferred.defer(() -> percentNow(binding).text())
        : percentNow(binding);
  }

  private Fragment percentNow(String binding) {
    BigDecimal v = Rounding.printed(require(binding), PERCENT_DECIMALS);
    String text = v.toPlainString() + "%";
    return Fragment.figure(
        new CitedFigure(
            FigureKind.PERCENT, text, Optional.of(v), PERCENT_DECIMALS, Optional.of(binding)));
  }

  /** "7辆". */
  Fragment count(String binding, String measureWord) {
    return deferred != null
        ? deferred.defer(() -> countNow(binding, measureWord).text())
        : countNow(binding, measureWord);
  }

  private Fragment countNow(String binding, String measureWord) {
    BigDecimal v = require(binding);
    String text = v.toPlainString() + measureWord;
    return Fragment.figure(
        new CitedFigure(FigureKind.COUNT, text, Optional.of(v), 0, Optional.of(binding)));
  }

  /**
   * A direction word chosen by the sign of {@code binding}: {@code upKey} when positive, {@code
   * downKey} when negative.
   */
  Fragment direction(String binding, String upKey, String downKey) {
    String signBinding = "sign(" + binding + ")";
    BigDecimal s = require(signBinding);
    String text = wording.text(s.signum() >= 0 ? upKey : downKey);
    return Fragment.figure(
        new CitedFigure(FigureKind.DIRECTION, text, Optional.of(s), 0, Optional.of(signBinding)));
  }

  /** 【待填写：label】. */
  Fragment pending(String label) {
    if (deferred != null) {
      // a label may be made of a fill that was put off
      label = deferred.expand(label);
    }
    Fragment f = wording.fill("pending", Map.of("label", Fragment.of(label)));
    pendingLabels.put(f, label);
    return f;
  }

  /** The label of a fragment made by {@link #pending}, if it is one. */
  Optional<String> pendingLabel(Fragment fragment) {
    return Optional.ofNullable(pendingLabels.get(fragment));
  }

  /** The filer's text for a slot, or 【待填写：…】. */
  Fragment text(TextSlot slot) {
    return explanations
        .text(slot)
        .map(Citations::trimStop)
        .map(Fragment::of)
        .orElseGet(() -> pending(slot.label()));
  }

  /** A filer's text without a final full stop (templates add their own). */
  static String trimStop(String text) {
    String t = text.strip();
    while (t.endsWith("。") || t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }
}
