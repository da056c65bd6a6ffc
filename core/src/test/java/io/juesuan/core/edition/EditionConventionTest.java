package io.juesuan.core.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.juesuan.core.narrative.NarrativeFixture;
import io.juesuan.core.narrative.ReportText;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.CellPattern;
import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.table.RowNo;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every edition resolves every key its rules, figures, claims, charts and outline use, and its
 * wording has every key the writers need (the text of a department is written in it).
 */
class EditionConventionTest {
  private static final Pattern CELL = Pattern.compile("0[1-9]\\.[^+;)\\s]+");
  private static final Set<String> CHARTS = Set.of("overall", "income", "expenditure", "fiscal");

  static List<Edition> editions() {
    return Editions.installed().all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("editions")
  @DisplayName("rules compile; a national edition applies every rule")
  void rulesCompile(Edition e) {
    assertThat(e.rules().rules()).isNotEmpty();
    if (e.info().region().isEmpty()) {
      assertThat(e.rules().rules())
          .as("national editions print every row a rule names")
          .allSatisfy(r -> assertThat(r.inapplicable()).as(r.id().value()).isEmpty());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("editions")
  @DisplayName("every named figure resolves to cells of the edition")
  void figuresResolve(Edition e) {
    e.figures()
        .all()
        .forEach(
            (name, expression) -> {
              String code = expression.startsWith("06.") ? "30101" : "2010301";
              String expanded = expression.replace("{code}", code);
              assertResolves(e.layouts(), expanded, e.id() + " @" + name);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("editions")
  @DisplayName("every cell a claim of the audit names resolves")
  void claimsResolve(Edition e) {
    for (String line : e.required("audit/claims.txt")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      for (int i = 2; i <= 4; i++) {
        if (!f[i].equals("-")) {
          assertResolves(e.layouts(), f[i], e.id() + " claims " + f[0] + " " + f[i]);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("editions")
  @DisplayName("the outline places every section written, charts are known, wording is complete")
  void outlineAndWording(Edition e) {
    assertThat(e.outline().charts()).isSubsetOf(CHARTS);
    assertThat(e.outline().parts()).isNotEmpty();
    FinalAccounts accounts = new NarrativeFixture().accounts();
    ReportText[] text = new ReportText[1];
    assertThatCode(
            () -> text[0] = e.writer().write(accounts, e.deriver().derive(accounts).toWanYuan()))
        .as(e.id() + ": the writers find every wording key and figure they need")
        .doesNotThrowAnyException();
    long topLevel =
        text[0].explanation().sections().stream().filter(s -> !s.id().contains("(")).count();
    assertThat(topLevel)
        .as(e.id() + ": every written section is placed by the outline, none appended")
        .isEqualTo(topLevelEntries(e));
    for (var p : e.outline().parts()) {
      assertThat(text[0].partTitle(p.key())).as(e.id() + " " + p.key()).isPresent();
    }
  }

  private static boolean isTopLevel(Edition e, String key) {
    return !e.outline().idOf(key).contains("(");
  }

  /** Sections at the first level: plain sections plus groups (whose members are nested). */
  private static long topLevelEntries(Edition e) {
    return e.outline().sectionKeys().stream().filter(k -> isTopLevel(e, k)).count()
        + e.outline().sectionKeys().stream()
            .filter(k -> !isTopLevel(e, k))
            .map(k -> e.outline().idOf(k).substring(0, e.outline().idOf(k).indexOf('(')))
            .distinct()
            .count();
  }

  private static void assertResolves(LayoutSet layouts, String expression, String what) {
    Matcher m = CELL.matcher(expression);
    boolean any = false;
    while (m.find()) {
      any = true;
      CellPattern p = CellPattern.parse(m.group());
      CellPattern.Resolved<List<RowNo>> rows = p.rows(layouts);
      assertThat(rows.problem()).as(what).isEmpty();
      CellPattern.Resolved<ColumnNo> column = p.column(layouts, rows.value().orElseThrow());
      assertThat(column.problem()).as(what).isEmpty();
    }
    assertThat(any).as(what + " names a cell").isTrue();
  }
}
