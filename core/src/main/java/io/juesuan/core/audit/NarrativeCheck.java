package io.juesuan.core.audit;

import io.juesuan.core.narrative.CitedFigure;
import io.juesuan.core.narrative.FigureKind;
import io.juesuan.core.narrative.Sentence;
import io.juesuan.core.rules.Location;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 说明 ↔ 表: every amount the explanation cites against the cell it names, every share against the
 * tables, every 完成率 and growth rate against the sentence's own figures, direction words against
 * budget and actual, and every "(类)(款)(项)" name against the codes the report uses.
 */
final class NarrativeCheck {
  private static final Pattern SPACES_AND_COMMAS = Pattern.compile("[\\s，,]");
  private static final Pattern UNCHOSEN_COMPARISON = Pattern.compile(".*[（(](大于|小于)[)）].*");
  private static final Pattern LESS = Pattern.compile("小于|低于|少于");
  private static final Pattern MORE = Pattern.compile("大于|高于|多于");
  private static final Pattern CHANGE = Pattern.compile("增加|减少|增长|下降|降低|上升|增幅|降幅|减幅|同比|环比|比|相比|较");
  private static final Pattern DOWN = Pattern.compile("减少|下降|降低|降幅|减幅");
  private static final Pattern PRIOR = Pattern.compile("上年|上一年|去年|上期");
  private static final Pattern RATE = Pattern.compile("完成|执行率|执行进度|(年初|全年|调整)?预算(数)?的(比例|比率)?为?$");
  private static final Pattern SHARE = Pattern.compile("占|比重|比例");
  private static final Pattern PARENTHESISED = Pattern.compile("[（(][^（()）]{3,}[)）]");
  private static final Pattern ACTUAL = Pattern.compile("决算(数)?为|执行数(为)?|实际(执行数|支出)(为)?|支出决算");
  private static final Pattern BUDGET = Pattern.compile("预算(数)?(为|是|共计)?$");
  private static final Pattern COMPARED_WITH_PRIOR =
      Pattern.compile("上年|上一年|去年|上期|同比|(19|20)\\d{2}\\s*年度?(决算)?(数)?相?比|(?:与|同|和|较)(19|20)\\d{2}");
  private static final Pattern STATED =
      Pattern.compile(
          "决算数?(?:(小于|大于|等于|低于|高于|少于|多于)(?:年初|全年|调整)?预算"
              + "|(?:与|同|和|较)(?:年初|全年|调整)?预算数?(持平|相等|一致|相同)|(持平))");

  private final TableSet tables;
  private final Set<TableId> inDoubt;
  private final AuditLog log;
  private final CellExpression cells;
  private final SubjectMatcher subjects;
  private final ClassificationNames names;
  private final NameCheck nameCheck;
  private final List<AuditData.ShareBase> shareBases;

  NarrativeCheck(TableSet tables, AuditData data, AuditLog log) {
    this(tables, tables, Set.of(), data, log);
  }

  /**
   * Names are checked against every table read; amounts only against the {@code trusted} tables
   * (those not {@code inDoubt}).
   */
  NarrativeCheck(
      TableSet all, TableSet trusted, Set<TableId> inDoubt, AuditData data, AuditLog log) {
    this.tables = trusted;
    this.inDoubt = Set.copyOf(inDoubt);
    this.log = log;
    this.cells = data.cells;
    this.subjects = new SubjectMatcher(data);
    this.names = new ClassificationNames(all);
    this.nameCheck = new NameCheck(names, log);
    this.shareBases = data.shareBases;
  }

  /** What a section remembers from one sentence to the next. */
  private static final class Memory {
    BigDecimal level;
    Optional<String> detail = Optional.empty();
    BigDecimal budget;
    BigDecimal actual;
  }

  void run(List<SectionWalk.Keyed> sections) {
    for (SectionWalk.Keyed k : sections) {
      Memory memory = new Memory();
      List<String> unread = new ArrayList<>();
      for (Sentence s : k.section().sentences()) {
        sentence(k, s, memory, unread);
      }
      if (!unread.isEmpty() && !k.key().isEmpty()) {
        log.skip(
            "N-AMOUNT",
            "说明中的数字与表核对（" + k.label() + "）",
            "未能识别所指的表中数字或所用的比率，未核对：" + String.join("、", unread));
      }
    }
  }

