package io.juesuan.render;

import io.juesuan.testkit.SampleDatasets;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The three example departments, named, for parameterized tests of what is rendered. */
public final class ExampleDepartments {
  private ExampleDepartments() {}

  /**
   * Each example's name and accounts
   * ({@code @MethodSource("io.juesuan.render.ExampleDepartments#all")}).
   */
  public static Stream<Arguments> all() {
    return Stream.of(
        Arguments.of("蔡甸 2023", SampleDatasets.caidian2023()),
        Arguments.of("区属学校 2023", SampleDatasets.districtSchool2023()),
        Arguments.of("上海普陀 2024", SampleDatasets.shanghaiPutuo2024()));
  }
}
