package io.juesuan.importer.table;

import io.juesuan.core.money.Amount;
import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.Location;
import io.juesuan.core.rules.RuleId;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.RowNo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Puts each row's values into their 栏次 when the text does not show where they stand ("合计 990.75
 * 990.24 0.50" under seven columns). Candidates are narrowed by the row's column formulas, by the
 * relations with tables already read, and — for tables keyed by 类/款/项 — by the parent row's blank
 * columns and by the parent = Σ children sums. A value whose column stays open is reported, never
 * guessed.
 */
final class ColumnPlacer {
  private static final RuleId AMBIGUOUS = RuleId.of("IMPORT-COLUMN");
  private static final RuleId TOO_MANY = RuleId.of("IMPORT-VALUES");
  private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
  private static final long MAX_COMBINATIONS = 20_000;

  private final PlacementConstraints constraints;
  private final Function<RowNo, List<Optional<ColumnNo>>> columnsOf;
  private final Optional<ColumnPositions> positions;
  private final List<Finding> findings = new ArrayList<>();

  ColumnPlacer(
      PlacementConstraints constraints,
      Function<RowNo, List<Optional<ColumnNo>>> columnsOf,
      Optional<ColumnPositions> positions) {
    this.constraints = constraints;
    this.columnsOf = columnsOf;
    this.positions = positions;
  }

  record Result(Map<RowNo, Map<ColumnNo, Amount>> cells, List<Finding> findings) {}

  private final class State {
    final RawRow raw;
    final List<Optional<ColumnNo>> cols;
    final Set<ColumnNo> colSet;
    List<int[]> candidates;
    int[] chosen;

    State(RawRow raw) {
      this.raw = raw;
      this.cols = columnsOf.apply(raw.key);
      this.colSet = cols.stream().flatMap(Optional::stream).collect(Collectors.toSet());
      this.candidates = Candidates.of(raw.values.size(), cols.size());
      Optional<int[]> byPosition =
          positions.flatMap(p -> p.placement(raw.xs, raw.rights, raw.cells, cols));
      if (byPosition.isPresent()) {
        chosen = byPosition.get();
        candidates = List.of(chosen);
        return;
      }
      narrow(c -> constraints.formulaViolations(cells(c), colSet));
      if (candidates.size() > 1) {
        List<PlacementConstraints.BoundAnchor> anchors = constraints.anchorsOf(raw.key, colSet);
        narrow(c -> PlacementConstraints.anchorViolations(anchors, cells(c)));
      }
      if (candidates.size() == 1) {
        chosen = candidates.get(0);
      }
    }

    Map<ColumnNo, Amount> cells(int[] c) {
      return Candidates.cells(c, raw.values, cols);
    }

    Map<ColumnNo, Amount> chosenCells() {
      return chosen == null ? Map.of() : cells(chosen);
    }

