package io.juesuan.core.filing;

import static io.juesuan.core.Fixtures.aDepartmentYear;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.juesuan.core.edition.Editions;
import io.juesuan.core.port.DepartmentDirectory;
import io.juesuan.core.report.Department;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.Unit;
import io.juesuan.core.report.UnitKind;
import io.juesuan.core.usecase.CheckReport;
import io.juesuan.core.usecase.FileReport;
import io.juesuan.core.usecase.ReadReports;
import io.juesuan.core.usecase.ReviewReport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The filing → review → publication workflow on an in-memory repository, without a database. */
class FilingWorkflowTest {
  private static final long DEPT = 7;
  private final InMemoryReportRepository repository = new InMemoryReportRepository();
  private final DepartmentDirectory departments =
      id ->
          Optional.of(
                  new Department(
                      "测试部门",
                      "测试部门",
                      "",
                      UnitKind.ADMINISTRATIVE,
                      List.of(new Unit("测试部门（本级）", UnitKind.ADMINISTRATIVE, true)),
                      List.of()))
              .filter(d -> id == DEPT);
  private final Clock clock = Clock.fixed(Instant.parse("2024-05-01T08:00:00Z"), ZoneOffset.UTC);
  private final CheckReport check = new CheckReport(Editions.installed());
  private final FileReport filing =
      new FileReport(repository, departments, check, Editions.installed(), clock);
  private final InMemoryAttachmentStore attachments = new InMemoryAttachmentStore();
  private final ReviewReport review =
      new ReviewReport(repository, check, clock, Optional.of(attachments));
  private final ReadReports read = new ReadReports(repository);
  private final Actor filer = new Actor("tian", Role.FILER, Optional.of(DEPT));
  private final Actor otherFiler = new Actor("li", Role.FILER, Optional.of(DEPT + 1));
  private final Actor reviewer = new Actor("shen", Role.REVIEWER, Optional.empty());

  /** A small department-year whose check finds no error. */
  private static FinalAccounts filled() {
    return aDepartmentYear()
        .item("2010301", "行政运行", "income.other", "100.00", "expenditure.basic", "100.00")
        .build();
  }

  private int lock(long id) {
    return repository.header(id).orElseThrow().lockVersion();
  }

  @Test
  @DisplayName("报送 of an empty department-year is refused with every missing fact named")
  void emptyReportCannotBeSubmitted() {
    long id = filing.create(filer, 2023);
    assertThat(
            check.check(repository.load(id)).result().count(io.juesuan.core.rules.Severity.ERROR))
        .as("an empty report is consistent: the rules alone would let it through")
        .isZero();
    assertThatThrownBy(() -> filing.submit(filer, id, lock(id)))
        .isInstanceOf(InvalidEditException.class)
        .hasMessageContaining("主要职责")
        .hasMessageContaining("功能分类项");
    assertThat(repository.header(id).orElseThrow().state()).isEqualTo(ReportState.DRAFT);
  }

  @Test
  @DisplayName("新建 from a start keeps its figures, units and duties under the directory's name")
  void createdFromAStartKeepsItsFiguresUnderTheDirectorysName() {
    FinalAccounts start =
        filled()
            .withDepartment(
                new Department(
                    "报告里的部门名",
                    "简称",
                    "",
                    UnitKind.ADMINISTRATIVE,
                    List.of(new Unit("报告里的单位", UnitKind.ADMINISTRATIVE, true)),
                    List.of("负责文电处理")));
    long id = filing.createFrom(filer, start, List.of("取自上传的报告 test.pdf"));
    FinalAccounts stored = repository.load(id);
    assertThat(stored.department().name()).isEqualTo("测试部门");
    assertThat(stored.department().units()).extracting(Unit::name).containsExactly("报告里的单位");
    assertThat(stored.department().duties()).containsExactly("负责文电处理");
    assertThat(stored.facts()).isEqualTo(start.facts());
    assertThat(repository.events(id))
        .anyMatch(e -> e.note().equals(Optional.of("取自上传的报告 test.pdf")));
    assertThatThrownBy(() -> filing.createFrom(filer, start, List.of()))
        .isInstanceOf(ActionRefusedException.class)
        .hasMessageContaining("已存在");
    assertThatThrownBy(() -> filing.createFrom(reviewer, start, List.of()))
        .isInstanceOf(ActionRefusedException.class);
  }