  private void sentence(SectionWalk.Keyed k, Sentence s, Memory memory, List<String> unread) {
    Location where = new Location.Narrative(k.label(), s.text());
    String text = s.text();
    int prevEnd = 0;
    SubjectMatcher.Match lastClaim = null;
    String lastCell = null;
    Optional<String> lastBase = Optional.empty();
    Optional<String> pendingCategory = Optional.empty();
    String pendingName = "";
    BigDecimal change = null;
    int changeSign = 1;
    int changeDecimals = 2;
    BigDecimal budget = null;
    BigDecimal actual = null;
    int pairDecimals = 2;
    for (CitedFigure f : s.figures()) {
      int start = text.indexOf(f.text(), prevEnd);
      if (start < 0) {
        continue;
      }
      String subject = text.substring(prevEnd, start);
      if (f.kind() == FigureKind.DIRECTION) {
        continue;
      }
      prevEnd = start + f.text().length();
      if (f.kind() == FigureKind.NAME) {
        NameCheck.Resolved r = nameCheck.check(f, where, k.key());
        pendingCategory = r.category();
        pendingName = f.text();
        if (r.detail().isPresent()) {
          memory.detail = r.detail();
          pendingCategory = Optional.empty();
        }
      } else if (f.kind() == FigureKind.AMOUNT) {
        Optional<SubjectMatcher.Match> m = subjects.match(k.key(), subject);
        String tail =
            m.map(x -> subject.substring(Math.min(x.end(), subject.length()))).orElse(subject);
        BigDecimal v = f.value().orElseThrow();
        if (CHANGE.matcher(tail).find()) {
          change = v;
          changeSign = DOWN.matcher(tail).find() ? -1 : 1;
          changeDecimals = f.decimals();
          continue;
        }
        if (PRIOR.matcher(tail).find()) {
          continue; // last year's figure: neither this year's level nor a change
        }
        if (BUDGET.matcher(tail).find()) {
          budget = v;
          actual = null;
          pairDecimals = Math.min(pairDecimals, f.decimals());
          Optional<String> budgetCell = m.flatMap(SubjectMatcher.Match::budget);
          if (budgetCell.isPresent()) {
            compare(f, where, budgetCell.get(), Severity.ERROR, "预算数");
            budget = cells.evaluate(budgetCell.get(), tables).orElse(v);
          }
          continue;
        }
        String cell = null;
        Optional<String> base = Optional.empty();
        Severity severity = Severity.ERROR;
        String label = null;
        if (m.isPresent() && !m.get().words().isEmpty() && tail.length() <= 6) {
          cell = m.get().cell();
          base = m.get().shareBase();
          severity = m.get().severity();
          lastClaim = m.get();
        } else if (pendingCategory.isPresent()) {
          cell = "@gpb.code(" + pendingCategory.get() + ")";
          label = pendingName;
          base = Optional.of("@gpb.total");
          pendingCategory = Optional.empty();
        } else if (ACTUAL.matcher(subject).find() && memory.detail.isPresent()) {
          cell = detailCell(memory.detail.get(), v);
        } else if (ACTUAL.matcher(subject).find() && lastClaim != null) {
          cell = lastClaim.cell();
        }
        actual = v;
        pairDecimals = Math.min(pairDecimals, f.decimals());
        memory.level = v;
        if (cell == null && m.isPresent()) {
          unread.add(f.text());
        }
        if (cell != null
            && m.flatMap(SubjectMatcher.Match::atMostWhen).filter(names::anyName).isPresent()) {
          atMost(f, where, cell, describe(m, cell));
          cell = null;
        }
        if (cell != null) {
          compare(
              f, where, cell, severity, "“" + (label != null ? label : describe(m, cell)) + "”");
          lastCell = cell;
          lastBase = base;
          // rates and growth are recomputed from the table, not from a cited figure that may be
          // wrong
          Optional<BigDecimal> printed = cells.evaluate(cell, tables);
          if (printed.isPresent()) {
            actual = printed.get();
            memory.level = printed.get();
          }
        }
      } else if (f.kind() == FigureKind.PERCENT) {
        if (RATE.matcher(subject).find() && !subject.contains("占")) {
          if (budget != null && actual != null) {
            BigDecimal slack = FigureJudge.slack(pairDecimals);
            FigureJudge.percent(log, "N-RATE", where, f, actual, budget, slack, "完成率（决算÷预算）");
            memory.budget = budget;
            memory.actual = actual;
          } else {
            unread.add(f.text());
          }
        } else if (SHARE.matcher(subject).find()) {
          Optional<Optional<String>> named = namedBase(subject);
          if (named.isPresent() && named.get().isEmpty()) {
            log.skip("N-SHARE", "说明中的占比核对", "占比的基数“" + subject.trim() + "”未能识别，未核对");
          } else if (!share(f, where, lastCell, named.orElse(lastBase))) {
            unread.add(f.text());
          }
        } else if (change != null && memory.level != null && CHANGE.matcher(subject).find()) {
          BigDecimal prior = memory.level.subtract(change.multiply(BigDecimal.valueOf(changeSign)));
          FigureJudge.percent(
              log,
              "N-GROWTH",
              where,
              f,
              change,
              prior,
              FigureJudge.slack(Math.min(changeDecimals, 2)),
              "增减幅度（增减额÷上年或预算数）");
        } else {
          unread.add(f.text());
        }
      }
    }
    if (budget != null && actual != null) {
      memory.budget = budget;
      memory.actual = actual;
    }
    direction(text, where, memory);
  }

