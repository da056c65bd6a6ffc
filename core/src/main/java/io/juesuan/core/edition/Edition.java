package io.juesuan.core.edition;

import io.juesuan.core.JuesuanException;
import io.juesuan.core.classification.Catalog;
import io.juesuan.core.derivation.TableDeriver;
import io.juesuan.core.narrative.NarrativeOutline;
import io.juesuan.core.narrative.NarrativeWriter;
import io.juesuan.core.narrative.Wording;
import io.juesuan.core.rules.RuleCatalog;
import io.juesuan.core.table.Figures;
import io.juesuan.core.table.LayoutSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * 版本 — one region's format for one fiscal year, as data: the table layouts, the classification
 * catalog, the rules, the wording and outline of the text, the named figures, the audit's phrase
 * lists and the importer's hints, each read from a file of the edition's folder or, when the folder
 * has none, taken from the base edition (a layout, rule, wording or figure file gives only what
 * changes; the other files replace the base's whole).
 */
public final class Edition {
  private final EditionInfo info;
  private final EditionSource source;
  private final Optional<Edition> base;
  private final Supplier<LayoutSet> layouts;
  private final Supplier<Catalog> catalog;
  private final Supplier<List<String>> ruleLines;
  private final Supplier<RuleCatalog> rules;
  private final Supplier<Wording> wording;
  private final Supplier<Figures> figures;
  private final Supplier<NarrativeOutline> outline;
  private final Supplier<TableDeriver> deriver;
  private final Supplier<NarrativeWriter> writer;

  Edition(EditionInfo info, EditionSource source, Optional<Edition> base) {
    this.info = Objects.requireNonNull(info, "info");
    this.source = Objects.requireNonNull(source, "source");
    this.base = Objects.requireNonNull(base, "base");
    this.layouts = memo(this::loadLayouts);
    this.catalog = memo(this::loadCatalog);
    this.ruleLines = memo(this::loadRuleLines);
    this.rules = memo(() -> RuleCatalog.parse(where("rules"), ruleLines.get(), layouts.get()));
    this.wording =
        memo(
            () ->
                Wording.parse(
                    where("wording"),
                    own("wording"),
                    base.map(Edition::wording).orElse(Wording.empty())));
    this.figures =
        memo(
            () ->
                Figures.parse(
                    where("figures"),
                    own("figures"),
                    base.map(Edition::figures).orElse(Figures.empty())));
    this.outline = memo(() -> NarrativeOutline.parse(where("outline"), required("outline")));
    this.deriver = memo(() -> new TableDeriver(layouts(), catalog()));
    this.writer =
        memo(() -> new NarrativeWriter(layouts(), catalog(), wording(), figures(), outline()));
  }

  public EditionInfo info() {
    return info;
  }

  public String id() {
    return info.id();
  }

  public int fiscalYear() {
    return info.fiscalYear();
  }

  public Optional<Edition> base() {
    return base;
  }

  /** Where the edition's files are, for messages. */
  public String location() {
    return source.location();
  }

  public LayoutSet layouts() {
    return layouts.get();
  }

  public Catalog catalog() {
    return catalog.get();
  }

  public RuleCatalog rules() {
    return rules.get();
  }

  public Wording wording() {
    return wording.get();
  }

  public Figures figures() {
    return figures.get();
  }

  public NarrativeOutline outline() {
    return outline.get();
  }

  /**
   * Derives the edition's tables from a department-year's leaf facts (one per edition: it compiles
   * the layouts' column formulas once).
   */
  public TableDeriver deriver() {
    return deriver.get();
  }

  /** Writes the edition's 情况说明 and the other texts. */
  public NarrativeWriter writer() {
    return writer.get();
  }

  /**
   * A file of the edition taken whole: its own, else the nearest base's (audit phrase lists,
   * outline, importer hints).
   */
  public Optional<List<String>> lines(String file) {
    Optional<List<String>> own = source.lines(file);
    return own.isPresent() ? own : base.flatMap(b -> b.lines(file));
  }

  /** A file the edition cannot do without. */
  public List<String> required(String file) {
    return lines(file)
        .orElseThrow(() -> new JuesuanException("版本 " + info.id() + " 缺少文件 " + file + "（及其基础版本）"));
  }

  /** Whether this edition's own folder (not a base) has the file. */
  public boolean defines(String file) {
    return source.lines(file).isPresent();
  }

  private List<String> own(String file) {
    return source.lines(file).orElse(List.of());
  }

  private String where(String file) {
    return source.location() + "/" + file;
  }

  private LayoutSet loadLayouts() {
    if (!defines("tables") && base.isEmpty()) {
      throw new JuesuanException("版本 " + info.id() + " 没有表样文件 tables，也没有基础版本");
    }
    return LayoutSet.parse(where("tables"), own("tables"), base.map(Edition::layouts));
  }

  private Catalog loadCatalog() {
    Optional<List<String>> functions = source.lines("catalog/function-classification.csv");
    Optional<List<String>> economics = source.lines("catalog/economic-classification.csv");
    if (functions.isPresent() && economics.isPresent()) {
      return Catalog.parse(info.fiscalYear(), where("catalog"), functions.get(), economics.get());
    }
    if (base.isEmpty()) {
      throw new JuesuanException(
          "版本 "
              + info.id()
              + " 没有分类科目（catalog/function-classification.csv 与 economic-classification.csv），也没有基础版本");
    }
    return base.get()
        .catalog()
        .withDelta(
            info.fiscalYear(),
            where("catalog"),
            own("catalog/function-classification.delta.csv"),
            own("catalog/economic-classification.delta.csv"));
  }

  private List<String> loadRuleLines() {
    List<String> inherited = base.map(b -> b.ruleLines.get()).orElse(List.of());
    return RuleCatalog.merge(where("rules"), inherited, own("rules"));
  }

  private static <T> Supplier<T> memo(Supplier<T> load) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          synchronized (this) {
            v = value;
            if (v == null) {
              v = load.get();
              value = v;
            }
          }
        }
        return v;
      }
    };
  }

  @Override
  public String toString() {
    return info.label();
  }
}
