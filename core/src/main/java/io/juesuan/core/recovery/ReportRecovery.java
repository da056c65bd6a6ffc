package io.juesuan.core.recovery;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.edition.Edition;
import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.narrative.Section;
import io.juesuan.core.performance.Evaluation;
import io.juesuan.core.report.Count;
import io.juesuan.core.report.Department;
import io.juesuan.core.report.Explanations;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.GlossaryTerm;
import io.juesuan.core.report.LeafFacts;
import io.juesuan.core.report.TextSlot;
import io.juesuan.core.report.Unit;
import io.juesuan.core.report.UnitKind;
import io.juesuan.core.table.RowKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 由已公开的报告重建数据集 — a department-year rebuilt from a published report: the leaf facts from its tables
 * (as printed, 0.01 万元), the department, units, duties and 名词解释 from its text where they are
 * recognisable, and the list of what could not be recovered (never invented).
 */
public final class ReportRecovery {
  private static final Pattern ITEM =
      Pattern.compile("(?:^|(?<=[。；;：:）)\\s]))\\s*(?:[（(]?\\d{1,2}[)）]|\\d{1,2}[、.．])\\s*");
  private static final Pattern LEADING_NUMBER = Pattern.compile("(\\d{1,2})");
  private static final Pattern RUN_ON_NUMBER =
      Pattern.compile("(?<=[\\p{IsHan}])(\\d{1,2})[、.．](?=[\\p{IsHan}])");
  private static final Pattern CHANGE =
      Pattern.compile(
          "(?:与|比|较)(?:上年|上一年|(?:19|20)\\d{2}年度?)(?:决算数?)?(?:相比)?[，,]?[^。；;，,\\d]{0,16}?(增加|增长|减少|下降)(\\d+(?:\\.\\d+)?)万元");
  private static final Pattern REASON = Pattern.compile("主要原因(?:是|为)?[：:；;，,]?\\s*([^。]+)。");
  private static final Pattern USES = Pattern.compile("主要(?:是)?用于([^。]+)。");

  private ReportRecovery() {}

