package io.juesuan.web.district;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.web.document.DocumentService;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 全区决算 on the public portal: the district's figures of a year from the published department-years,
 * rankings, the 公开 timeliness list, links to each report and the open data of the whole district.
 */
@Controller
class DistrictPortalController {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final DistrictService district;
  private final PublishedAccounts published;
  private final DistrictConsolidation consolidation;

  DistrictPortalController(
      DistrictService district, PublishedAccounts published, DistrictConsolidation consolidation) {
    this.district = district;
    this.published = published;
    this.consolidation = consolidation;
  }

  @GetMapping("/district")
  String page(@RequestParam Optional<Integer> year, Model model) {
    int y = district.yearOr(year);
    model.addAttribute("year", y);
    model.addAttribute(
        "years", published.published().stream().map(p -> p.row().fiscalYear()).distinct().toList());
    model.addAttribute("rule", district.rule());
    Optional<DistrictConsolidation.District> d;
    try {
      d = consolidation.district(y);
    } catch (IllegalArgumentException e) {
      model.addAttribute("problems", List.of("本年度各部门决算不能汇总：" + e.getMessage()));
      d = Optional.empty();
    }
    if (d.isPresent()) {
      DistrictPage page =
          DistrictPage.of(
              d.get(),
              published.published(y - 1),
              district.approvals(y),
              district.rule(),
              district.zone());
      model.addAttribute("page", page);
      try {
        model.addAttribute("charts", JSON.writeValueAsString(page.charts()));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    return "district/portal";
  }

  @GetMapping("/district/cells.csv")
  ResponseEntity<byte[]> cells(@RequestParam Optional<Integer> year) {
    return DocumentService.attachment(
        published.cellsCsv(year).getBytes(StandardCharsets.UTF_8),
        MediaType.parseMediaType("text/csv; charset=UTF-8"),
        year.map(y -> y + "年度").orElse("") + "全区部门决算公开数据.csv");
  }
}