  /**
   * The 05表 cell a detail sentence's amount stands for: the 项 named; when the name was wrong (only
   * the 类 is known), the 类 total or whichever 项 under it the amount equals.
   */
  private String detailCell(String code, BigDecimal cited) {
    if (code.length() != 3) {
      return "@gpb.code(" + code + ")";
    }
    for (String item : names.itemsUnder(code)) {
      Optional<BigDecimal> v = cells.evaluate("@gpb.code(" + item + ")", tables);
      if (v.isPresent() && v.get().subtract(cited).abs().compareTo(new BigDecimal("0.01")) <= 0) {
        return "@gpb.code(" + item + ")";
      }
    }
    return "@gpb.code(" + code + ")";
  }

  private void compare(CitedFigure f, Location where, String cell, Severity severity, String what) {
    Optional<BigDecimal> expected = cells.evaluate(cell, tables);
    if (expected.isEmpty()) {
      log.skip("N-AMOUNT", "说明中" + what + "与" + cells.describe(cell) + "核对", unreadReason(cell));
      return;
    }
    FigureJudge.amount(
        log, severity, where, f, expected.get(), what + "（" + cells.describe(cell) + "）");
  }

  private String unreadReason(String cell) {
    String table = cells.tableOf(cell);
    if (!table.isEmpty() && inDoubt.contains(TableId.of(table))) {
      return "未能核对：公开" + table + "表的读取与其自身合计不符或有数值未能定位（见读取提示）";
    }
    return "报告中没有读到公开" + table + "表的数字";
  }

  /** A figure that may only be part of the cell (机关运行经费 of a department with 事业单位). */
  private void atMost(CitedFigure f, Location where, String cell, String what) {
    Optional<BigDecimal> whole = cells.evaluate(cell, tables);
    if (whole.isEmpty()) {
      return;
    }
    log.ran("N-AMOUNT");
    BigDecimal v = f.value().orElseThrow();
    if (v.subtract(whole.get()).compareTo(FigureJudge.slack(2)) > 0) {
      log.compared(
          "N-AMOUNT",
          Severity.WARNING,
          where,
          "≤ " + whole.get().toPlainString(),
          v.toPlainString(),
          v.subtract(whole.get()),
          "说明中“"
              + what
              + "”为 "
              + v.toPlainString()
              + " 万元，大于"
              + cells.describe(cell)
              + "的 "
              + whole.get().toPlainString()
              + " 万元（本部门含事业单位，前者应是后者的一部分）");
    }
  }

