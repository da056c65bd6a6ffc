package io.juesuan.persistence;

import io.juesuan.core.money.Amount;
import io.juesuan.core.performance.Goal;
import io.juesuan.core.performance.Indicator;
import io.juesuan.core.performance.Project;
import io.juesuan.core.report.Count;
import io.juesuan.core.report.EconomicItem;
import io.juesuan.core.report.Explanations;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.GlossaryTerm;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.report.KeyWork;
import io.juesuan.core.report.NamedCount;
import io.juesuan.core.report.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Writes the leaf facts of a report as rows (one per figure) and deletes them before a rewrite. */
final class FactRowsWriter {
  private static final List<String> DELETES =
      List.of(
          "deleteUnits",
          "deleteDuties",
          "deleteItemAmounts",
          "deleteItems",
          "deleteEconomic",
          "deleteFacts",
          "deleteCounts",
          "deleteVehicles",
          "deleteCodeNames",
          "deleteTexts",
          "deleteKeyWorks",
          "deleteGlossary",
          "deleteIndicators",
          "deleteGoals",
          "deleteProjects");

  private final NamedParameterJdbcTemplate jdbc;
  private final SqlStatements sql;

  FactRowsWriter(NamedParameterJdbcTemplate jdbc, SqlStatements sql) {
    this.jdbc = jdbc;
    this.sql = sql;
  }

  void deleteAll(long id) {
    for (String name : DELETES) {
      jdbc.update(sql.get(name), Map.of("id", id));
    }
  }

  void insertAll(long id, FinalAccounts a) {
    List<MapSqlParameterSource> rows = new ArrayList<>();
    List<Unit> units = a.department().units();
    for (int i = 0; i < units.size(); i++) {
      rows.add(
          p(id)
              .addValue("position", i)
              .addValue("name", units.get(i).name())
              .addValue("kind", units.get(i).kind().name())
              .addValue("headOffice", units.get(i).headOffice()));
    }
    batch("insertUnit", rows);
    List<String> duties = a.department().duties();
    for (int i = 0; i < duties.size(); i++) {
      rows.add(p(id).addValue("position", i).addValue("body", duties.get(i)));
    }
    batch("insertDuty", rows);
    List<MapSqlParameterSource> amounts = new ArrayList<>();
    for (FunctionalItem item : a.facts().items()) {
      rows.add(p(id).addValue("code", item.code().value()).addValue("name", item.name()));
      for (Map.Entry<ItemMeasure, Amount> e : item.amounts().entrySet()) {
        amounts.add(
            p(id)
                .addValue("code", item.code().value())
                .addValue("measure", e.getKey().key())
                .addValue("amount", e.getValue().value()));
      }
    }
    batch("insertItem", rows);
    batch("insertItemAmount", amounts);
    for (EconomicItem e : a.facts().economicItems()) {
      rows.add(
          p(id)
              .addValue("code", e.code().value())
              .addValue("name", e.name())
              .addValue("amount", e.amount().value()));
    }
    batch("insertEconomic", rows);
    for (Map.Entry<Fact, Amount> e : a.facts().facts().entrySet()) {
      rows.add(p(id).addValue("key", e.getKey().key()).addValue("amount", e.getValue().value()));
    }
    batch("insertFact", rows);
    for (Map.Entry<Count, Integer> e : a.facts().counts().entrySet()) {
      rows.add(p(id).addValue("key", e.getKey().key()).addValue("value", e.getValue()));
    }
    batch("insertCount", rows);
    List<NamedCount> vehicles = a.facts().vehiclesByUse();
    for (int i = 0; i < vehicles.size(); i++) {
      NamedCount v = vehicles.get(i);
      rows.add(
          p(id)
              .addValue("position", i)
              .addValue("label", v.label())
              .addValue("value", v.count())
              .addValue("measureWord", v.measureWord()));
    }
    batch("insertVehicle", rows);
    a.facts()
        .codeNames()
        .forEach((code, name) -> rows.add(p(id).addValue("code", code).addValue("name", name)));
    batch("insertCodeName", rows);
    insertTexts(id, a.explanations(), rows);
    insertEvaluation(id, a, rows);
  }

  private void insertTexts(long id, Explanations x, List<MapSqlParameterSource> rows) {
    x.texts().forEach((k, v) -> rows.add(text(id, "slot", k, v)));
    x.categoryUses().forEach((k, v) -> rows.add(text(id, "categoryUse", k, v)));
    x.itemReasons().forEach((k, v) -> rows.add(text(id, "itemReason", k, v)));
    batch("insertText", rows);
    List<KeyWork> works = x.keyWorks();
    for (int i = 0; i < works.size(); i++) {
      rows.add(
          p(id)
              .addValue("position", i)
              .addValue("title", works.get(i).title())
              .addValue("content", works.get(i).content())
              .addValue("result", works.get(i).result()));
    }
    batch("insertKeyWork", rows);
    List<GlossaryTerm> terms = x.glossary();
    for (int i = 0; i < terms.size(); i++) {
      rows.add(
          p(id)
              .addValue("position", i)
              .addValue("term", terms.get(i).term())
              .addValue("definition", terms.get(i).definition()));
    }
    batch("insertGlossary", rows);
  }

  private void insertEvaluation(long id, FinalAccounts a, List<MapSqlParameterSource> rows) {
    List<Project> projects = a.evaluation().projects();
    for (int i = 0; i < projects.size(); i++) {
      Project pr = projects.get(i);
      rows.add(
          p(id)
              .addValue("position", i)
              .addValue("name", pr.name())
              .addValue("budget", pr.budget().value())
              .addValue("actual", pr.actual().value()));
    }
    batch("insertProject", rows);
    List<Goal> goals = a.evaluation().goals();
    List<MapSqlParameterSource> indicators = new ArrayList<>();
    for (int g = 0; g < goals.size(); g++) {
      rows.add(
          p(id)
              .addValue("position", g)
              .addValue("title", goals.get(g).title())
              .addValue("description", goals.get(g).description()));
      List<Indicator> list = goals.get(g).indicators();
      for (int i = 0; i < list.size(); i++) {
        Indicator ind = list.get(i);
        indicators.add(
            p(id)
                .addValue("goalPosition", g)
                .addValue("position", i)
                .addValue("level1", ind.level1())
                .addValue("level2", ind.level2())
                .addValue("name", ind.name())
                .addValue("target", ind.target().text())
                .addValue("actual", ind.actual().text()));
      }
    }
    batch("insertGoal", rows);
    batch("insertIndicator", indicators);
  }

  private static MapSqlParameterSource text(long id, String kind, String key, String body) {
    return p(id).addValue("kind", kind).addValue("key", key).addValue("body", body);
  }

  private static MapSqlParameterSource p(long id) {
    return new MapSqlParameterSource("id", id);
  }

  /** Runs the statement for the collected rows and empties the list for the next batch. */
  private void batch(String statement, List<MapSqlParameterSource> rows) {
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(sql.get(statement), rows.toArray(new MapSqlParameterSource[0]));
      rows.clear();
    }
  }
}