    void narrow(ToIntFunction<int[]> violations) {
      if (candidates.size() <= 1) {
        return;
      }
      int[] counts = new int[candidates.size()];
      int min = Integer.MAX_VALUE;
      for (int i = 0; i < counts.length; i++) {
        counts[i] = violations.applyAsInt(candidates.get(i));
        min = Math.min(min, counts[i]);
      }
      List<int[]> kept = new ArrayList<>();
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] == min) {
          kept.add(candidates.get(i));
        }
      }
      candidates = Collections.unmodifiableList(kept);
    }
  }

  Result place(List<RawRow> rows, boolean hierarchical) {
    Map<RowNo, State> states = new LinkedHashMap<>();
    for (RawRow r : rows) {
      if (r.values.size() > columnsOf.apply(r.key).size()) {
        findings.add(
            Finding.of(
                TOO_MANY,
                Severity.WARNING,
                where(r.key),
                "读到 "
                    + r.values.size()
                    + " 个数值，多于该行的 "
                    + columnsOf.apply(r.key).size()
                    + " 栏，本行未导入："
                    + values(r)));
        continue;
      }
      states.put(r.key, new State(r));
    }
    if (hierarchical) {
      for (int level : new int[] {3, 5, 7}) {
        resolveLevel(states, level);
      }
      resolveBottomUp(states);
    }
    Map<RowNo, Map<ColumnNo, Amount>> out = new LinkedHashMap<>();
    for (State s : states.values()) {
      out.put(s.raw.key, s.chosen != null ? s.chosenCells() : agreed(s));
    }
    return new Result(out, findings);
  }

  private void resolveLevel(Map<RowNo, State> states, int level) {
    Map<RowNo, List<State>> groups = new LinkedHashMap<>();
    for (State s : states.values()) {
      if (s.raw.key.value().length() == level && s.raw.key.isNumber()) {
        RowNo parent =
            level == 3 ? RowNo.TOTAL : RowNo.of(s.raw.key.value().substring(0, level - 2));
        groups.computeIfAbsent(parent, p -> new ArrayList<>()).add(s);
      }
    }
    groups.forEach(
        (parentKey, children) -> {
          State parent = states.get(parentKey);
          if (parent == null || parent.chosen == null) {
            return;
          }
          Map<ColumnNo, Amount> p = parent.chosenCells();
          for (State c : children) {
            if (c.chosen == null) {
              List<int[]> fitting =
                  c.candidates.stream()
                      .filter(x -> c.cells(x).keySet().stream().allMatch(p::containsKey))
                      .toList();
              if (fitting.isEmpty()) {
                fitting = c.candidates.stream().filter(x -> fitsPattern(c.cells(x), p)).toList();
              }
              if (!fitting.isEmpty()) {
                c.candidates = fitting;
              }
              if (c.candidates.size() == 1) {
                c.chosen = c.candidates.get(0);
              }
            }
          }
          solveSums(p, parent.colSet, children);
        });
  }

  private static boolean fitsPattern(Map<ColumnNo, Amount> child, Map<ColumnNo, Amount> parent) {
    return child.entrySet().stream()
        .allMatch(e -> e.getValue().isZero() || parent.containsKey(e.getKey()));
  }

  /** Chooses the children's placements whose column sums equal the parent's. */
  private void solveSums(
      Map<ColumnNo, Amount> parent, Set<ColumnNo> columns, List<State> children) {
    List<State> open =
        children.stream().filter(c -> c.chosen == null && !c.candidates.isEmpty()).toList();
    long product = 1;
    for (State s : open) {
      product *= s.candidates.size();
      if (product > MAX_COMBINATIONS) {
        return;
      }
    }
    if (open.isEmpty()) {
      return;
    }
    List<int[]> best = new ArrayList<>();
    int bestViolations = Integer.MAX_VALUE;
    int[] choice = new int[open.size()];
    for (long n = 0; n < product; n++) {
      long rest = n;
      for (int i = 0; i < open.size(); i++) {
        choice[i] = (int) (rest % open.get(i).candidates.size());
        rest /= open.get(i).candidates.size();
      }
      int v = sumViolations(parent, columns, children, open, choice);
      if (v < bestViolations) {
        bestViolations = v;
        best.clear();
      }
      if (v == bestViolations) {
        best.add(choice.clone());
      }
    }
    for (int i = 0; i < open.size(); i++) {
      final int index = i;
      Set<Integer> options = best.stream().map(b -> b[index]).collect(Collectors.toSet());
      State s = open.get(i);
      s.candidates = options.stream().sorted().map(o -> s.candidates.get(o)).toList();
      if (options.size() == 1) {
        s.chosen = s.candidates.get(0);
      }
    }
  }

  private static int sumViolations(
      Map<ColumnNo, Amount> parent,
      Set<ColumnNo> columns,
      List<State> children,
      List<State> open,
      int[] choice) {
    Map<ColumnNo, BigDecimal> sums = new TreeMap<>();
    for (State c : children) {
      int i = open.indexOf(c);
      Map<ColumnNo, Amount> cells = i >= 0 ? c.cells(c.candidates.get(choice[i])) : c.chosenCells();
      cells.forEach((col, a) -> sums.merge(col, a.value(), BigDecimal::add));
    }
    BigDecimal tolerance = HALF_CENT.multiply(BigDecimal.valueOf(children.size() + 1L));
    int v = 0;
    for (ColumnNo col : columns) {
      BigDecimal d =
          PlacementConstraints.value(parent, col).subtract(sums.getOrDefault(col, BigDecimal.ZERO));
      if (d.abs().compareTo(tolerance) > 0) {
        v++;
      }
    }
    return v;
  }

  /** A row still open whose children are all placed takes the candidate that equals their sums. */
  private void resolveBottomUp(Map<RowNo, State> states) {
    List<State> rows = new ArrayList<>(states.values());
    rows.sort((a, b) -> Integer.compare(b.raw.key.value().length(), a.raw.key.value().length()));
    for (State s : rows) {
      if (s.chosen != null) {
        continue;
      }
      List<State> children =
          states.values().stream().filter(c -> isChild(c.raw.key, s.raw.key)).toList();
      if (children.isEmpty() || children.stream().anyMatch(c -> c.chosen == null)) {
        continue;
      }
      List<int[]> fitting =
          s.candidates.stream()
              .filter(
                  x -> sumViolations(s.cells(x), s.colSet, children, List.of(), new int[0]) == 0)
              .toList();
      if (fitting.size() == 1) {
        s.chosen = fitting.get(0);
      }
    }
  }

  private static boolean isChild(RowNo child, RowNo parent) {
    String c = child.value();
    if (!child.isNumber()) {
      return false;
    }
    if (parent.equals(RowNo.TOTAL)) {
      return c.length() == 3;
    }
    return c.length() == parent.value().length() + 2 && c.startsWith(parent.value());
  }

  /** Cells every remaining candidate agrees on; a finding for the rest. */
  private Map<ColumnNo, Amount> agreed(State s) {
    if (s.candidates.isEmpty()) {
      return Map.of();
    }
    Map<ColumnNo, Amount> out = new TreeMap<>();
    Set<Integer> open = new HashSet<>();
    for (int i = 0; i < s.raw.values.size(); i++) {
      final int index = i;
      Set<Integer> positions = s.candidates.stream().map(c -> c[index]).collect(Collectors.toSet());
      Optional<ColumnNo> col = s.cols.get(s.candidates.get(0)[i]);
      if (positions.size() == 1 && col.isPresent() && s.raw.values.get(i).isPresent()) {
        out.put(col.get(), s.raw.values.get(i).get());
      } else if (positions.size() > 1) {
        open.add(i);
      }
    }
    String options =
        s.candidates.stream()
            .limit(4)
            .map(c -> Candidates.describe(c, s.cols))
            .collect(Collectors.joining("或"));
    findings.add(
        Finding.of(
            AMBIGUOUS,
            Severity.WARNING,
            where(s.raw.key),
            "文本未标明栏次，表内公式和其他表都无法确定数值 "
                + values(s.raw)
                + " 所在的栏（可能为"
                + options
                + (s.candidates.size() > 4 ? "等" : "")
                + "）；其中 "
                + open.size()
                + " 个数值未导入，请对照原表核实"));
    return out;
  }

  private Location where(RowNo row) {
    return Location.cell(
        new io.juesuan.core.table.CellRef(constraints.table(), row, ColumnNo.of(1)));
  }

  private static String values(RawRow r) {
    return r.values.stream()
        .map(v -> v.map(Amount::plain).orElse("-"))
        .collect(Collectors.joining(" "));
  }
}
