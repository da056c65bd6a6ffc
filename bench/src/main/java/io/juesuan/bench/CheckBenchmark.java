package io.juesuan.bench;

import io.juesuan.core.classification.FunctionCode;
import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.report.EconomicItem;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.report.LeafFacts;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.table.TableSet;
import io.juesuan.core.usecase.CheckReport;
import io.juesuan.dataset.DatasetReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long deriving and checking a department-year takes: the example department, and a large
 * synthetic one (a district consolidation with hundreds of 项). Goal: a department-year is derived
 * and fully checked in well under 50 ms, so the web app can check live on every edit. Run: {@code
 * java -jar bench/target/benchmarks.jar -f 1 -wi 2 -i 3} (from the repository root).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class CheckBenchmark {
  @Param({"example", "synthetic-400", "synthetic-4000"})
  public String dataset;

  private FinalAccounts accounts;

  @Setup
  public void load() {
    if (dataset.equals("example")) {
      accounts = new DatasetReader().read(Path.of("examples/caidian-2023"));
    } else {
      accounts = synthetic(example(), Integer.parseInt(dataset.substring("synthetic-".length())));
    }
  }

  private static FinalAccounts example() {
    return new DatasetReader().read(Path.of("examples/caidian-2023"));
  }

  /** The example's department with {@code n} 项 spread over real 类 codes. */
  static FinalAccounts synthetic(FinalAccounts base, int n) {
    String[] categories = {"201", "204", "205", "207", "208", "210", "212", "213", "221"};
    List<FunctionalItem> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // Up to 1,800 项 the codes of the first benchmarks (comparable results); beyond, distinct
      // codes for up to 88,209 项.
      String code =
          n <= 1800
              ? categories[i % categories.length]
                  + String.format("%02d%02d", 1 + (i / 9) % 40, 1 + i % 50)
              : categories[i % categories.length]
                  + String.format("%02d%02d", 1 + (i / 9) % 99, 1 + (i / 891) % 99);
      Map<ItemMeasure, Amount> m = new EnumMap<>(ItemMeasure.class);
      Amount v = Amount.yuan(Integer.toString(10_000 + i * 37) + ".25");
      m.put(ItemMeasure.INCOME_GENERAL_BUDGET, v);
      m.put(ItemMeasure.EXPENDITURE_BASIC, v);
      m.put(ItemMeasure.GENERAL_BUDGET_BASIC, v);
      m.put(ItemMeasure.GENERAL_BUDGET_INITIAL, v);
      items.add(new FunctionalItem(FunctionCode.of(code), "项目" + i, m, AmountUnit.YUAN));
    }
    LeafFacts f = base.facts();
    List<EconomicItem> economic = f.economicItems();
    LeafFacts leaf =
        new LeafFacts(
            AmountUnit.YUAN,
            dedupe(items),
            economic,
            f.facts(),
            f.counts(),
            f.vehiclesByUse(),
            f.codeNames());
    return new FinalAccounts(
        base.fiscalYear(), base.department(), leaf, base.explanations(), base.evaluation());
  }

  private static List<FunctionalItem> dedupe(List<FunctionalItem> items) {
    Map<String, FunctionalItem> m = new java.util.TreeMap<>();
    items.forEach(i -> m.putIfAbsent(i.code().value(), i));
    return new ArrayList<>(m.values());
  }

  @Benchmark
  public TableSet derive() {
    return io.juesuan.core.edition.Editions.installed()
        .forAccounts(accounts)
        .deriver()
        .derive(accounts);
  }

  @Benchmark
  public CheckResult deriveAndCheck() {
    return new CheckReport().check(accounts).result();
  }
}
