package io.juesuan.core.narrative;

import io.juesuan.core.report.Count;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.NamedCount;
import io.juesuan.core.report.TextSlot;
import java.util.ArrayList;
import java.util.List;

/** 情况说明 十 机关运行经费, 十一 政府采购, 十二 国有资产占用. */
final class OtherSections {
  private final WritingContext c;

  OtherSections(WritingContext c) {
    this.c = c;
  }

  List<Section> write() {
    return List.of(operatingCosts(), procurement(), assets());
  }

  private String fact(Fact f) {
    String ref = "fact:" + f.key();
    return c.cite.value(ref).isPresent() ? ref : "0.00";
  }

  private Section operatingCosts() {
    String amount;
    Object who = c.department();
    boolean reports = c.accounts.department().kind().reportsOperatingCosts();
    if (c.cite.value("fact:" + Fact.OPERATING_COSTS.key()).isPresent()) {
      amount = "fact:" + Fact.OPERATING_COSTS.key();
      if (!reports) {
        who =
            c.fill(
                "operating.department.entered",
                "department",
                c.department(),
                "kind",
                c.accounts.department().kind().label());
      }
    } else if (reports) {
      amount = "@basic.public";
    } else {
      return new Section(
          "operating",
          c.text("operating.title"),
          List.of(c.sentence("operating.none", "kind", c.accounts.department().kind().label())));
    }
    Object[] base = {"year", c.year(), "department", who, "amount", c.cite.amount(amount)};
    String budget = "fact:" + Fact.OPERATING_COSTS_BUDGET.key();
    String prior = "fact:" + Fact.PRIOR_OPERATING_COSTS.key();
    Sentence s;
    if (nonZero(budget)) {
      String diff = "diff(" + amount + ";" + budget + ")";
      s =
          c.cite.sign(diff) == 0
              ? c.sentence("operating.budget.flat", base)
              : c.sentence("operating.budget", moved(base, diff, amount, budget));
    } else if (nonZero(prior) && c.cite.sign("diff(" + amount + ";" + prior + ")") != 0) {
      Object[] args = moved(base, "diff(" + amount + ";" + prior + ")", amount, prior);
      s = c.sentence("operating.prior", concat(args, "prior", c.priorYear()));
    } else {
      s = c.sentence("operating.total", base);
    }
    return new Section("operating", c.text("operating.title"), List.of(s));
  }

  private Object[] moved(Object[] base, String diff, String amount, String against) {
    return concat(
        base,
        "dir",
        c.cite.direction(diff, "word.increase", "word.decrease"),
        "diff",
        c.cite.amount("abs(" + diff + ")"),
        "trend",
        c.cite.direction(diff, "word.growth", "word.lower"),
        "rate",
        c.cite.percent("abs(growth(" + amount + ";" + against + "))"),
        "reason",
        c.cite.text(TextSlot.OPERATING_COSTS_REASON));
  }

  private boolean nonZero(String ref) {
    return c.cite.value(ref).map(v -> v.signum() != 0).orElse(false);
  }

