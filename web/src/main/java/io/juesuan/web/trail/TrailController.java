package io.juesuan.web.trail;

import io.juesuan.core.filing.ReportHeader;
import io.juesuan.web.account.CurrentUser;
import io.juesuan.web.report.PublicTrail;
import io.juesuan.web.report.ReportService;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 修改记录: every figure change, state change and comment of a report (who, when, old → new). */
@Controller
class TrailController {
  private final ReportService reports;
  private final PublicTrail publicTrail;

  TrailController(ReportService reports, PublicTrail publicTrail) {
    this.reports = reports;
    this.publicTrail = publicTrail;
  }

  @GetMapping("/reports/{id}/trail")
  String trail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
    Optional<CurrentUser> u = Optional.ofNullable(user);
    ReportHeader h = reports.readable(u, id);
    model.addAttribute("h", h);
    model.addAttribute("events", publicTrail.forReader(u, h, reports.trail(u, id)));
    model.addAttribute("versions", reports.publicVersions(h));
    return "trail/trail";
  }
}
