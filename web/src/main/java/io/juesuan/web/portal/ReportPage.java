package io.juesuan.web.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.persistence.ReportHeader;
import io.juesuan.web.report.KeyFigures;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.ui.Model;

/**
 * The model of the report page (portal/report.html), shared by the portal, the filer's preview and
 * review.
 */
public final class ReportPage {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportPage() {}

  public static void fill(
      Model model,
      ReportHeader h,
      FinalAccounts a,
      List<ReportHeader> versions,
      boolean documentsAvailable) {
    model.addAttribute("h", h);
    model.addAttribute("a", a);
    model.addAttribute("k", KeyFigures.of(a));
    model.addAttribute("tables", TableView.of(a));
    model.addAttribute("text", ReportTextView.of(a));
    try {
      model.addAttribute("charts", JSON.writeValueAsString(ChartData.of(a)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    model.addAttribute("versions", versions);
    model.addAttribute("documentsAvailable", documentsAvailable);
  }
}