  private Section procurement() {
    String goods = fact(Fact.PROCUREMENT_GOODS);
    String works = fact(Fact.PROCUREMENT_WORKS);
    String services = fact(Fact.PROCUREMENT_SERVICES);
    String total = "sum(" + goods + ";" + works + ";" + services + ")";
    if (c.cite.sign(total) == 0) {
      return new Section(
          "procurement",
          c.text("procurement.title"),
          List.of(c.sentence("procurement.none", "year", c.year(), "department", c.department())));
    }
    List<Sentence> s = new ArrayList<>();
    s.add(
        c.sentence(
            "procurement.total",
            "year",
            c.year(),
            "department",
            c.department(),
            "total",
            c.cite.amount(total),
            "goods",
            c.cite.amount(goods),
            "works",
            c.cite.amount(works),
            "services",
            c.cite.amount(services)));
    String[][] kinds = {
      {"货物", goods, fact(Fact.PROCUREMENT_SME_GOODS)},
      {"工程", works, fact(Fact.PROCUREMENT_SME_WORKS)},
      {"服务", services, fact(Fact.PROCUREMENT_SME_SERVICES)}
    };
    String sme = "sum(" + kinds[0][2] + ";" + kinds[1][2] + ";" + kinds[2][2] + ")";
    if (c.cite.sign(sme) == 0) {
      s.add(c.sentence("procurement.sme.none"));
      return new Section("procurement", c.text("procurement.title"), s);
    }
    String small = fact(Fact.PROCUREMENT_SMALL_MICRO);
    s.add(
        c.sentence(
            "procurement.sme",
            "sme",
            c.cite.amount(sme),
            "share",
            c.cite.percent("share(" + sme + ";" + total + ")"),
            "small",
            c.cite.amount(small),
            "smallShare",
            c.cite.percent("share(" + small + ";" + sme + ")")));
    List<Fragment> parts = new ArrayList<>();
    for (String[] k : kinds) {
      if (c.cite.sign(k[1]) != 0) {
        parts.add(
            c.fill(
                "procurement.kind",
                "name",
                k[0],
                "share",
                c.cite.percent("share(" + k[2] + ";" + k[1] + ")")));
      }
    }
    s.add(c.sentence("procurement.kinds", "list", Fragment.join(c.text("list.sep"), parts)));
    return new Section("procurement", c.text("procurement.title"), s);
  }

  private Section assets() {
    List<Sentence> s = new ArrayList<>();
    List<NamedCount> uses = c.accounts.facts().vehiclesByUse();
    String totalRef = "count:" + Count.VEHICLES_TOTAL.key();
    boolean hasTotal = c.cite.value(totalRef).map(v -> v.signum() != 0).orElse(false);
    Object[] base = {"year", c.year(), "department", c.department()};
    Fragment vehicles;
    if (!hasTotal && uses.isEmpty()) {
      vehicles = c.fill("assets.vehicles.none", base);
    } else if (uses.isEmpty()) {
      vehicles =
          c.fill(
              "assets.vehicles.simple",
              concat(base, "total", c.cite.count(totalRef, Count.VEHICLES_TOTAL.measureWord())));
    } else {
      List<Fragment> list = new ArrayList<>();
      for (int i = 0; i < uses.size(); i++) {
        list.add(
            c.fill(
                "assets.use",
                "label",
                uses.get(i).label(),
                "n",
                c.cite.count("vehicleUse:" + (i + 1), uses.get(i).measureWord())));
      }
      Fragment total =
          hasTotal
              ? c.cite.count(totalRef, Count.VEHICLES_TOTAL.measureWord())
              : c.cite.pending(Count.VEHICLES_TOTAL.label());
      vehicles =
          c.fill(
              "assets.vehicles",
              concat(
                  base,
                  "total",
                  total,
                  "used",
                  c.cite.count("vehicleUse:*", uses.get(0).measureWord()),
                  "list",
                  Fragment.join(c.text("name.sep"), list)));
    }
    String note =
        c.accounts
            .explanations()
            .text(TextSlot.VEHICLE_NOTE)
            .map(t -> Citations.trimStop(t) + "。")
            .orElse("");
    s.add(vehicles.plus(Fragment.of(note)).sentence());
    String equipment = "count:" + Count.EQUIPMENT_OVER_MILLION.key();
    s.add(
        c.cite.value(equipment).map(v -> v.signum() != 0).orElse(false)
            ? c.sentence(
                "assets.equipment",
                "n",
                c.cite.count(equipment, Count.EQUIPMENT_OVER_MILLION.measureWord()))
            : c.sentence("assets.equipment.none"));
    return new Section("assets", c.text("assets.title"), s);
  }

  static Object[] concat(Object[] a, Object... b) {
    Object[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
