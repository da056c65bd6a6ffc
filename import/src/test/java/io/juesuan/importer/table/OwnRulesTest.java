package io.juesuan.importer.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.edition.Edition;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.rules.Rule;
import io.juesuan.core.table.TableId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules a table read alone is reconciled with — the applicable rules reading that table and no
 * other — are found once per edition and kept.
 */
class OwnRulesTest {
  @Test
  void theRulesOfOneTableAloneAreFoundOnceAndKept() {
    for (String id : List.of("national-2023", "shanghai-2024")) {
      Edition edition = Editions.installed().get(id);
      int total = 0;
      for (String t : List.of("01", "02", "03", "04", "05", "06", "07", "08", "09")) {
        TableId table = TableId.of(t);
        List<Rule> expected =
            edition.rules().rules().stream()
                .filter(r -> r.inapplicable().isEmpty() && r.tables().equals(Set.of(table)))
                .toList();
        List<Rule> own = TableReader.ownRules(edition, table);
        assertThat(own).containsExactlyElementsOf(expected);
        assertThat(TableReader.ownRules(edition, table)).isSameAs(own);
        total += own.size();
      }
      assertThat(total).isPositive();
    }
  }
}
