package io.juesuan.web.filing;

import io.juesuan.core.filing.CodeList;
import io.juesuan.core.filing.FactEdits;
import io.juesuan.core.filing.RowEdits;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.web.account.CurrentUser;
import io.juesuan.web.report.ActionOutcome;
import io.juesuan.web.report.ReportService;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 填报的修改: the filer's changes to a department-year (fields, 项/款, rows, upload), 报送, new versions and
 * comments; each redirects back to the filing page with what was done or what was wrong.
 */
@Controller
class FilingChangesController {
  private final ReportService reports;
  private final DatasetUpload upload;

  FilingChangesController(ReportService reports, DatasetUpload upload) {
    this.reports = reports;
    this.upload = upload;
  }

  @PostMapping("/filing/reports/{id}/fields")
  String save(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @RequestParam int lockVersion,
      @RequestParam(defaultValue = "") String section,
      @RequestParam MultiValueMap<String, String> form,
      RedirectAttributes flash) {
    Map<String, String> edits = FormGroups.edits(form);
    return change(user, id, lockVersion, section, flash, "已保存", a -> FactEdits.apply(a, edits));
  }

  /** 添加 a 功能分类项 ({@code /items}) or 经济分类款 ({@code /economic}) chosen from the catalog. */
  @PostMapping("/filing/reports/{id}/{list:items|economic}")
  String addCode(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @PathVariable String list,
      @RequestParam int lockVersion,
      @RequestParam String code,
      RedirectAttributes flash) {
    CodeList codes = CodeList.ofPath(list).orElseThrow();
    String done = "已添加" + codes.label() + " " + code;
    return change(user, id, lockVersion, codes.anchor(code), flash, done, a -> codes.add(a, code));
  }

  @PostMapping("/filing/reports/{id}/{list:items|economic}/{code}/delete")
  String removeCode(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @PathVariable String list,
      @PathVariable String code,
      @RequestParam int lockVersion,
      RedirectAttributes flash) {
    CodeList codes = CodeList.ofPath(list).orElseThrow();
    String done = "已删除" + codes.label() + " " + code;
    return change(user, id, lockVersion, list, flash, done, a -> codes.remove(a, code));
  }

  /** 添加一行 to a list (单位, 职责, 项目, 目标, 指标, 重点工作, 名词解释) with the fields named {@code new.*}. */
  @PostMapping("/filing/reports/{id}/rows")
  String addRow(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @RequestParam int lockVersion,
      @RequestParam(defaultValue = "") String list,
      @RequestParam MultiValueMap<String, String> form,
      RedirectAttributes flash) {
    Map<String, String> fields = FormGroups.newRow(form);
    return change(
        user,
        id,
        lockVersion,
        FormGroups.rowSection(list),
        flash,
        "已添加：" + FormGroups.rowListLabel(list),
        a -> RowEdits.add(a, list, fields));
  }

  /** 删除一行 ({@code row} = "project.2", "goal.1.indicator.3"); the rows after it move up. */
  @PostMapping("/filing/reports/{id}/rows/delete")
  String removeRow(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @RequestParam int lockVersion,
      @RequestParam(defaultValue = "") String row,
      RedirectAttributes flash) {
    return change(
        user,
        id,
        lockVersion,
        FormGroups.rowSection(row),
        flash,
        "已删除：" + FormGroups.rowListLabel(row),
        a -> RowEdits.remove(a, row));
  }

  @PostMapping("/filing/reports/{id}/upload")
  String upload(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @RequestParam int lockVersion,
      @RequestParam("files") List<MultipartFile> files,
      RedirectAttributes flash) {
    return attempt(
        id,
        "upload",
        flash,
        "已导入上传的数据",
        () -> reports.upload(user, id, lockVersion, upload.read(files)));
  }

  private String change(
      CurrentUser user,
      long id,
      int lockVersion,
      String anchor,
      RedirectAttributes flash,
      String done,
      UnaryOperator<FinalAccounts> change) {
    return attempt(id, anchor, flash, done, () -> reports.edit(user, id, lockVersion, change));
  }

  private static String attempt(
      long id, String anchor, RedirectAttributes flash, String done, Runnable action) {
    String target = "/filing/reports/" + id + (anchor.isEmpty() ? "" : "#" + anchor);
    return ActionOutcome.redirect(target, flash, done, action);
  }
}