  private static final Pattern NAMED_WHOLE =
      Pattern.compile("占(?:比|比重|比例)?(?:为|是)?(.*?)(?:的)?(?:比重|比例)?(?:为|是|达)?\\s*$");

  /**
   * The whole a share names after 占 ("占本年支出合计的"): empty when it names none (the claim's base
   * applies), a cell when the edition knows the words, or an empty cell when the words are not
   * known (the share is then not checked).
   */
  private Optional<Optional<String>> namedBase(String subject) {
    int at = subject.lastIndexOf('占');
    if (at < 0) {
      return Optional.empty();
    }
    Matcher m =
        NAMED_WHOLE.matcher(SPACES_AND_COMMAS.matcher(subject.substring(at)).replaceAll(""));
    if (!m.matches() || m.group(1).isEmpty()) {
      return Optional.empty();
    }
    String words = m.group(1);
    for (AuditData.ShareBase b : shareBases) {
      if (b.named().matcher(words).find()) {
        return Optional.of(Optional.of(b.cell()));
      }
    }
    return Optional.of(Optional.empty());
  }

  /** Whether the share could be told apart and checked. */
  private boolean share(CitedFigure f, Location where, String cell, Optional<String> base) {
    if (cell == null || base.isEmpty()) {
      return false;
    }
    Optional<BigDecimal> part = cells.evaluate(cell, tables);
    Optional<BigDecimal> whole = cells.evaluate(base.get(), tables);
    if (part.isEmpty() || whole.isEmpty()) {
      log.skip("N-SHARE", "说明中的占比与" + cells.describe(cell) + "核对", "所需的表没有读到数字");
      return true;
    }
    FigureJudge.percent(
        log,
        "N-SHARE",
        where,
        f,
        part.get(),
        whole.get(),
        FigureJudge.slack(2),
        "占比（" + cells.describe(cell) + " ÷ " + cells.describe(base.get()) + "）");
    return true;
  }

  private void direction(String text, Location where, Memory memory) {
    String plain = PARENTHESISED.matcher(text).replaceAll("");
    Matcher m = STATED.matcher(plain);
    if (!m.find()
        || memory.budget == null
        || memory.actual == null
        || UNCHOSEN_COMPARISON.matcher(text).matches()) {
      return;
    }
    if (m.group(3) != null && !comparesWithBudget(plain.substring(0, m.start()))) {
      return; // “持平” with 上年, or with nothing said: not a claim about the budget
    }
    log.ran("N-DIRECTION");
    int cmp = memory.actual.compareTo(memory.budget);
    String word = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    boolean ok =
        LESS.matcher(word).matches() ? cmp < 0 : MORE.matcher(word).matches() ? cmp > 0 : cmp == 0;
    if (!ok) {
      String right = cmp < 0 ? "小于" : cmp > 0 ? "大于" : "等于";
      log.compared(
          "N-DIRECTION",
          Severity.ERROR,
          where,
          right,
          word,
          null,
          "说明写决算数"
              + word
              + "预算数，但决算 "
              + memory.actual.toPlainString()
              + " 万元"
              + right
              + "预算 "
              + memory.budget.toPlainString()
              + " 万元");
    }
  }

  /**
   * Whether the nearest comparison object before a bare change word is a budget (预算) rather than
   * last year (上年, 2022年度, 同比 …); false when the sentence names neither.
   */
  private static boolean comparesWithBudget(String before) {
    int budget = before.lastIndexOf("预算");
    Matcher prior = COMPARED_WITH_PRIOR.matcher(before);
    int last = -1;
    while (prior.find()) {
      last = prior.start();
    }
    return budget >= 0 && budget > last;
  }

  private static String describe(Optional<SubjectMatcher.Match> m, String cell) {
    return m.map(SubjectMatcher.Match::words).filter(w -> !w.isEmpty()).orElse("所引金额");
  }
}
