package io.juesuan.web.report;

import io.juesuan.core.filing.ActionRefusedException;
import io.juesuan.core.filing.InvalidEditException;
import io.juesuan.core.filing.StaleReportException;
import java.util.List;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A page's action on a report: done → a notice; refused or invalid → the problems; then back. */
public final class ActionOutcome {
  private ActionOutcome() {}

  public static String redirect(
      String target, RedirectAttributes flash, String done, Runnable action) {
    try {
      action.run();
      flash.addFlashAttribute("notice", done);
    } catch (InvalidEditException e) {
      flash.addFlashAttribute("problems", e.problems());
    } catch (StaleReportException | ActionRefusedException e) {
      flash.addFlashAttribute("problems", List.of(e.getMessage()));
    }
    return "redirect:" + target;
  }
}
