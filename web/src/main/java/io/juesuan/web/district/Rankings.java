package io.juesuan.web.district;

import io.juesuan.core.money.Amount;
import io.juesuan.web.district.DistrictPage.Ranked;
import io.juesuan.web.district.PublishedAccounts.Published;
import io.juesuan.web.report.KeyFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The departments ranked by one key figure, with the change from last year. */
final class Rankings {
  private Rankings() {}

  static List<Ranked> ranked(
      List<Published> parts,
      Map<Long, KeyFigures> last,
      java.util.function.Function<KeyFigures, Amount> figure) {
    List<Published> sorted = new ArrayList<>(parts);
    sorted.sort(
        Comparator.comparing((Published p) -> figure.apply(p.figures()))
            .reversed()
            .thenComparing(p -> p.row().department()));
    List<Ranked> out = new ArrayList<>();
    int rank = 1;
    for (Published p : sorted) {
      Amount now = figure.apply(p.figures());
      Optional<Amount> before = Optional.ofNullable(last.get(p.row().departmentId())).map(figure);
      String change =
          before
              .map(
                  b -> {
                    Amount diff = now.minus(b);
                    String sign = diff.signum() > 0 ? "+" : "";
                    String pct =
                        b.isZero()
                            ? ""
                            : "（"
                                + sign
                                + diff.value()
                                    .multiply(BigDecimal.valueOf(100))
                                    .divide(b.value(), 1, RoundingMode.HALF_UP)
                                + "%）";
                    return sign + diff.grouped() + pct;
                  })
              .orElse("上年未公开");
      out.add(
          new Ranked(
              rank++,
              p.row().department(),
              p.row().reportId(),
              now.grouped(),
              before.map(Amount::grouped).orElse("—"),
              change));
    }
    return out;
  }
}
