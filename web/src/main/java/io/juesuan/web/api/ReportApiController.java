package io.juesuan.web.api;

import io.juesuan.core.filing.FactEdits;
import io.juesuan.core.filing.FactSheet;
import io.juesuan.core.filing.ReportHeader;
import io.juesuan.core.filing.ReportQuery;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.dataset.FindingsJson;
import io.juesuan.web.account.CurrentUser;
import io.juesuan.web.document.DocumentService;
import io.juesuan.web.filing.DatasetUpload;
import io.juesuan.web.report.KeyFigures;
import io.juesuan.web.report.ReportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST API (HTTP Basic) for the same operations as the pages; anonymous callers see published
 * reports only. Described at /v3/api-docs (OpenAPI) and /api-docs.html.
 */
@RestController
@Tag(name = "部门决算", description = "填报、审核、公开与查询")
class ReportApiController {
  private final ReportService reports;
  private final DatasetUpload upload;
  private final DocumentService documents;

  private final io.juesuan.web.report.PublicTrail publicTrail;

  ReportApiController(
      ReportService reports,
      DatasetUpload upload,
      DocumentService documents,
      io.juesuan.web.report.PublicTrail publicTrail) {
    this.reports = reports;
    this.upload = upload;
    this.documents = documents;
    this.publicTrail = publicTrail;
  }

  @Operation(summary = "报告列表（匿名：已公开；填报人：本部门；审核人/管理员：全部）")
  @GetMapping("/api/v1/reports")
  List<ApiModels.ReportSummary> list(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam Optional<Integer> year,
      @RequestParam Optional<String> q) {
    return reports.list(Optional.ofNullable(user), ReportQuery.all().year(year).search(q)).stream()
        .map(ApiModels.ReportSummary::of)
        .toList();
  }

  @Operation(summary = "报告概要")
  @GetMapping("/api/v1/reports/{id}")
  ApiModels.ReportSummary get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    return ApiModels.ReportSummary.of(reports.readable(Optional.ofNullable(user), id));
  }

  @Operation(summary = "叶子数据（字段键 → 值）")
  @GetMapping("/api/v1/reports/{id}/facts")
  Map<String, String> facts(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    return FactSheet.of(reports.accounts(Optional.ofNullable(user), id));
  }

  @Operation(summary = "主要指标（万元）")
  @GetMapping("/api/v1/reports/{id}/key-figures")
  Map<String, String> keyFigures(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    return KeyFigures.of(reports.accounts(Optional.ofNullable(user), id)).asMap();
  }

  @Operation(summary = "审核结果（SPEC §9 JSON）")
  @GetMapping(value = "/api/v1/reports/{id}/findings", produces = MediaType.APPLICATION_JSON_VALUE)
  String findings(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    FinalAccounts a = reports.accounts(Optional.ofNullable(user), id);
    return FindingsJson.write("report/" + id, reports.check(a).result());
  }

  @Operation(summary = "下载：pdf、docx、xlsx、html 或 csv（单元格）")
  @GetMapping("/api/v1/reports/{id}/documents/{format}")
  ResponseEntity<byte[]> document(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @PathVariable String format,
      org.springframework.web.context.request.WebRequest request) {
    ReportHeader h = reports.readable(Optional.ofNullable(user), id);
    return documents.download(
        h, () -> reports.accounts(Optional.ofNullable(user), id), format, request);
  }

  @Operation(summary = "修改记录")
  @GetMapping("/api/v1/reports/{id}/events")
  List<ApiModels.Event> events(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    Optional<CurrentUser> u = Optional.ofNullable(user);
    return publicTrail.forReader(u, reports.readable(u, id), reports.trail(u, id)).stream()
        .map(ApiModels.Event::of)
        .toList();
  }

  @Operation(summary = "新建部门年度（填报人）")
  @PostMapping("/api/v1/reports")
  ResponseEntity<ApiModels.ReportSummary> create(
      @AuthenticationPrincipal CurrentUser user, @RequestBody ApiModels.NewReport body) {
    long id = reports.create(user, body.fiscalYear());
    return ResponseEntity.created(URI.create("/api/v1/reports/" + id))
        .body(ApiModels.ReportSummary.of(reports.readable(Optional.of(user), id)));
  }

  @Operation(summary = "修改叶子数据（填报人；lockVersion 为乐观锁版本）")
  @PatchMapping("/api/v1/reports/{id}/facts")
  ApiModels.ReportSummary patch(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @RequestBody ApiModels.FactsChange body) {
    reports.edit(
        user,
        id,
        body.lockVersion(),
        a -> FactEdits.apply(a, body.changes() == null ? Map.of() : body.changes()));
    return ApiModels.ReportSummary.of(reports.readable(Optional.of(user), id));
  }

  @Operation(summary = "上传数据（zip 或 YAML 文件；填报人）")
  @PutMapping(
      value = "/api/v1/reports/{id}/dataset",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ApiModels.ReportSummary dataset(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @RequestParam int lockVersion,
      @RequestPart("files") List<MultipartFile> files) {
    reports.upload(user, id, lockVersion, upload.read(files));
    return ApiModels.ReportSummary.of(reports.readable(Optional.of(user), id));
  }

  @Operation(summary = "报送审核（填报人）")
  @PostMapping("/api/v1/reports/{id}/submit")
  ApiModels.ReportSummary submit(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @RequestBody ApiModels.StateChange body) {
    reports.submit(user, id, body.lockVersion());
    return ApiModels.ReportSummary.of(reports.readable(Optional.of(user), id));
  }

  @Operation(summary = "审核通过并公开（审核人）")
  @PostMapping("/api/v1/reports/{id}/approve")
  ApiModels.ReportSummary approve(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @RequestBody ApiModels.StateChange body) {
    reports.approve(user, id, body.lockVersion(), Optional.ofNullable(body.note()));
    return ApiModels.ReportSummary.of(reports.readable(Optional.of(user), id));
  }

  @Operation(summary = "退回修改（审核人，需填写原因）")
  @PostMapping("/api/v1/reports/{id}/return")
  ApiModels.ReportSummary returnToFiler(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @RequestBody ApiModels.StateChange body) {
    reports.returnToFiler(user, id, body.lockVersion(), body.note());
    return ApiModels.ReportSummary.of(reports.readable(Optional.of(user), id));
  }

  @Operation(summary = "审核意见 / 留言")
  @PostMapping("/api/v1/reports/{id}/comments")
  ResponseEntity<Void> comment(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @RequestBody ApiModels.Comment body) {
    reports.comment(user, id, body.note());
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "创建新版本（已公开报告需更正时；填报人）")
  @PostMapping("/api/v1/reports/{id}/versions")
  ResponseEntity<ApiModels.ReportSummary> newVersion(
      @AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    long created = reports.newVersion(user, id);
    return ResponseEntity.created(URI.create("/api/v1/reports/" + created))
        .body(ApiModels.ReportSummary.of(reports.readable(Optional.of(user), created)));
  }
}
