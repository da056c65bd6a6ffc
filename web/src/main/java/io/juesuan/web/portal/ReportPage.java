package io.juesuan.web.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.core.filing.ReportHeader;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.TableSet;
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
    TableSet published =
        io.juesuan.core.edition.Editions.installed().forAccounts(a).deriver().derive(a).toWanYuan();
    model.addAttribute("k", KeyFigures.of(a, published));
    model.addAttribute("tables", TableView.of(a, published));
    model.addAttribute("text", ReportTextView.of(a, published));
    try {
      model.addAttribute("charts", JSON.writeValueAsString(ChartData.of(a, published)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    model.addAttribute("versions", versions);
    model.addAttribute("documentsAvailable", documentsAvailable);
  }
}
