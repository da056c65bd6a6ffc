package io.juesuan.core.narrative;

import io.juesuan.core.report.Count;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.TextSlot;
import java.util.ArrayList;
import java.util.List;

/** 情况说明 九 财政拨款“三公”经费: 预算 vs 决算 per item with 完成率, counts, and a reason for every zero item. */
final class ThreePublicSection {
  private final WritingContext c;

  ThreePublicSection(WritingContext c) {
    this.c = c;
  }

  List<Section> write() {
    List<Section> out = new ArrayList<>();
    out.add(new Section("九", c.text("s9.title"), List.of()));
    out.add(new Section("九(一)", c.text("s9.1.title"), List.of(overall())));
    List<Sentence> s = new ArrayList<>();
    s.add(
        item("s9.abroad.label", 2, 8, TextSlot.ABROAD_REASON)
            .plus(
                c.fill(
                    "s9.abroad.counts",
                    "groups",
                    count(Count.ABROAD_GROUPS),
                    "persons",
                    count(Count.ABROAD_PERSONS)))
            .sentence());
    s.add(vehicles().sentence());
    s.add(
        item("s9.purchase.label", 4, 10, TextSlot.VEHICLE_PURCHASE_REASON)
            .plus(c.fill("s9.purchase.counts", "n", count(Count.VEHICLES_PURCHASED)))
            .sentence());
    s.add(
        item("s9.operation.label", 5, 11, TextSlot.VEHICLE_OPERATION_REASON)
            .plus(c.fill("s9.operation.counts", "year", c.year(), "n", count(Count.VEHICLES_HELD)))
            .sentence());
    s.add(
        item("s9.reception.label", 6, 12, TextSlot.RECEPTION_REASON).plus(reception()).sentence());
    out.add(new Section("九(二)", c.text("s9.2.title"), s));
    return out;
  }

  private Sentence overall() {
    String budget = "09.1.1";
    String actual = "09.1.7";
    Fragment reason = c.cite.text(TextSlot.THREE_PUBLIC_REASON);
    if (c.cite.sign(budget) == 0) {
      return c.cite.sign(actual) == 0
          ? c.sentence("s9.1.none", "year", c.year(), "reason", reason)
          : c.sentence(
              "s9.1.unbudgeted",
              "year",
              c.year(),
              "actual",
              c.cite.amount(actual),
              "reason",
              reason);
    }
    Fragment f =
        c.fill(
            "s9.1.total",
            "year",
            c.year(),
            "budget",
            c.cite.amount(budget),
            "actual",
            c.cite.amount(actual),
            "rate",
            c.cite.percent("share(" + actual + ";" + budget + ")"));
    String diff = "diff(" + actual + ";" + budget + ")";
    if (c.cite.sign(diff) != 0) {
      f =
          f.plus(
              c.fill(
                  "s9.1.reason",
                  "dir",
                  c.cite.direction(diff, "word.over", "word.under"),
                  "reason",
                  reason));
    }
    return f.sentence();
  }

  private Fragment vehicles() {
    Fragment label = Fragment.of(c.text("s9.vehicle.label"));
    Fragment f;
    if (c.cite.sign("09.1.3") == 0) {
      f =
          c.cite.sign("09.1.9") == 0
              ? c.fill("s9.vehicle.zero", "label", label)
              : c.fill("s9.vehicle.unbudgeted", "label", label, "actual", c.cite.amount("09.1.9"));
    } else {
      f =
          c.fill(
              "s9.item",
              "label",
              label,
              "budget",
              c.cite.amount("09.1.3"),
              "actual",
              c.cite.amount("09.1.9"),
              "rate",
              c.cite.percent("share(09.1.9;09.1.3)"));
    }
    return f.plus(Fragment.of(c.text("s9.vehicle.intro")));
  }

  private Fragment item(String labelKey, int budgetColumn, int actualColumn, TextSlot slot) {
    String budget = "09.1." + budgetColumn;
    String actual = "09.1." + actualColumn;
    Fragment label = Fragment.of(c.text(labelKey));
    if (c.cite.sign(budget) == 0) {
      return c.cite.sign(actual) == 0
          ? c.fill("s9.item.zero", "label", label, "reason", c.cite.text(slot))
          : c.fill(
              "s9.item.unbudgeted",
              "label",
              label,
              "actual",
              c.cite.amount(actual),
              "reason",
              c.cite.text(slot));
    }
    String diff = "diff(" + actual + ";" + budget + ")";
    Fragment rate = c.cite.percent("share(" + actual + ";" + budget + ")");
    if (c.cite.sign(diff) == 0) {
      return c.fill(
          "s9.item",
          "label",
          label,
          "budget",
          c.cite.amount(budget),
          "actual",
          c.cite.amount(actual),
          "rate",
          rate);
    }
    return c.fill(
        "s9.item.diff",
        "label",
        label,
        "budget",
        c.cite.amount(budget),
        "actual",
        c.cite.amount(actual),
        "rate",
        rate,
        "dir",
        c.cite.direction(diff, "word.increase", "word.decrease"),
        "diff",
        c.cite.amount("abs(" + diff + ")"),
        "reason",
        c.cite.text(slot));
  }

  private Fragment reception() {
    String foreignRef = "fact:" + Fact.THREE_PUBLIC_ACTUAL_RECEPTION_FOREIGN.key();
    String foreign = c.cite.value(foreignRef).isPresent() ? foreignRef : "0.00";
    return c.fill(
        "s9.reception.counts",
        "foreign",
        c.cite.amount(foreign),
        "domestic",
        c.cite.amount("diff(09.1.12;" + foreign + ")"),
        "foreignBatches",
        count(Count.FOREIGN_RECEPTION_BATCHES),
        "foreignPersons",
        count(Count.FOREIGN_RECEPTION_PERSONS),
        "batches",
        count(Count.RECEPTION_BATCHES),
        "persons",
        count(Count.RECEPTION_PERSONS));
  }

  private Fragment count(Count count) {
    String ref = "count:" + count.key();
    return c.cite.value(ref).isPresent()
        ? c.cite.count(ref, count.measureWord())
        : c.cite.pending(count.label());
  }
}