  @Test
  @DisplayName("退回 with the 更正说明 attached: kept with the report, for its filer and reviewers only")
  void returnWithAnAttachedCorrectionNote() {
    long id = filing.create(filer, 2023);
    int lock =
        filing.edit(
            filer,
            id,
            lock(id),
            a ->
                FactEdits.apply(
                    RowEdits.add(a.withFacts(filled().facts()), "duty", Map.of("text", "职责一")),
                    Map.of()));
    filing.submit(filer, id, lock);
    byte[] html =
        "<html><body>更正说明</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Attachment.of("更正说明.exe", html, "shen", clock.instant()))
        .isInstanceOf(InvalidEditException.class)
        .hasMessageContaining("不是 HTML、DOCX 或 PDF");
    assertThatThrownBy(() -> Attachment.of("更正说明.pdf", html, "shen", clock.instant()))
        .isInstanceOf(InvalidEditException.class);
    Attachment note = Attachment.of("C:\\下载\\更正说明.html", html, "shen", clock.instant());
    assertThat(note.fileName()).isEqualTo("更正说明.html");
    review.returnToFiler(reviewer, id, lock(id), "请按更正说明修改", note);

    assertThat(repository.header(id).orElseThrow().state()).isEqualTo(ReportState.RETURNED);
    assertThat(review.attachments(filer, id))
        .extracting(Attachment.Info::fileName)
        .containsExactly("更正说明.html");
    long attachmentId = review.attachments(filer, id).get(0).id();
    assertThat(review.attachment(filer, id, attachmentId).bytes()).isEqualTo(html);
    assertThatThrownBy(() -> review.attachments(otherFiler, id))
        .isInstanceOf(ReportNotFoundException.class);
    assertThat(repository.events(id)).anyMatch(e -> e.note().equals(Optional.of("退回附件：更正说明.html")));
  }

  @Test
  void submitReturnApprovePublishAndSupersede() {
    long id = filing.create(filer, 2023);
    FinalAccounts filled = filled();
    int lock = filing.edit(filer, id, lock(id), a -> a.withFacts(filled.facts()));
    lock =
        filing.edit(
            filer,
            id,
            lock,
            a -> FactEdits.apply(RowEdits.add(a, "duty", Map.of("text", "职责一")), Map.of()));
    filing.submit(filer, id, lock);
    assertThat(repository.header(id).orElseThrow().state()).isEqualTo(ReportState.SUBMITTED);
    int submitted = lock(id);
    assertThatThrownBy(() -> filing.edit(filer, id, submitted, a -> a))
        .isInstanceOf(ActionRefusedException.class);
    assertThatThrownBy(() -> review.returnToFiler(reviewer, id, submitted, " "))
        .isInstanceOf(InvalidEditException.class);
    assertThatThrownBy(() -> review.approve(filer, id, submitted, Optional.empty()))
        .isInstanceOf(ReportNotFoundException.class);
    review.returnToFiler(reviewer, id, submitted, "请补充");
    assertThat(repository.header(id).orElseThrow().state()).isEqualTo(ReportState.RETURNED);
    filing.submit(filer, id, lock(id));
    review.approve(reviewer, id, lock(id), Optional.of("同意"));
    assertThat(repository.header(id).orElseThrow().state()).isEqualTo(ReportState.PUBLISHED);
    assertThat(read.readable(Optional.empty(), id).id()).isEqualTo(id);

    long v2 = filing.newVersion(filer, id);
    assertThatThrownBy(() -> filing.newVersion(filer, id))
        .isInstanceOf(ActionRefusedException.class);
    filing.submit(filer, v2, lock(v2));
    review.approve(reviewer, v2, lock(v2), Optional.empty());
    assertThat(repository.header(id).orElseThrow().state()).isEqualTo(ReportState.SUPERSEDED);
    assertThat(read.publicVersions(repository.header(v2).orElseThrow()))
        .extracting(ReportHeader::versionNo)
        .containsExactly(2, 1);
    assertThat(repository.events(id))
        .filteredOn(e -> e.kind() == ReportEvent.Kind.STATE)
        .extracting(e -> e.newValue().orElseThrow())
        .containsExactly("已被新版本替代", "已公开", "待审核", "已退回", "待审核");
  }

