package io.juesuan.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
}
