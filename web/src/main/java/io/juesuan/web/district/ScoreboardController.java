package io.juesuan.web.district;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.core.publication.Scoreboard;
import io.juesuan.core.publication.Stage;
import io.juesuan.core.publication.Timeliness;
import io.juesuan.web.document.DocumentService;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 公开进度 for the 财政局 (reviewers and the admin): every department of a year, sortable, filterable,
 * exportable, with the progress over time.
 */
@Controller
class ScoreboardController {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final DistrictService district;

  ScoreboardController(DistrictService district) {
    this.district = district;
  }

  @GetMapping("/review/scoreboard")
  String page(
      @RequestParam Optional<Integer> year,
      @RequestParam(defaultValue = "department") String sort,
      @RequestParam(defaultValue = "false") boolean desc,
      @RequestParam Optional<Stage> stage,
      @RequestParam Optional<Timeliness> timeliness,
      @RequestParam Optional<String> q,
      Model model) {
    int y = district.yearOr(year);
    Scoreboard all = district.scoreboard(y);
    Scoreboard shown = select(all, sort, desc, stage, timeliness, q);
    model.addAttribute("year", y);
    model.addAttribute("years", district.years());
    model.addAttribute("board", shown);
    model.addAttribute("all", all);
    model.addAttribute(
        "sort", Scoreboard.SortKey.parse(sort).name().toLowerCase(java.util.Locale.ROOT));
    model.addAttribute("desc", desc);
    model.addAttribute("stage", stage.orElse(null));
    model.addAttribute("timeliness", timeliness.orElse(null));
    model.addAttribute("q", q.orElse(""));
    model.addAttribute("stages", Stage.values());
    model.addAttribute("timelinessValues", Timeliness.values());
    model.addAttribute("rule", district.rule());
    model.addAttribute("today", district.today());
    model.addAttribute("progress", progressJson(all));
    return "district/scoreboard";
  }

  @GetMapping("/review/scoreboard.csv")
  ResponseEntity<byte[]> csv(
      @RequestParam Optional<Integer> year,
      @RequestParam(defaultValue = "department") String sort,
      @RequestParam(defaultValue = "false") boolean desc,
      @RequestParam Optional<Stage> stage,
      @RequestParam Optional<Timeliness> timeliness,
      @RequestParam Optional<String> q) {
    int y = district.yearOr(year);
    Scoreboard s = select(district.scoreboard(y), sort, desc, stage, timeliness, q);
    return DocumentService.attachment(
        ScoreboardTable.csv(s).getBytes(StandardCharsets.UTF_8),
        MediaType.parseMediaType("text/csv; charset=UTF-8"),
        y + "年度部门决算公开进度.csv");
  }

  @GetMapping("/review/scoreboard.xlsx")
  ResponseEntity<byte[]> xlsx(
      @RequestParam Optional<Integer> year,
      @RequestParam(defaultValue = "department") String sort,
      @RequestParam(defaultValue = "false") boolean desc,
      @RequestParam Optional<Stage> stage,
      @RequestParam Optional<Timeliness> timeliness,
      @RequestParam Optional<String> q) {
    int y = district.yearOr(year);
    Scoreboard s = select(district.scoreboard(y), sort, desc, stage, timeliness, q);
    return DocumentService.attachment(
        ScoreboardTable.xlsx(s),
        MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        y + "年度部门决算公开进度.xlsx");
  }

  private static Scoreboard select(
      Scoreboard s,
      String sort,
      boolean desc,
      Optional<Stage> stage,
      Optional<Timeliness> timeliness,
      Optional<String> q) {
    return s.filter(stage, timeliness, q).sorted(Scoreboard.SortKey.parse(sort), desc);
  }

  private static String progressJson(Scoreboard s) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Scoreboard.Progress> p = s.progress();
    m.put("dates", p.stream().map(x -> x.date().toString()).toList());
    m.put("submitted", p.stream().map(Scoreboard.Progress::submitted).toList());
    m.put("published", p.stream().map(Scoreboard.Progress::published).toList());
    m.put("departments", s.rows().size());
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