  @Test
  void othersCannotSeeOrChangeADraft() {
    long id = filing.create(filer, 2023);
    assertThatThrownBy(() -> read.readable(Optional.empty(), id))
        .isInstanceOf(ReportNotFoundException.class);
    assertThatThrownBy(() -> filing.edit(otherFiler, id, 0, a -> a))
        .isInstanceOf(ReportNotFoundException.class);
    assertThatThrownBy(() -> filing.create(filer, 2023)).isInstanceOf(ActionRefusedException.class);
    assertThatThrownBy(() -> filing.create(reviewer, 2024))
        .isInstanceOf(ActionRefusedException.class);
    assertThat(read.list(Optional.of(otherFiler), ReportQuery.all())).isEmpty();
    assertThat(read.list(Optional.of(reviewer), ReportQuery.all())).hasSize(1);
  }

  @Test
  @DisplayName("一处修改留一条痕迹，键为统一写法：旧写法 dept.shortName 仍可提交，记为 department.shortName")
  void anEditIsRefusedWhenSomeoneSavedMeanwhileAndLeavesOneTrailEventPerField() {
    long id = filing.create(filer, 2023);
    // the old spelling, as a form or an uploaded file may still send it
    int lock = filing.edit(filer, id, 0, a -> FactEdits.apply(a, Map.of("dept.shortName", "测试")));
    assertThatThrownBy(() -> filing.edit(filer, id, 0, a -> a))
        .isInstanceOf(StaleReportException.class);
    assertThat(lock).isEqualTo(1);
    assertThat(repository.events(id))
        .anyMatch(
            e ->
                e.fieldKey().equals(Optional.of("department.shortName"))
                    && e.oldValue().equals(Optional.of("测试部门"))
                    && e.newValue().equals(Optional.of("测试"))
                    && e.actor().equals("tian"));
  }

  @Test
  @DisplayName("a text the documents cannot print is an error at check time, so 报送 is refused")
  void unprintableTextIsAnErrorThatRefusesSubmission() {
    // fonts without emoji: what the render module's bundled fonts are
    CheckReport printing = new CheckReport(Editions.installed(), cp -> cp < 0x1F000);
    FileReport filingWithFonts =
        new FileReport(repository, departments, printing, Editions.installed(), clock);
    long id = filingWithFonts.create(filer, 2023);
    FinalAccounts filled = filled();
    int lock = filingWithFonts.edit(filer, id, lock(id), a -> a.withFacts(filled.facts()));
    int withEmoji =
        filingWithFonts.edit(
            filer,
            id,
            lock,
            a -> FactEdits.apply(RowEdits.add(a, "duty", Map.of("text", "负责文电😀处理")), Map.of()));
    assertThat(
            check.check(repository.load(id)).result().count(io.juesuan.core.rules.Severity.ERROR))
        .as("without the fonts' coverage the rules see nothing wrong")
        .isZero();
    assertThat(printing.check(repository.load(id)).result().findings())
        .anyMatch(
            f ->
                f.rule().value().equals("TEXT-PRINTABLE")
                    && f.severity() == io.juesuan.core.rules.Severity.ERROR
                    && f.message().contains("U+1F600"));
    assertThatThrownBy(() -> filingWithFonts.submit(filer, id, withEmoji))
        .isInstanceOf(ActionRefusedException.class)
        .hasMessageContaining("错误");
    assertThat(repository.header(id).orElseThrow().state()).isEqualTo(ReportState.DRAFT);
  }

  @Test
  void statesAllowOnlyTheWorkflowsTransitions() {
    assertThat(ReportState.DRAFT.next()).containsExactly(ReportState.SUBMITTED);
    assertThat(ReportState.SUBMITTED.next())
        .containsExactlyInAnyOrder(ReportState.RETURNED, ReportState.PUBLISHED);
    assertThat(ReportState.RETURNED.canMoveTo(ReportState.PUBLISHED)).isFalse();
    assertThat(ReportState.PUBLISHED.next()).containsExactly(ReportState.SUPERSEDED);
    assertThat(ReportState.SUPERSEDED.next()).isEmpty();
  }
}
