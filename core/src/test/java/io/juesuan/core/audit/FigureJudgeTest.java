package io.juesuan.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.narrative.CitedFigure;
import io.juesuan.core.rules.Location;
import io.juesuan.core.rules.Severity;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureJudgeTest {
  @ParameterizedTest(name = "{0}÷{1} 写作 {2} → {3}")
  @CsvSource({
    "990.24, 990.75, 99.9%, ok",
    "990.24, 990.75, 99.95%, ok",
    "746.34, 990.24, 75.4%, ok",
    "746.34, 990.24, 75.3%, warning",
    "746.83, 868.92, 85.94%, warning",
    "101.34, 990.24, 10.7%, error",
    "0.00, 0.00, 0%, ok",
  })
  void judgesPrintedPercentages(String part, String whole, String printed, String verdict) {
    AuditLog log = new AuditLog();
    CitedFigure f = FigureScanner.scan(printed).get(0);
    FigureJudge.percent(
        log,
        "N-SHARE",
        new Location.Part("x"),
        f,
        new BigDecimal(part),
        new BigDecimal(whole),
        FigureJudge.slack(2),
        "占比");
    var findings = log.result().findings();
    if (verdict.equals("ok")) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings)
          .singleElement()
          .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ofCode(verdict)));
    }
  }

  @ParameterizedTest(name = "{0} 对 {1} → {2}")
  @CsvSource({
    "990.24万元, 990.24, ok",
    "55.48万元, 55.49, rounding",
    "838.06万元, 866.15, error",
    "35万元, 35.00, ok",
    "51.9万元, 51.91, ok"
  })
  void judgesCitedAmounts(String cited, String table, String verdict) {
    AuditLog log = new AuditLog();
    FigureJudge.amount(
        log,
        Severity.ERROR,
        new Location.Part("x"),
        FigureScanner.scan(cited).get(0),
        new BigDecimal(table),
        "金额");
    var findings = log.result().findings();
    if (verdict.equals("ok")) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings)
          .singleElement()
          .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ofCode(verdict)));
    }
  }
}
