package io.juesuan.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.juesuan.core.filing.FactSheet;
import io.juesuan.core.filing.FindingCounts;
import io.juesuan.core.filing.ReportEvent;
import io.juesuan.core.filing.ReportHeader;
import io.juesuan.core.filing.ReportQuery;
import io.juesuan.core.filing.ReportState;
import io.juesuan.core.filing.StaleReportException;
import io.juesuan.core.port.ReportRepository;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.UnitKind;
import io.juesuan.dataset.DatasetReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link ReportRepository} port as {@link JdbcReportRepository} keeps it, on a migrated
 * database (run on H2 and on PostgreSQL): facts round-trip, optimistic locking, states and the
 * trail.
 */
abstract class ReportRepositoryContract {
  private static final Instant NOW = Instant.parse("2024-05-01T08:00:00Z");
  private ReportRepository reports;
  private JdbcAccountRepository accounts;

  abstract DataSource dataSource();

  @BeforeEach
  void migrate() {
    Flyway.configure()
        .dataSource(dataSource())
        .locations("classpath:db/migration")
        .load()
        .migrate();
    reports = new JdbcReportRepository(dataSource());
    accounts = new JdbcAccountRepository(dataSource());
  }

  static FinalAccounts example() {
    Path dir = Path.of("examples", "caidian-2023");
    for (Path up = Path.of("").toAbsolutePath(); up != null; up = up.getParent()) {
      if (Files.isDirectory(up.resolve(dir))) {
        return new DatasetReader().read(up.resolve(dir));
      }
    }
    throw new IllegalStateException("找不到 examples/caidian-2023");
  }

  private long department(String name) {
    return accounts.createDepartment(
        name + System.nanoTime(), name, "", UnitKind.ADMINISTRATIVE, NOW);
  }

  @Test
  void attachmentsAreKeptPerReportInOrder() {
    long id =
        reports.create(
            department("附件"),
            1,
            ReportState.DRAFT,
            example(),
            new FindingCounts(0, 0, 0),
            "t",
            NOW);
    JdbcAttachmentStore store = new JdbcAttachmentStore(dataSource());
    byte[] html = "<html>更正说明</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    long first =
        store.add(id, io.juesuan.core.filing.Attachment.of("更正说明.html", html, "shen", NOW));
    long second =
        store.add(
            id,
            io.juesuan.core.filing.Attachment.of(
                "更正说明.pdf",
                "%PDF-1.7 x".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                "shen",
                NOW));
    assertThat(store.list(id))
        .extracting(io.juesuan.core.filing.Attachment.Info::fileName)
        .containsExactly("更正说明.html", "更正说明.pdf");
    assertThat(store.get(id, first).orElseThrow().bytes()).isEqualTo(html);
    assertThat(store.get(id, second).orElseThrow().mediaType()).isEqualTo("application/pdf");
    assertThat(store.get(id + 1, first)).isEmpty();
  }

  @Test
  void everyFactRoundTrips() {
    FinalAccounts example = example();
    long id =
        reports.create(
            department("往返"), 1, ReportState.DRAFT, example, new FindingCounts(1, 2, 3), "t", NOW);
    assertThat(FactSheet.of(reports.load(id))).isEqualTo(FactSheet.of(example));
    ReportHeader header = reports.header(id).orElseThrow();
    assertThat(header.counts()).isEqualTo(new FindingCounts(1, 2, 3));
    assertThat(header.state()).isEqualTo(ReportState.DRAFT);
    assertThat(header.lockVersion()).isZero();
    assertThat(header.deptName()).isEqualTo(example.department().name());
  }

  @Test
  void writesCheckTheLockVersionAndTheState() {
    FinalAccounts example = example();
    long id =
        reports.create(
            department("锁"), 1, ReportState.DRAFT, example, FindingCounts.none(), "t", NOW);
    int next = reports.replaceFacts(id, 0, example, FindingCounts.none(), NOW);
    assertThat(next).isEqualTo(1);
    assertThatThrownBy(() -> reports.replaceFacts(id, 0, example, FindingCounts.none(), NOW))
        .isInstanceOf(StaleReportException.class);
    assertThatThrownBy(
            () -> reports.changeState(id, 1, ReportState.SUBMITTED, ReportState.PUBLISHED, NOW))
        .isInstanceOf(StaleReportException.class);
    reports.changeState(id, 1, ReportState.DRAFT, ReportState.SUBMITTED, NOW);
    ReportHeader submitted = reports.header(id).orElseThrow();
    assertThat(submitted.state()).isEqualTo(ReportState.SUBMITTED);
    assertThat(submitted.lockVersion()).isEqualTo(2);
    assertThat(submitted.submittedAt()).contains(NOW);
    assertThat(submitted.publishedAt()).isEmpty();
  }

  @Test
  void findsByStateDepartmentYearAndTextAndNumbersVersions() {
    FinalAccounts example = example();
    long dept = department("查询");
    long v1 =
        reports.create(dept, 1, ReportState.PUBLISHED, example, FindingCounts.none(), "t", NOW);
    assertThat(reports.nextVersion(dept, example.fiscalYear())).isEqualTo(2);
    long v2 = reports.create(dept, 2, ReportState.DRAFT, example, FindingCounts.none(), "t", NOW);
    ReportQuery ofDept = ReportQuery.all().department(dept);
    assertThat(reports.find(ofDept)).extracting(ReportHeader::id).containsExactly(v2, v1);
    assertThat(reports.find(ofDept.year(Optional.of(example.fiscalYear() + 1)))).isEmpty();
    assertThat(
            reports.find(
                new ReportQuery(
                    Set.of(ReportState.PUBLISHED),
                    Optional.of(dept),
                    Optional.empty(),
                    Optional.empty())))
        .extracting(ReportHeader::id)
        .containsExactly(v1);
    String shortName = example.department().shortName();
    assertThat(reports.find(ofDept.search(Optional.of(shortName)))).hasSize(2);
    assertThat(reports.find(ofDept.search(Optional.of("没有这个部门")))).isEmpty();
  }

  @Test
  void theTrailKeepsEveryEventNewestFirst() {
    long id =
        reports.create(
            department("记录"), 1, ReportState.DRAFT, example(), FindingCounts.none(), "t", NOW);
    Instant later = NOW.plus(1, ChronoUnit.MINUTES);
    reports.append(
        List.of(
            ReportEvent.figure(
                id, NOW, "tian", "dept.shortName", "部门简称", Optional.of("甲"), Optional.of("乙")),
            ReportEvent.state(
                id,
                later,
                "shen",
                ReportState.SUBMITTED,
                ReportState.RETURNED,
                Optional.of("请补充"))));
    List<ReportEvent> events = reports.events(id);
    assertThat(events)
        .extracting(ReportEvent::kind)
        .containsExactly(ReportEvent.Kind.STATE, ReportEvent.Kind.FIGURE);
    assertThat(events.get(0).note()).contains("请补充");
    assertThat(events.get(1).fieldKey()).contains("dept.shortName");
    assertThat(events.get(1).oldValue()).contains("甲");
    assertThat(events.get(1).at()).isEqualTo(NOW);
  }
}
