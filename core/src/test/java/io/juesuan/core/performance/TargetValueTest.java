package io.juesuan.core.performance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetValueTest {

  @ParameterizedTest(name = "{0} 对 {1} → {2}")
  @DisplayName("numeric targets are judged automatically, qualitative ones are not")
  @CsvSource({
    "≥25件, 36件, MET",
    "≥25 件, 20件, NOT_MET",
    "不少于20期, 31期, MET",
    "100%, 100%, MET",
    "100%, 98%, NOT_MET",
    "0次, 0次, MET",
    "0次, 2次, NOT_MET",
    "≤5次, 6次, NOT_MET",
    "≥55家, 81家, MET",
    "应测尽测, 4000余人次, NOT_JUDGEABLE",
    "根据实际情况, 47次, NOT_JUDGEABLE",
    "≥25件, 36篇, NOT_JUDGEABLE",
    "达标, 达到预期指标, NOT_JUDGEABLE"
  })
  void judgesTargets(String target, String actual, Judgement expected) {
    assertThat(TargetValue.parse(target).judge(TargetValue.parse(actual))).isEqualTo(expected);
  }
}
