package io.juesuan.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** core stays framework-free and its packages form no cycles. */
class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.juesuan.core");

  @Test
  @DisplayName("core depends on no framework, JDBC, POI or PDFBox")
  void coreIsFrameworkFree() {
    noClasses()
        .that()
        .resideInAPackage("io.juesuan.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "java.sql..",
            "javax.sql..",
            "org.apache.poi..",
            "org.apache.pdfbox..",
            "jakarta..",
            "org.yaml..",
            "com.fasterxml..")
        .check(CORE);
  }

  @Test
  void corePackagesAreFreeOfCycles() {
    slices().matching("io.juesuan.core.(*)..").should().beFreeOfCycles().check(CORE);
  }

  @Test
  @DisplayName("money and classification depend on nothing else in the project; table only on them")
  void innerPackagesPointInward() {
    noClasses()
        .that()
        .resideInAnyPackage("io.juesuan.core.money..", "io.juesuan.core.classification..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.juesuan.core.table..",
            "io.juesuan.core.report..",
            "io.juesuan.core.rules..",
            "io.juesuan.core.derivation..",
            "io.juesuan.core.narrative..",
            "io.juesuan.core.usecase..")
        .check(CORE);
    noClasses()
        .that()
        .resideInAPackage("io.juesuan.core.table..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.juesuan.core.report..",
            "io.juesuan.core.rules..",
            "io.juesuan.core.derivation..",
            "io.juesuan.core.usecase..")
        .check(CORE);
  }

  /**
   * Every package of core with the packages it may use (besides the JDK and the root {@code
   * io.juesuan.core}): dependencies point inward, and a new package must be placed here.
   */
  private static final Map<String, Set<String>> MAY_USE =
      Map.ofEntries(
          Map.entry("money", Set.of()),
          Map.entry("concurrent", Set.of()),
          Map.entry("classification", Set.of()),
          Map.entry("table", Set.of("money")),
          Map.entry("performance", Set.of("money")),
          Map.entry("report", Set.of("classification", "money", "performance")),
          Map.entry("derivation", Set.of("classification", "money", "report", "table")),
          Map.entry(
              "narrative", Set.of("classification", "money", "performance", "report", "table")),
          Map.entry("rules", Set.of("classification", "money", "narrative", "report", "table")),
          Map.entry(
              "edition",
              Set.of("classification", "derivation", "narrative", "report", "rules", "table")),
          Map.entry(
              "consolidation",
              Set.of(
                  "classification",
                  "derivation",
                  "edition",
                  "money",
                  "performance",
                  "report",
                  "table")),
          Map.entry("publication", Set.of()),
          Map.entry(
              "recovery",
              Set.of(
                  "audit",
                  "classification",
                  "derivation",
                  "edition",
                  "money",
                  "narrative",
                  "performance",
                  "report",
                  "table")),
          Map.entry(
              "filing", Set.of("classification", "edition", "money", "performance", "report")),
          Map.entry("port", Set.of("filing", "report")),
          Map.entry("audit", Set.of("edition", "money", "narrative", "rules", "table", "usecase")),
          Map.entry(
              "usecase",
              Set.of(
                  "classification",
                  "consolidation",
                  "derivation",
                  "edition",
                  "filing",
                  "narrative",
                  "performance",
                  "port",
                  "report",
                  "rules",
                  "table")));

  @Test
  @DisplayName("every core package is listed with the packages it may use, and uses no other")
  void everyPackageUsesOnlyWhatItIsAllowed() {
    Set<String> found = new TreeSet<>();
    for (JavaClass c : CORE) {
      String pkg = c.getPackageName();
      if (pkg.startsWith("io.juesuan.core.")) {
        found.add(pkg.substring("io.juesuan.core.".length()).split("\\.")[0]);
      }
    }
    assertThat(MAY_USE.keySet()).containsExactlyInAnyOrderElementsOf(found);
    MAY_USE.forEach(
        (pkg, allowed) -> {
          Set<String> forbidden = new TreeSet<>(MAY_USE.keySet());
          forbidden.removeAll(allowed);
          forbidden.remove(pkg);
          noClasses()
              .that()
              .resideInAPackage("io.juesuan.core." + pkg + "..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(
                  forbidden.stream().map(p -> "io.juesuan.core." + p + "..").toArray(String[]::new))
              .check(CORE);
        });
  }

  @Test
  @DisplayName("only use cases run the rule catalog (Checker)")
  void onlyUseCasesRunTheRules() {
    classes()
        .that()
        .haveFullyQualifiedName("io.juesuan.core.rules.Checker")
        .should()
        .onlyBeAccessed()
        .byAnyPackage("io.juesuan.core.usecase..", "io.juesuan.core.rules..")
        .check(CORE);
  }
}
