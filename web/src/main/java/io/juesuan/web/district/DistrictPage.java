package io.juesuan.web.district;

import io.juesuan.core.classification.EconomicCode;
import io.juesuan.core.edition.Edition;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.money.Rounding;
import io.juesuan.core.narrative.FigureResolver;
import io.juesuan.core.port.DistrictRepository.Approvals;
import io.juesuan.core.publication.DeadlineRule;
import io.juesuan.core.report.EconomicItem;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.RowKind;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableRow;
import io.juesuan.core.table.TableSet;
import io.juesuan.web.report.KeyFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The public district page of a year (万元): totals of the 汇总, expenditure by 类 and by 经济分类 类,
 * departments ranked by 三公 and 机关运行经费 with the change from last year, and the 公开 timeliness list
 * (published departments only: no internal data).
 */
record DistrictPage(
    int year,
    String name,
    int departments,
    Map<String, String> totals,
    List<Share> byCategory,
    List<Share> byEconomic,
    List<Ranked> threePublic,
    List<Ranked> operating,
    List<Timely> timeliness) {

  /** A part of a structure: label, amount, share of the whole in percent. */
  record Share(String label, String amount, String percent, BigDecimal value) {}

  /** A department in a ranking: this year, last year, change. */
  record Ranked(
      int rank, String department, long reportId, String amount, String prior, String change) {}

  /** A published department: 批复, 公开 date and whether on time. */
  record Timely(
      String department,
      long reportId,
      String approved,
      String published,
      String deadline,
      String verdict,
      boolean late) {}

  static DistrictPage of(
      DistrictConsolidation.District d,
      List<PublishedAccounts.Published> prior,
      Approvals approvals,
      DeadlineRule rule,
      ZoneId zone) {
    FinalAccounts sum = d.consolidated().result().accounts();
    TableSet t = d.consolidated().checked().tables().toWanYuan();
    KeyFigures k = KeyFigures.of(sum, t);
    Amount threePublic = Amount.zero(AmountUnit.WAN_YUAN);
    Amount operating = Amount.zero(AmountUnit.WAN_YUAN);
    for (PublishedAccounts.Published p : d.parts()) {
      threePublic = threePublic.plus(p.figures().threePublicActual());
      operating = operating.plus(p.figures().operatingCosts());
    }
    Map<String, String> totals = new LinkedHashMap<>();
    totals.put("收入支出总计", k.total().grouped());
    totals.put("本年收入合计", k.income().grouped());
    totals.put("本年支出合计", k.expenditure().grouped());
    totals.put("财政拨款收入", k.fiscalIncome().grouped());
    totals.put("基本支出", k.basic().grouped());
    totals.put("项目支出", k.project().grouped());
    totals.put("“三公”经费支出（各部门合计）", threePublic.grouped());
    totals.put("机关运行经费（各部门合计）", operating.grouped());
    Map<Long, KeyFigures> last = new HashMap<>();
    prior.forEach(p -> last.put(p.row().departmentId(), p.figures()));
    List<Timely> timely = new ArrayList<>();
    for (PublishedAccounts.Published p : d.parts()) {
      LocalDate published = p.row().firstPublishedAt().atZone(zone).toLocalDate();
      Optional<LocalDate> approved = approvals.of(p.row().departmentId());
      Optional<LocalDate> deadline = approved.map(rule::deadline);
      boolean late = deadline.map(published::isAfter).orElse(false);
      timely.add(
          new Timely(
              p.row().department(),
              p.row().reportId(),
              approved.map(LocalDate::toString).orElse("—"),
              published.toString(),
              deadline.map(LocalDate::toString).orElse("—"),
              deadline.isEmpty()
                  ? "未录入批复日期"
                  : late ? "逾期 " + ChronoUnit.DAYS.between(deadline.get(), published) + " 天" : "按时",
              late));
    }
    timely.sort(Comparator.comparing(Timely::published).thenComparing(Timely::department));
    return new DistrictPage(
        d.year(),
        d.name(),
        d.parts().size(),
        totals,
        byCategory(sum, t),
        byEconomic(sum),
        Rankings.ranked(d.parts(), last, KeyFigures::threePublicActual),
        Rankings.ranked(d.parts(), last, KeyFigures::operatingCosts),
        timely);
  }

  private static List<Share> byCategory(FinalAccounts sum, TableSet t) {
    Edition e = Editions.installed().forAccounts(sum);
    FigureResolver r = new FigureResolver(sum, t, e.layouts(), e.figures());
    List<String> labels = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    DisclosureTable t03 = t.table(TableId.of("03")).orElseThrow();
    for (TableRow row : t03.rows()) {
      if (row.kind() == RowKind.CATEGORY) {
        labels.add(row.no().value() + " " + row.label());
        values.add(
            r.resolve("@expenditure.code(" + row.no().value() + ")").orElse(BigDecimal.ZERO));
      }
    }
    return shares(labels, values);
  }

  /** 一般公共预算财政拨款基本支出 by 经济分类 类 (the 款 of 06表 added up). */
  private static List<Share> byEconomic(FinalAccounts sum) {
    Edition e = Editions.installed().forAccounts(sum);
    Map<String, Amount> byClass = new TreeMap<>();
    for (EconomicItem i : sum.facts().economicItems()) {
      EconomicCode c = i.code().category();
      String label = c.value() + " " + e.catalog().economicName(c).orElse("经济分类 " + c.value());
      byClass.merge(label, i.amount(), Amount::plus);
    }
    List<String> labels = new ArrayList<>(byClass.keySet());
    List<BigDecimal> values =
        labels.stream().map(l -> Rounding.toWanYuan(byClass.get(l)).value()).toList();
    return shares(labels, values);
  }

  private static List<Share> shares(List<String> labels, List<BigDecimal> values) {
    BigDecimal total = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    List<Share> out = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      BigDecimal v = values.get(i);
      if (v.signum() == 0) {
        continue;
      }
      String pct =
          total.signum() == 0
              ? ""
              : v.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP) + "%";
      out.add(new Share(labels.get(i), new Amount(v, AmountUnit.WAN_YUAN).grouped(), pct, v));
    }
    out.sort(Comparator.comparing(Share::value).reversed());
    return out;
  }

  /** The chart series: 类 and 经济分类 structure. */
  Map<String, Object> charts() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(
        "byCategory",
        byCategory.stream().map(s -> Map.of("name", s.label(), "value", s.value())).toList());
    m.put(
        "byEconomic",
        byEconomic.stream().map(s -> Map.of("name", s.label(), "value", s.value())).toList());
    return m;
  }
}
