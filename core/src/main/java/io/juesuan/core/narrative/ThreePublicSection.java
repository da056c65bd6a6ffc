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
    out.add(new Section("threePublic", c.text("threePublic.title"), List.of()));
    out.add(new Section("threePublic.1", c.text("threePublic.1.title"), List.of(overall())));
    List<Sentence> s = new ArrayList<>();
    s.add(
        item("threePublic.abroad.label", "abroad", TextSlot.ABROAD_REASON)
            .plus(
                c.fill(
                    "threePublic.abroad.counts",
                    "groups",
                    count(Count.ABROAD_GROUPS),
                    "persons",
                    count(Count.ABROAD_PERSONS)))
            .sentence());
    s.add(vehicles().sentence());
    s.add(
        item("threePublic.purchase.label", "vehiclePurchase", TextSlot.VEHICLE_PURCHASE_REASON)
            .plus(c.fill("threePublic.purchase.counts", "n", count(Count.VEHICLES_PURCHASED)))
            .sentence());
    s.add(
        item("threePublic.operation.label", "vehicleOperation", TextSlot.VEHICLE_OPERATION_REASON)
            .plus(
                c.fill(
                    "threePublic.operation.counts",
                    "year",
                    c.year(),
                    "n",
                    count(Count.VEHICLES_HELD)))
            .sentence());
    s.add(
        item("threePublic.reception.label", "reception", TextSlot.RECEPTION_REASON)
            .plus(reception())
            .sentence());
    out.add(new Section("threePublic.2", c.text("threePublic.2.title"), s));
    return out;
  }

  private Sentence overall() {
    String budget = "@threePublic.budget.total";
    String actual = "@threePublic.actual.total";
    Fragment reason = c.cite.text(TextSlot.THREE_PUBLIC_REASON);
    if (c.cite.sign(budget) == 0) {
      return c.cite.sign(actual) == 0
          ? c.sentence("threePublic.1.none", "year", c.year(), "reason", reason)
          : c.sentence(
              "threePublic.1.unbudgeted",
              "year",
              c.year(),
              "actual",
              c.cite.amount(actual),
              "reason",
              reason);
    }
    Fragment f =
        c.fill(
            "threePublic.1.total",
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
                  "threePublic.1.reason",
                  "dir",
                  c.cite.direction(diff, "word.over", "word.under"),
                  "reason",
                  reason));
    }
    return f.sentence();
  }

  private Fragment vehicles() {
    Fragment label = Fragment.of(c.text("threePublic.vehicle.label"));
    Fragment f;
    if (c.cite.sign("@threePublic.budget.vehicles") == 0) {
      f =
          c.cite.sign("@threePublic.actual.vehicles") == 0
              ? c.fill("threePublic.vehicle.zero", "label", label)
              : c.fill(
                  "threePublic.vehicle.unbudgeted",
                  "label",
                  label,
                  "actual",
                  c.cite.amount("@threePublic.actual.vehicles"));
    } else {
      f =
          c.fill(
              "threePublic.item",
              "label",
              label,
              "budget",
              c.cite.amount("@threePublic.budget.vehicles"),
              "actual",
              c.cite.amount("@threePublic.actual.vehicles"),
              "rate",
              c.cite.percent("share(@threePublic.actual.vehicles;@threePublic.budget.vehicles)"));
    }
    return f.plus(Fragment.of(c.text("threePublic.vehicle.intro")));
  }

  private Fragment item(String labelKey, String figure, TextSlot slot) {
    String budget = "@threePublic.budget." + figure;
    String actual = "@threePublic.actual." + figure;
    Fragment label = Fragment.of(c.text(labelKey));
    if (c.cite.sign(budget) == 0) {
      return c.cite.sign(actual) == 0
          ? c.fill("threePublic.item.zero", "label", label, "reason", c.cite.text(slot))
          : c.fill(
              "threePublic.item.unbudgeted",
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
          "threePublic.item",
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
        "threePublic.item.diff",
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
        "threePublic.reception.counts",
        "foreign",
        c.cite.amount(foreign),
        "domestic",
        c.cite.amount("diff(@threePublic.actual.reception;" + foreign + ")"),
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
