package io.juesuan.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.juesuan.core.JuesuanException;
import io.juesuan.core.classification.Catalog;
import io.juesuan.core.edition.Edition;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.table.LayoutSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Project rules as tests (petclinic style): they run in every build. */
class RuleCatalogConventionTest {
  /** Template instructions that must never reach a resource or an output. */
  static final Pattern RESIDUE =
      Pattern.compile("[（(]请|如果本部门没有|增加[（(]减少[）)]|大[（(]小[）)]于|0\\.万元|xx部门|XX部门");

  static final LayoutSet NATIONAL = Editions.installed().get("national-2023").layouts();

  @Test
  void everyRuleOfEveryEditionHasAChineseDescriptionAndParses() {
    for (Edition e : Editions.installed().all()) {
      RuleCatalog catalog = e.rules();
      assertThat(catalog.rules()).as(e.id()).hasSizeGreaterThan(60);
      assertThat(catalog.rules())
          .as(e.id())
          .allSatisfy(r -> assertThat(r.description()).containsPattern("\\p{IsHan}"));
    }
  }

  @Test
  void ruleIdsAreUnique() {
    for (Edition e : Editions.installed().all()) {
      assertThat(e.rules().rules().stream().map(r -> r.id().value()).distinct().count())
          .as(e.id())
          .isEqualTo(e.rules().rules().size());
    }
    assertThatThrownBy(
            () ->
                RuleCatalog.merge(
                    "x",
                    List.of(),
                    List.of("A-1\terror\thierarchy\t02\t甲", "A-1\terror\thierarchy\t03\t乙")))
        .isInstanceOf(JuesuanException.class)
        .hasMessageContaining("重复");
  }

  @Test
  void malformedRuleLinesAreReportedWithTheirLine() {
    assertThatThrownBy(
            () ->
                RuleCatalog.parse(
                    "x.rules", List.of("# c", "A-1\terror\tformula\t01.27.1 01.1.1\t甲"), NATIONAL))
        .isInstanceOf(JuesuanException.class)
        .hasMessageContaining("x.rules 第2行");
  }

  @Test
  void everyCatalogCodeOfEveryEditionHasAName() {
    for (Edition edition : Editions.installed().all()) {
      Catalog c = edition.catalog();
      assertThat(c.functions()).isNotEmpty().allSatisfy(e -> assertThat(e.name()).isNotBlank());
      assertThat(c.economics()).isNotEmpty().allSatisfy(e -> assertThat(e.name()).isNotBlank());
    }
  }

  @Test
  @DisplayName("no template residue (请简要说明, 增加(减少) …) in any core resource")
  void noTemplateResidueInResources() throws IOException {
    Path resources = Path.of("src/main/resources");
    try (Stream<Path> files = Files.walk(resources)) {
      for (Path p :
          files
              .filter(Files::isRegularFile)
              .filter(f -> !f.toString().contains("/audit/"))
              .toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertThat(RESIDUE.matcher(text).find()).as("template residue in %s", p).isFalse();
      }
    }
  }
}
