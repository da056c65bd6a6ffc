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

  /**
   * What the page shows of a department-year's content: derived once, reusable while it is frozen.
   */
  record Parts(
      FinalAccounts accounts,
      KeyFigures keyFigures,
      List<TableView> tables,
      ReportTextView text,
      String charts) {}

  static Parts parts(FinalAccounts a) {
    TableSet published =
        io.juesuan.core.edition.Editions.installed().forAccounts(a).deriver().derive(a).toWanYuan();
    try {
      return new Parts(
          a,
          KeyFigures.of(a, published),
          TableView.of(a, published),
          ReportTextView.of(a, published),
          JSON.writeValueAsString(ChartData.of(a, published)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void fill(
      Model model,
      ReportHeader h,
      FinalAccounts a,
      List<ReportHeader> versions,
      boolean documentsAvailable) {
    fill(model, h, parts(a), versions, documentsAvailable);
  }

  static void fill(
      Model model,
      ReportHeader h,
      Parts parts,
      List<ReportHeader> versions,
      boolean documentsAvailable) {
    model.addAttribute("h", h);
    model.addAttribute("a", parts.accounts());
    model.addAttribute("k", parts.keyFigures());
    model.addAttribute("tables", parts.tables());
    model.addAttribute("text", parts.text());
    model.addAttribute("charts", parts.charts());
    model.addAttribute("versions", versions);
    model.addAttribute("documentsAvailable", documentsAvailable);
  }
}
