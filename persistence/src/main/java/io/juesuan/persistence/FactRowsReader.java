package io.juesuan.persistence;

import io.juesuan.core.JuesuanException;
import io.juesuan.core.classification.EconomicCode;
import io.juesuan.core.classification.FunctionCode;
import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.performance.Evaluation;
import io.juesuan.core.performance.Goal;
import io.juesuan.core.performance.Indicator;
import io.juesuan.core.performance.Project;
import io.juesuan.core.performance.TargetValue;
import io.juesuan.core.report.Count;
import io.juesuan.core.report.Department;
import io.juesuan.core.report.EconomicItem;
import io.juesuan.core.report.Explanations;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.GlossaryTerm;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.report.KeyWork;
import io.juesuan.core.report.LeafFacts;
import io.juesuan.core.report.NamedCount;
import io.juesuan.core.report.Unit;
import io.juesuan.core.report.UnitKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Reads a report's rows back into {@link FinalAccounts}. */
final class FactRowsReader {
  private final NamedParameterJdbcTemplate jdbc;
  private final SqlStatements sql;

  FactRowsReader(NamedParameterJdbcTemplate jdbc, SqlStatements sql) {
    this.jdbc = jdbc;
    this.sql = sql;
  }

  private record Head(
      int year,
      AmountUnit unit,
      String name,
      String shortName,
      String region,
      UnitKind kind,
      Optional<String> reportDate,
      Optional<String> fillDate) {}

  FinalAccounts read(long id) {
    Map<String, Object> p = Map.of("id", id);
    Head h = head(p, id);
    return new FinalAccounts(
        h.year(),
        department(p, h),
        leafFacts(p, h.unit()),
        explanations(p, h.reportDate()),
        evaluation(p, h.unit(), h.fillDate()));
  }

  private Head head(Map<String, Object> p, long id) {
    try {
      return jdbc.queryForObject(
          sql.get("selectReport"),
          p,
          (rs, n) ->
              new Head(
                  rs.getInt(1),
                  AmountUnit.valueOf(rs.getString(2)),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  UnitKind.valueOf(rs.getString(6)),
                  Optional.ofNullable(rs.getString(7)),
                  Optional.ofNullable(rs.getString(8))));
    } catch (EmptyResultDataAccessException e) {
      throw new JuesuanException("报告不存在: " + id, e);
    }
  }

  private Department department(Map<String, Object> p, Head h) {
    List<Unit> units =
        jdbc.query(
            sql.get("selectUnits"),
            p,
            (rs, n) ->
                new Unit(rs.getString(1), UnitKind.valueOf(rs.getString(2)), rs.getBoolean(3)));
    List<String> duties = jdbc.query(sql.get("selectDuties"), p, (rs, n) -> rs.getString(1));
    return new Department(h.name(), h.shortName(), h.region(), h.kind(), units, duties);
  }

  private LeafFacts leafFacts(Map<String, Object> p, AmountUnit unit) {
    Map<String, Map<ItemMeasure, Amount>> amounts = new LinkedHashMap<>();
    jdbc.query(
        sql.get("selectItemAmounts"),
        p,
        rs -> {
          amounts
              .computeIfAbsent(rs.getString(1), c -> new EnumMap<>(ItemMeasure.class))
              .put(
                  ItemMeasure.ofKey(rs.getString(2)).orElseThrow(),
                  new Amount(rs.getBigDecimal(3), unit));
        });
    List<FunctionalItem> items =
        jdbc.query(
            sql.get("selectItems"),
            p,
            (rs, n) ->
                new FunctionalItem(
                    FunctionCode.of(rs.getString(1)),
                    rs.getString(2),
                    amounts.getOrDefault(rs.getString(1), Map.of()),
                    unit));
    List<EconomicItem> economic =
        jdbc.query(
            sql.get("selectEconomic"),
            p,
            (rs, n) ->
                new EconomicItem(
                    EconomicCode.of(rs.getString(1)),
                    rs.getString(2),
                    new Amount(rs.getBigDecimal(3), unit)));
    Map<Fact, Amount> facts = new EnumMap<>(Fact.class);
    jdbc.query(
        sql.get("selectFacts"),
        p,
        rs -> {
          facts.put(
              Fact.ofKey(rs.getString(1)).orElseThrow(), new Amount(rs.getBigDecimal(2), unit));
        });
    Map<Count, Integer> counts = new EnumMap<>(Count.class);
    jdbc.query(
        sql.get("selectCounts"),
        p,
        rs -> {
          counts.put(Count.ofKey(rs.getString(1)).orElseThrow(), rs.getInt(2));
        });
    List<NamedCount> vehicles =
        jdbc.query(
            sql.get("selectVehicles"),
            p,
            (rs, n) -> new NamedCount(rs.getString(1), rs.getInt(2), rs.getString(3)));
    Map<String, String> codeNames = new LinkedHashMap<>();
    jdbc.query(
        sql.get("selectCodeNames"),
        p,
        rs -> {
          codeNames.put(rs.getString(1), rs.getString(2));
        });
    return new LeafFacts(unit, items, economic, facts, counts, vehicles, codeNames);
  }

  private Explanations explanations(Map<String, Object> p, Optional<String> reportDate) {
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, String> uses = new LinkedHashMap<>();
    Map<String, String> reasons = new LinkedHashMap<>();
    jdbc.query(
        sql.get("selectTexts"),
        p,
        rs -> {
          String kind = rs.getString(1);
          String key = rs.getString(2);
          String body = rs.getString(3);
          switch (kind) {
            case "slot" -> texts.put(key, body);
            case "categoryUse" -> uses.put(key, body);
            case "itemReason" -> reasons.put(key, body);
            default -> throw new IllegalStateException("未知文字类别: " + kind);
          }
        });
    List<KeyWork> works =
        jdbc.query(
            sql.get("selectKeyWorks"),
            p,
            (rs, n) -> new KeyWork(rs.getString(1), rs.getString(2), rs.getString(3)));
    List<GlossaryTerm> glossary =
        jdbc.query(
            sql.get("selectGlossary"),
            p,
            (rs, n) -> new GlossaryTerm(rs.getString(1), rs.getString(2)));
    return new Explanations(texts, uses, reasons, works, glossary, reportDate);
  }

  private Evaluation evaluation(Map<String, Object> p, AmountUnit unit, Optional<String> fillDate) {
    List<Project> projects =
        jdbc.query(
            sql.get("selectProjects"),
            p,
            (rs, n) ->
                new Project(
                    rs.getString(1),
                    new Amount(rs.getBigDecimal(2), unit),
                    new Amount(rs.getBigDecimal(3), unit)));
    Map<Integer, List<Indicator>> indicators = new LinkedHashMap<>();
    jdbc.query(
        sql.get("selectIndicators"),
        p,
        rs -> {
          indicators
              .computeIfAbsent(rs.getInt(1), g -> new ArrayList<>())
              .add(
                  new Indicator(
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      TargetValue.parse(rs.getString(5)),
                      TargetValue.parse(rs.getString(6))));
        });
    List<Goal> goals =
        jdbc.query(
            sql.get("selectGoals"),
            p,
            (rs, n) ->
                new Goal(
                    rs.getString(2),
                    rs.getString(3),
                    indicators.getOrDefault(rs.getInt(1), List.of())));
    return new Evaluation(fillDate, projects, goals);
  }
}
