package io.juesuan.web.filing;

import io.juesuan.core.filing.ActionRefusedException;
import io.juesuan.core.filing.InvalidEditException;
import io.juesuan.dataset.DatasetException;
import io.juesuan.web.account.CurrentUser;
import io.juesuan.web.report.ReportService;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 新建部门年度 from last year's published report or from an uploaded report or workbook. */
@Controller
class StartController {
  private final ReportService reports;
  private final StartingPoints starts;

  StartController(ReportService reports, StartingPoints starts) {
    this.reports = reports;
    this.starts = starts;
  }

  @PostMapping("/filing/reports/from-previous")
  String fromPrevious(
      @AuthenticationPrincipal CurrentUser user, @RequestParam int year, RedirectAttributes flash) {
    return create(user, flash, () -> starts.fromPrevious(user, year));
  }

  @PostMapping("/filing/reports/from-file")
  String fromFile(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam int year,
      @RequestParam("file") MultipartFile file,
      RedirectAttributes flash) {
    return create(user, flash, () -> starts.fromFile(file, year));
  }

  private String create(
      CurrentUser user,
      RedirectAttributes flash,
      java.util.function.Supplier<StartingPoints.Start> start) {
    try {
      StartingPoints.Start s = start.get();
      long id = reports.createFrom(user, s.accounts(), s.notes());
      flash.addFlashAttribute("notice", "已新建。" + String.join("", s.notes()));
      return "redirect:/filing/reports/" + id;
    } catch (ActionRefusedException | InvalidEditException e) {
      flash.addFlashAttribute("problems", List.of(e.getMessage()));
    } catch (DatasetException e) {
      flash.addFlashAttribute("problems", e.problems());
    }
    return "redirect:/filing";
  }
}
