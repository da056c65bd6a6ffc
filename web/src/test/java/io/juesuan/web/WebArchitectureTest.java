package io.juesuan.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The web app's architecture: controllers call use cases, never the JDBC adapters. */
class WebArchitectureTest {
  private static final JavaClasses WEB =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.juesuan.web");

  @Test
  @DisplayName("controllers do not use JDBC repositories or JDBC directly")
  void controllersCallUseCasesNotAdapters() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Controller")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameStartingWith("Jdbc")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "org.springframework.jdbc..")
        .check(WEB);
  }

  @Test
  void featurePackagesAreFreeOfCycles() {
    slices().matching("io.juesuan.web.(*)..").should().beFreeOfCycles().check(WEB);
  }

  @Test
  @DisplayName(
      "no controller imports a persistence type; the report store is reached through its port")
  void persistenceOnlyThroughSpringWiring() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Controller")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.juesuan.persistence..")
        .check(WEB);
    noClasses()
        .that()
        .doNotHaveSimpleName("WebConfiguration")
        .should()
        .dependOnClassesThat()
        .haveSimpleName("JdbcReportRepository")
        .check(WEB);
  }

  @Test
  @DisplayName("the workflow's state is not changed outside the use cases")
  void webDoesNotWriteReportsItself() {
    noClasses()
        .should()
        .callMethod(
            io.juesuan.core.port.ReportRepository.class,
            "changeState",
            long.class,
            int.class,
            io.juesuan.core.filing.ReportState.class,
            io.juesuan.core.filing.ReportState.class,
            java.time.Instant.class)
        .check(WEB);
  }
}
