package io.juesuan.core.narrative;

import io.juesuan.core.classification.Catalog;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.Figures;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableRow;
import io.juesuan.core.table.TableSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What the section writers share: the accounts, the published tables, wording and citations. */
final class WritingContext {
  final FinalAccounts accounts;
  final TableSet tables;
  final LayoutSet layouts;
  final Catalog catalog;
  final Wording wording;
  final Citations cite;
  private final Unstated unstated;
  private final java.util.Set<String> leftOut = new java.util.LinkedHashSet<>();

  /** Set when only the placeholders for missing inputs are wanted ({@link DeferredText}). */
  private final DeferredText deferred;

  private final String pendingMarker;

  WritingContext(
      FinalAccounts accounts,
      TableSet tables,
      LayoutSet layouts,
      Catalog catalog,
      Wording wording,
      Figures figures,
      Unstated unstated,
      boolean deferWriting) {
    this.unstated = Objects.requireNonNull(unstated, "unstated");
    if (deferWriting && unstated != Unstated.ASK) {
      throw new IllegalArgumentException("只有在显示【待填写】时才能推迟写出文字");
    }
    this.deferred = deferWriting ? new DeferredText() : null;
    this.pendingMarker = wording.pendingMarker();
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.tables = Objects.requireNonNull(tables, "tables");
    this.layouts = Objects.requireNonNull(layouts, "layouts");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.wording = Objects.requireNonNull(wording, "wording");
    this.cite =
        new Citations(
            new FigureResolver(accounts, tables, layouts, figures),
            wording,
            accounts.explanations(),
            deferred);
  }

  /** The text with what was put off written out (unchanged when nothing was). */
  String written(String text) {
    return deferred == null ? text : deferred.expand(text);
  }

  Fragment year() {
    return Fragment.of(Integer.toString(accounts.fiscalYear()));
  }

  Fragment priorYear() {
    return Fragment.of(Integer.toString(accounts.fiscalYear() - 1));
  }

  Fragment department() {
    return Fragment.of(accounts.department().name());
  }

  Fragment shortName() {
    return Fragment.of(accounts.department().shortName());
  }

  DisclosureTable table(String id) {
    return tables
        .table(TableId.of(id))
        .orElseThrow(() -> new IllegalStateException("缺少公开" + id + "表"));
  }

  /** The printed name of a code row in a classified table, else the catalog's. */
  String codeName(String tableId, String code) {
    return table(tableId)
        .row(RowNo.of(code))
        .map(TableRow::label)
        .filter(s -> !s.isEmpty())
        .or(() -> catalog.functionName(io.juesuan.core.classification.FunctionCode.of(code)))
        .orElse(accounts.facts().codeNames().getOrDefault(code, code));
  }

  Fragment fill(String key, Object... pairs) {
    if (deferred != null && deferrable(key, pairs)) {
      return deferred.defer(() -> wording.fill(key, arguments(pairs)).text());
    }
    Map<String, Fragment> args = arguments(pairs);
    List<String> pending = new java.util.ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      // in the order the arguments are given: what LEAVE_OUT leaves out is listed in text order
      cite.pendingLabel(args.get((String) pairs[i])).ifPresent(pending::add);
    }
    String without = key + ".unstated";
    if (unstated == Unstated.LEAVE_OUT && !pending.isEmpty() && wording.has(without)) {
      leftOut.addAll(pending);
      String template = wording.templates().get(without);
      args.keySet().removeIf(name -> !uses(template, name));
      return wording.fill(without, args);
    }
    return wording.fill(key, args);
  }

  private static Map<String, Fragment> arguments(Object[] pairs) {
    Map<String, Fragment> args = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      Object v = pairs[i + 1];
      args.put(
          (String) pairs[i], v instanceof Fragment given ? given : Fragment.of(String.valueOf(v)));
    }
    return args;
  }

  /**
   * Whether the fill can be written later ({@link DeferredText}): its template writes text of its
   * own and neither it nor any argument holds a placeholder (a 【待填写】 holds the marker).
   */
  private boolean deferrable(String key, Object[] pairs) {
    for (int i = 1; i < pairs.length; i += 2) {
      Object v = pairs[i];
      if (v instanceof Number) {
        continue;
      }
      String text = v instanceof Fragment f ? f.text() : String.valueOf(v);
      if (text.contains(pendingMarker)) {
        return false;
      }
    }
    return wording.writesOwnText(key);
  }

  /** What {@link Unstated#LEAVE_OUT} left out of the text, by label, in order. */
  List<String> leftOut() {
    return List.copyOf(leftOut);
  }

  String text(String key) {
    return wording.text(key);
  }

  /**
   * A sentence from a template that may use only some of the arguments offered (an edition's
   * wording chooses which of the department, year or table sentence it cites).
   */
  Sentence sentenceUsing(String key, Object... pairs) {
    String template = wording.templates().getOrDefault(key, "");
    List<Object> used = new java.util.ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (uses(template, (String) pairs[i])) {
        used.add(pairs[i]);
        used.add(pairs[i + 1]);
      }
    }
    return sentence(key, used.toArray());
  }

  /** Whether a template has the placeholder {@code {name}}. */
  private static boolean uses(String template, String name) {
    return template.contains("{" + name + "}");
  }

  Sentence sentence(String key, Object... pairs) {
    return fill(key, pairs).sentence();
  }
}
