package io.juesuan.web.api;

import io.juesuan.web.compare.Comparison;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 部门比较 in the REST API: the published department-years of a year side by side. */
@RestController
@Tag(name = "部门决算", description = "填报、审核、公开与查询")
class CompareApiController {
  private final Comparison comparison;

  CompareApiController(Comparison comparison) {
    this.comparison = comparison;
  }

  @Operation(summary = "某年度各部门比较（万元）")
  @GetMapping("/api/v1/compare")
  List<Map<String, Object>> compare(@RequestParam int year) {
    return comparison.of(year).stream()
        .map(
            l ->
                Map.<String, Object>of(
                    "report",
                    ApiModels.ReportSummary.of(l.header()),
                    "figures",
                    l.figures().asMap()))
        .toList();
  }
}