  /** The rebuilt department-year and what could not be recovered. */
  public static Recovered recover(PublishedReport report, Edition edition) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(edition, "edition");
    List<String> missing = new ArrayList<>();
    TableFacts.Result fromTables = new TableFacts(edition.layouts()).recover(report.tables());
    List<String> notes = new ArrayList<>(fromTables.notes());
    List<io.juesuan.core.table.TableLayout> unread = new ArrayList<>();
    for (var layout : edition.layouts().tables()) {
      if (report.tables().table(layout.id()).map(t -> !t.hasFigures()).orElse(true)
          && layout.emptyStatement().isEmpty()) {
        unread.add(layout);
        missing.add("公开" + layout.id().value() + "表（" + layout.title() + "）没有读到数字：其中的数据未能恢复，请补录");
      }
    }
    String name = report.department().orElse("");
    if (name.isEmpty()) {
      missing.add("部门名称：报告中未能识别，请填写");
      name = "（部门名称待填写）";
    }
    List<Section> overview = overview(report);
    List<String> duties = items(find(overview, "职责|职能"));
    if (duties.isEmpty()) {
      missing.add("部门主要职责：未能从报告中识别，请填写");
    }
    List<Unit> units = units(find(overview, "机构设置|单位构成|决算单位"), name);
    if (units.size() <= 1) {
      notes.add("纳入决算的单位：只识别到本级，如有下属单位请补充");
    }
    StatedValues statements = StatedValues.of(edition);
    List<GlossaryTerm> glossary = glossary(report, statements);
    Map<String, List<Section>> keyed = keyedSections(report, edition);
    Map<Fact, Amount> prior = priorYear(keyed);
    Map<String, String> reasons = reasons(keyed);
    StatedValues.Result stated = statements.read(keyed, report.narrative().sections());
    stated.texts().forEach(reasons::putIfAbsent);
    Map<String, String> uses = categoryUses(keyed, report);
    Map<Fact, Amount> facts = new EnumMap<>(Fact.class);
    facts.putAll(prior);
    boolean threePublicUnread =
        unread.stream()
            .anyMatch(
                l ->
                    l.rows().stream()
                        .anyMatch(
                            r ->
                                r.attributes().values().stream()
                                    .anyMatch(v -> v.startsWith("threePublic."))));
    Map<Fact, Amount> statedFacts = threePublicUnread ? threePublic(keyed) : Map.of();
    facts.putAll(statedFacts);
    if (!statedFacts.isEmpty()) {
      for (var layout : unread) {
        notes.add(
            "公开"
                + layout.id().value()
                + "表：原报告未以文字表格公开数字，更正稿中的数字取自说明文字（"
                + statedFacts.keySet().stream()
                    .map(Fact::label)
                    .collect(java.util.stream.Collectors.joining("、"))
                + "），请核对");
      }
    }
    facts.putAll(fromTables.facts().facts());
    LeafFacts leaf = fromTables.facts();
    leaf =
        new LeafFacts(
            leaf.unit(),
            leaf.items(),
            leaf.economicItems(),
            facts,
            counts(stated.counts(), leaf.counts()),
            leaf.vehiclesByUse(),
            leaf.codeNames());
    if (prior.isEmpty()) {
      missing.add("上年数（收支总计、收入、支出、财政拨款等）：说明中未能识别，请补录");
    }
    missing.add("一般公共预算财政拨款年初预算（按项）：公开表不含，请按预算批复补录");
    missing.add("各项增减变化原因、绩效自评项目与指标：只有部门能写，请补充");
    Department department = new Department(name, name, "", UnitKind.ADMINISTRATIVE, units, duties);
    Explanations explanations =
        new Explanations(reasons, uses, Map.of(), List.of(), glossary, Optional.empty());
    int year = report.fiscalYear().orElse(edition.fiscalYear());
    FinalAccounts accounts =
        new FinalAccounts(
            year, department, leaf, explanations, Evaluation.empty(), Optional.of(edition.id()));
    return new Recovered(accounts, notes, missing);
  }

  /** The counts the tables give, and those only the narrative states. */
  private static Map<Count, Integer> counts(
      Map<Count, Integer> stated, Map<Count, Integer> tables) {
    Map<Count, Integer> out = new EnumMap<>(Count.class);
    out.putAll(stated);
    out.putAll(tables);
    return out;
  }

  /** Sections before the tables (部门概况). */
  /**
   * The sections of 第一部分: those before 第二部分 — counting from the first section with text, so that a
   * table of contents (titles without text, 第二部分 among them) does not end it.
   */
  private static List<Section> overview(PublishedReport report) {
    List<Section> out = new ArrayList<>();
    boolean content = false;
    for (Section s : report.narrative().sections()) {
      content |= hasText(s) && !s.id().matches("前言|第[一二三四五六七八九十]部分");
      if (content && s.id().matches("第[二三四五六七八九十]部分")) {
        break;
      }
      out.add(s);
    }
    return out;
  }

  private static boolean hasText(Section s) {
    return s.text().replaceAll("\\s+", "").length() >= 4;
  }

  /** The first section with the title and some text (not its line in a table of contents). */
  private static Optional<Section> find(List<Section> sections, String title) {
    Pattern p = Pattern.compile(title);
    return sections.stream()
        .filter(s -> p.matcher(s.title()).find())
        .filter(ReportRecovery::hasText)
        .findFirst();
  }

  /**
   * Adds the item numbers printed without a full stop before them ("…实行跟踪监督8.负责…"): a number is
   * taken as an item's only when it is the next in sequence after the item it sits in.
   */
  private static void splitRunOnNumbers(String text, List<Integer> starts, List<Integer> bodies) {
    for (int i = 0; i < starts.size(); i++) {
      Matcher own = LEADING_NUMBER.matcher(text.substring(starts.get(i), bodies.get(i)));
      if (!own.find()) {
        continue;
      }
      int next = Integer.parseInt(own.group(1)) + 1;
      int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
      Matcher run = RUN_ON_NUMBER.matcher(text).region(bodies.get(i), end);
      while (run.find()) {
        if (Integer.parseInt(run.group(1)) == next) {
          starts.add(i + 1, run.start(1));
          bodies.add(i + 1, run.end());
          break;
        }
      }
    }
  }

  /** The numbered items of a section ("1、负责…。2、…"), each without its number. */
  static List<String> items(Optional<Section> section) {
    if (section.isEmpty()) {
      return List.of();
    }
    String text = section.get().text().replaceAll("\\s+", "");
    Matcher m = ITEM.matcher(text);
    List<Integer> starts = new ArrayList<>();
    List<Integer> bodies = new ArrayList<>();
    while (m.find()) {
      starts.add(m.start());
      bodies.add(m.end());
    }
    splitRunOnNumbers(text, starts, bodies);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
      String item = text.substring(bodies.get(i), end).trim();
      if (!item.isEmpty()) {
        out.add(item);
      }
    }
    if (out.isEmpty() && !text.isBlank()) {
      out.add(text);
    }
    return out;
  }

  private static List<Unit> units(Optional<Section> section, String department) {
    List<Unit> units = new ArrayList<>();
    for (String item : items(section)) {
      String n = item.replaceAll("[。；;，,]+$", "");
      if (n.length() > 40 || n.contains("决算") || n.contains("单位构成")) {
        continue;
      }
      boolean head = n.contains("本级") || n.equals(department);
      units.add(new Unit(n, UnitKind.ADMINISTRATIVE, head));
    }
    if (units.stream().noneMatch(Unit::headOffice)) {
      units.add(0, new Unit(department + "（本级）", UnitKind.ADMINISTRATIVE, true));
    }
    return units;
  }

  /** 名词解释: "1.财政拨款收入：指……". */
  private static List<GlossaryTerm> glossary(PublishedReport report, StatedValues cleaner) {
    List<GlossaryTerm> out = new ArrayList<>();
    boolean in = false;
    for (Section s : report.narrative().sections()) {
      if (s.id().matches("第[一二三四五六七八九十]部分")) {
        in = s.title().contains("名词解释");
        if (in) {
          for (String item : items(Optional.of(s))) {
            term(cleaner.withoutResidue(item)).ifPresent(out::add);
          }
        }
        continue;
      }
      if (in || s.title().contains("名词解释")) {
        for (String item : items(Optional.of(s))) {
          term(cleaner.withoutResidue(item)).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private static Optional<GlossaryTerm> term(String item) {
    int colon = item.indexOf('：');
    if (colon < 0) {
      colon = item.indexOf(':');
    }
    if (colon <= 0 || colon > 30) {
      return Optional.empty();
    }
    return Optional.of(new GlossaryTerm(item.substring(0, colon), item.substring(colon + 1)));
  }

  /**
   * The sections of 情况说明 by the key of the requirement each answers (the edition's
   * audit/sections.txt: overall, income, fiscal, gpb …); a subsection without a recognisable title
   * takes its parent's key.
   */
  private static Map<String, List<Section>> keyedSections(PublishedReport report, Edition edition) {
    Map<String, Pattern> rules = new LinkedHashMap<>();
    for (String line : edition.lines("audit/sections.txt").orElse(List.of())) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length >= 2) {
        rules.put(f[0], Pattern.compile(f[1]));
      }
    }
    Map<String, List<Section>> out = new LinkedHashMap<>();
    String parent = "";
    for (Section s : report.narrative().sections()) {
      if (s.id().matches("第[一二三四五六七八九十]部分")) {
        parent = "";
        continue;
      }
      boolean sub = s.id().contains("(") || s.id().contains("（");
      String t =
          s.title()
              .replaceAll("\\s+", "")
              .replaceFirst("^((19|20)\\d{2}年度?)?(本部门|部门|本单位|单位)?((19|20)\\d{2}年度?)?", "");
      String fallback = sub ? parent : "";
      String key =
          rules.entrySet().stream()
              .filter(e -> e.getValue().matcher(t).find())
              .map(Map.Entry::getKey)
              .findFirst()
              .orElse(fallback);
      if (!sub) {
        parent = key;
      }
      if (!key.isEmpty()) {
        out.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
      }
    }
    return out;
  }

  private static final Map<String, Fact> PRIOR =
      Map.of(
          "overall", Fact.PRIOR_TOTAL,
          "income", Fact.PRIOR_INCOME_TOTAL,
          "expenditure", Fact.PRIOR_EXPENDITURE_TOTAL,
          "fiscal", Fact.PRIOR_FISCAL_TOTAL,
          "gpb", Fact.PRIOR_GENERAL_BUDGET_EXPENDITURE);

  private static final Map<String, TextSlot> REASONS =
      Map.of(
          "overall", TextSlot.TOTAL_CHANGE_REASON,
          "income", TextSlot.INCOME_CHANGE_REASON,
          "expenditure", TextSlot.EXPENDITURE_CHANGE_REASON,
          "fiscal", TextSlot.FISCAL_CHANGE_REASON,
          "gpb", TextSlot.GENERAL_BUDGET_EXPENDITURE_CHANGE_REASON,
          "threePublic", TextSlot.THREE_PUBLIC_REASON,
          "operating", TextSlot.OPERATING_COSTS_REASON);

  /** A fund named in the fiscal section: its sentence gives that fund's 上年数 and reason. */
  private record Fund(String subject, Fact prior, TextSlot reason) {}

  private static final List<Fund> FUNDS =
      List.of(
          new Fund(
              "一般公共预算财政拨款收入",
              Fact.PRIOR_GENERAL_BUDGET_INCOME,
              TextSlot.GENERAL_BUDGET_INCOME_CHANGE_REASON),
          new Fund(
              "政府性基金预算财政拨款收入", Fact.PRIOR_GOV_FUND_INCOME, TextSlot.GOV_FUND_INCOME_CHANGE_REASON),
          new Fund(
              "国有资本经营预算财政拨款收入",
              Fact.PRIOR_STATE_CAPITAL_INCOME,
              TextSlot.STATE_CAPITAL_INCOME_CHANGE_REASON));

  /**
   * 上年数 the text compares with: "收入合计990.75万元，与2022年度相比，增加0.67万元" gives 上年 = 本年 − 增加; the first
   * comparison of the section answering the figure's requirement counts; in the fiscal section the
   * sentence naming each fund gives that fund's.
   */
  private static Map<Fact, Amount> priorYear(Map<String, List<Section>> keyed) {
    Map<Fact, Amount> out = new EnumMap<>(Fact.class);
    PRIOR.forEach(
        (key, fact) ->
            keyed.getOrDefault(key, List.of()).stream()
                .map(s -> s.text().replaceAll("\\s+", ""))
                .map(ReportRecovery::change)
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(a -> out.put(fact, a)));
    for (Section s : keyed.getOrDefault("fiscal", List.of())) {
      String t = s.text().replaceAll("\\s+", "");
      for (Fund fund : FUNDS) {
        int at = t.indexOf(fund.subject());
        if (at >= 0) {
          change(t.substring(at)).ifPresent(a -> out.putIfAbsent(fund.prior(), a));
        }
      }
    }
    return out;
  }

  private static Optional<Amount> change(String text) {
    Matcher m = CHANGE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    Optional<Amount> current = currentFigure(text.substring(0, m.start()));
    if (current.isEmpty()) {
      return Optional.empty();
    }
    Amount change = Amount.of(m.group(2), AmountUnit.WAN_YUAN);
    boolean up = m.group(1).equals("增加") || m.group(1).equals("增长");
    return Optional.of(up ? current.get().minus(change) : current.get().plus(change));
  }

  private static Optional<Amount> currentFigure(String before) {
    Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)万元").matcher(before);
    String last = null;
    while (m.find()) {
      last = m.group(1);
    }
    return Optional.ofNullable(last).map(v -> Amount.of(v, AmountUnit.WAN_YUAN));
  }

  private static final Pattern BUDGET = Pattern.compile("全年预算(?:数)?(?:为|是)?(\\d+(?:\\.\\d+)?)万元");
  private static final Pattern ACTUAL =
      Pattern.compile("(?:决算(?:数)?(?:为|是)?)?(\\d+(?:\\.\\d+)?)万元");
  private static final Pattern AGAINST_BUDGET =
      Pattern.compile("比全年预算(?:数)?(增加|减少)(?:[(（]减少[)）])?(\\d+(?:\\.\\d+)?)万元");

  /**
   * 三公 figures as the text states them, for a report whose 三公 table could not be read: each item
   * (named as the facts name it: 因公出国（境）费, 公务用车购置费 …) with its 决算 and 全年预算, or the budget from
   * "比全年预算减少24.31万元".
   */
  private static Map<Fact, Amount> threePublic(Map<String, List<Section>> keyed) {
    StringBuilder b = new StringBuilder();
    keyed.getOrDefault("threePublic", List.of()).forEach(s -> b.append(s.text()));
    String text = normalize(b.toString());
    Map<String, Fact[]> items = new LinkedHashMap<>();
    for (Fact f : Fact.values()) {
      if (!f.key().startsWith("threePublic.budget.")) {
        continue;
      }
      String item = normalize(f.label().replaceFirst("预算数$", ""));
      Fact actual = Fact.ofKey(f.key().replace(".budget.", ".actual.")).orElseThrow();
      items.put(item, new Fact[] {f, actual});
    }
    Map<Fact, Amount> out = new EnumMap<>(Fact.class);
    for (var e : items.entrySet()) {
      int from = 0;
      while (true) {
        int at = text.indexOf(e.getKey(), from);
        if (at < 0) {
          break;
        }
        int start = at + e.getKey().length();
        int end = Math.min(text.length(), start + 300);
        for (String other : items.keySet()) {
          int o = text.indexOf(other, start);
          if (!other.equals(e.getKey()) && o >= 0 && o < end) {
            end = o;
          }
        }
        String segment = text.substring(start, end);
        int stop = segment.indexOf('。');
        if (stop >= 0) {
          segment = segment.substring(0, stop + 1);
        }
        from = start;
        Matcher budget = BUDGET.matcher(segment);
        Optional<Amount> planned =
            budget.find() ? Optional.of(wan(budget.group(1))) : Optional.empty();
        String rest = planned.isPresent() ? segment.substring(budget.end()) : segment;
        Matcher actual = ACTUAL.matcher(rest);
        if (!actual.find() || actual.start() > 20) {
          continue;
        }
        Amount spent = wan(actual.group(1));
        if (planned.isEmpty()) {
          Matcher against = AGAINST_BUDGET.matcher(segment);
          if (against.find()) {
            Amount d = wan(against.group(2));
            planned =
                Optional.of(
                    against.group(1).equals("增加") && !against.group().contains("（减少）")
                        ? spent.minus(d)
                        : spent.plus(d));
          }
        }
        out.put(e.getValue()[1], spent);
        planned.ifPresent(p -> out.put(e.getValue()[0], p));
        break;
      }
    }
    return out;
  }

  /** Without white space, ASCII brackets made full-width (how recovery compares stated text). */
  static String normalize(String text) {
    return text.replaceAll("\\s+", "").replace('(', '（').replace(')', '）');
  }

  private static Amount wan(String value) {
    return Amount.of(value, AmountUnit.WAN_YUAN);
  }

  /** "主要原因是……。" of each section, and of each fund's sentence in the fiscal section. */
  private static Map<String, String> reasons(Map<String, List<Section>> keyed) {
    Map<String, String> out = new LinkedHashMap<>();
    REASONS.forEach(
        (key, slot) ->
            keyed.getOrDefault(key, List.of()).stream()
                .map(s -> s.text().replaceAll("\\s+", ""))
                .map(REASON::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .filter(ReportRecovery::written)
                .findFirst()
                .ifPresent(r -> out.put(slot.key(), r)));
    for (Section s : keyed.getOrDefault("fiscal", List.of())) {
      String t = s.text().replaceAll("\\s+", "");
      for (Fund fund : FUNDS) {
        int at = t.indexOf(fund.subject());
        if (at < 0) {
          continue;
        }
        Matcher m = REASON.matcher(t.substring(at));
        if (m.find() && written(m.group(1))) {
          out.putIfAbsent(fund.reason().key(), m.group(1));
        }
      }
    }
    return out;
  }

  /** A reason a person wrote, not a template's placeholder ("增加(减少)", "……"). */
  private static boolean written(String text) {
    return text.length() >= 2
        && !text.contains("增加(减少)")
        && !text.contains("增加（减少）")
        && !text.contains("……")
        && !text.matches(".*[(（].*(说明|填列|填写).*[)）].*");
  }

  /** "1.一般公共服务(类)支出746.34万元，占75.3%。主要用于…。" gives the 类's uses. */
  private static Map<String, String> categoryUses(
      Map<String, List<Section>> keyed, PublishedReport report) {
    Map<String, String> names = new LinkedHashMap<>();
    report
        .tables()
        .tables()
        .forEach(
            t ->
                t.rows().stream()
                    .filter(r -> r.kind() == RowKind.CATEGORY)
                    .forEach(
                        r ->
                            names.putIfAbsent(
                                r.no().value(),
                                r.label().replaceAll("\\s+", "").replaceFirst("支出$", ""))));
    Map<String, String> out = new LinkedHashMap<>();
    for (Section s : keyed.getOrDefault("gpb", List.of())) {
      String t = s.text().replaceAll("\\s+", "");
      Matcher m = USES.matcher(t);
      while (m.find()) {
        String before = t.substring(Math.max(0, m.start() - 60), m.start());
        String code = null;
        int best = -1;
        for (var e : names.entrySet()) {
          int at = e.getValue().isEmpty() ? -1 : before.lastIndexOf(e.getValue());
          if (at > best) {
            best = at;
            code = e.getKey();
          }
        }
        if (code != null && written(m.group(1))) {
          out.putIfAbsent(code, m.group(1));
        }
      }
    }
    return out;
  }

  /**
   * A department-year rebuilt from a report.
   *
   * @param notes how figures were read where the tables allow more than one reading
   * @param missing what could not be recovered and must be entered (the to-do list)
   */
  public record Recovered(FinalAccounts accounts, List<String> notes, List<String> missing) {
    public Recovered {
      Objects.requireNonNull(accounts, "accounts");
      notes = List.copyOf(notes);
      missing = List.copyOf(missing);
    }
  }
}
