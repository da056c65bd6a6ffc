package io.juesuan.web.filing;

import io.juesuan.core.JuesuanException;
import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.audit.ReportEdition;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.filing.ActionRefusedException;
import io.juesuan.core.filing.InvalidEditException;
import io.juesuan.core.filing.ReportHeader;
import io.juesuan.core.filing.ReportQuery;
import io.juesuan.core.filing.ReportState;
import io.juesuan.core.recovery.NextYear;
import io.juesuan.core.recovery.ReportRecovery;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.dataset.xlsx.XlsxDatasetReader;
import io.juesuan.importer.ReportImporter;
import io.juesuan.web.account.CurrentUser;
import io.juesuan.web.report.ReportService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Where a new department-year starts: last year's published report carried over ({@link NextYear}:
 * department, units, duties, glossary, projects, 上年 figures), or an uploaded file — a published
 * report (PDF, text), a workbook of the nine 公开表 or a dataset workbook — read as this year's
 * figures, or as last year's to carry over.
 */
@Component
class StartingPoints {
  /** A start and what the trail should say of it. */
  record Start(FinalAccounts accounts, List<String> notes) {}

  private final ReportService reports;
  private final DatasetUpload datasets;
  private final long maxBytes;
  private final ReportImporter importer = new ReportImporter();

  StartingPoints(
      ReportService reports,
      DatasetUpload datasets,
      @Value("${juesuan.audit.max-bytes:20971520}") long maxBytes) {
    this.reports = reports;
    this.datasets = datasets;
    this.maxBytes = maxBytes;
  }

  /** The department's latest published report of {@code year - 1}, carried over. */
  Start fromPrevious(CurrentUser filer, int year) {
    long department =
        filer.departmentId().orElseThrow(() -> new ActionRefusedException("只有部门填报人可以新建报告"));
    ReportHeader last =
        reports
            .list(
                Optional.of(filer),
                ReportQuery.inStates(java.util.Set.of(ReportState.PUBLISHED))
                    .department(department)
                    .year(Optional.of(year - 1)))
            .stream()
            .max(Comparator.comparingInt(ReportHeader::versionNo))
            .orElseThrow(
                () ->
                    new InvalidEditException(
                        "本部门没有已公开的 " + (year - 1) + " 年度报告；可上传上年的报告或数据文件，或新建空白报告"));
    FinalAccounts accounts = reports.accounts(Optional.of(filer), last.id());
    return carriedOver(
        accounts, year, "基于已公开的 " + (year - 1) + " 年度报告（第 " + last.versionNo() + " 版）新建");
  }

  /** An uploaded report or workbook: this year's figures, or last year's carried over. */
  Start fromFile(MultipartFile file, int year) {
    String name = file.getOriginalFilename() == null ? "上传的文件" : file.getOriginalFilename();
    if (file.isEmpty()) {
      throw new InvalidEditException("请选择文件：已公开的报告（PDF）、公开表工作簿或数据工作簿（.xlsx）");
    }
    if (file.getSize() > maxBytes) {
      throw new InvalidEditException("文件“" + name + "”过大，已拒绝：不能超过 " + (maxBytes / 1048576) + " MB");
    }
    byte[] bytes;
    try {
      bytes = file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    FinalAccounts accounts;
    List<String> notes = new ArrayList<>();
    if (lower.endsWith(".zip")
        || lower.endsWith(".xlsx")
            && XlsxDatasetReader.isDatasetWorkbook(new ByteArrayInputStream(bytes))) {
      accounts = datasets.read(List.of(file));
    } else {
      PublishedReport report;
      try {
        report = importer.read(name, bytes);
      } catch (JuesuanException e) {
        throw new InvalidEditException("无法读取“" + name + "”：" + e.getMessage());
      }
      ReportRecovery.Recovered recovered =
          ReportRecovery.recover(report, ReportEdition.of(report, Editions.installed()).edition());
      accounts = recovered.accounts();
      notes.addAll(recovered.notes());
      notes.addAll(recovered.missing());
    }
    int given = accounts.fiscalYear();
    if (given == year) {
      List<String> all = new ArrayList<>();
      all.add("取自上传的“" + name + "”（" + given + " 年度）");
      all.addAll(notes);
      return new Start(accounts, List.of(String.join("；", all)));
    }
    if (given == year - 1) {
      return carriedOver(accounts, year, "基于上传的“" + name + "”（" + given + " 年度）新建");
    }
    throw new InvalidEditException(
        "“" + name + "”是 " + given + " 年度的报告，只能用于新建 " + given + " 或 " + (given + 1) + " 年度");
  }

  private static Start carriedOver(FinalAccounts last, int year, String origin) {
    NextYear.Started started = new NextYear(Editions.installed()).start(last, year);
    List<String> all = new ArrayList<>();
    all.add(origin + "：部门、单位、职责、名词解释和项目沿用上年，上年数取自上年决算，本年金额待填");
    all.addAll(started.flags());
    return new Start(started.accounts(), List.of(String.join("；", all)));
  }
}
