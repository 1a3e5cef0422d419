package io.github.coexist.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CountLimitTest {

  static Stream<Arguments> limits() {
    return Generators.cases(Generators::countLimit);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void roundTripsThroughItsText(CountLimit limit) {
    String printed = limit.toString();
    CountLimit back = CountLimit.parse(printed);
    assertThat(back).isEqualTo(limit).hasSameHashCodeAs(limit);
    assertThat(back.toString()).isEqualTo(printed);
    assertThat(back.value()).isEqualTo(limit.value());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          0              | 0
          132            | 132
          ' 20 '         | 20
          007            | 7
          2147483647     | 2147483647
          """)
  void readsNumbers(String input, int value) {
    CountLimit limit = CountLimit.parse(input);
    assertThat(limit.value()).isEqualTo(OptionalInt.of(value));
    assertThat(limit).hasToString(Integer.toString(value));
    assertThat(limit.isUnlimited()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Unlimited", "unlimited", "UNLIMITED", "uNlImItEd"})
  void readsUnlimitedInAnyCase(String input) {
    CountLimit limit = CountLimit.parse(input);
    assertThat(limit).isSameAs(CountLimit.UNLIMITED).hasToString("Unlimited");
    assertThat(limit.isUnlimited()).isTrue();
    assertThat(limit.value()).isEmpty();
  }

  static Stream<Arguments> rejected() {
    String expected = " (expected a whole number 0..2147483647 or Unlimited)";
    return Stream.of(
        arguments("", "not a count limit: \"\" (empty)"),
        arguments("2147483648", "not a count limit: \"2147483648\" (larger than 2147483647)"),
        arguments(
            "99999999999999999999",
            "not a count limit: \"99999999999999999999\" (larger than 2147483647)"),
        arguments("-1", "not a count limit: \"-1\"" + expected),
        arguments("+1", "not a count limit: \"+1\"" + expected),
        arguments("1.5", "not a count limit: \"1.5\"" + expected),
        arguments("1,000", "not a count limit: \"1,000\"" + expected),
        arguments("none", "not a count limit: \"none\"" + expected),
        arguments("\u0661\u0662", "not a count limit: \"\u0661\u0662\"" + expected),
        arguments("UNL\u0130M\u0130TED", "not a count limit: \"UNL\u0130M\u0130TED\"" + expected),
        // hostile input
        arguments("'20'", "not a count limit: \"'20'\"" + expected),
        arguments("\u201820\u2019", "not a count limit: \"\u201820\u2019\"" + expected),
        arguments("\"20\"", "not a count limit: \"\\\"20\\\"\"" + expected),
        arguments("\u201C20\u201D", "not a count limit: \"\u201C20\u201D\"" + expected),
        arguments("`20", "not a count limit: \"`20\"" + expected),
        arguments("$(20)", "not a count limit: \"$(20)\"" + expected),
        arguments("20\n", "not a count limit: \"20\\n\"" + expected),
        arguments("20\0", "not a count limit: \"20\\0\"" + expected),
        arguments("\u200F20", "not a count limit: \"\\u200F20\"" + expected));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("rejected")
  void rejectsMalformedLimits(String input, String message) {
    assertThatThrownBy(() -> CountLimit.parse(input))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void factoryRefusesNegativeValues() {
    assertThat(CountLimit.of(132)).isEqualTo(CountLimit.parse("132"));
    assertThatThrownBy(() -> CountLimit.of(-5))
        .hasMessage("not a count limit: \"-5\" (must not be negative)");
    assertThatThrownBy(() -> CountLimit.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void ordersByValueWithUnlimitedLargest() {
    List<CountLimit> sorted =
        Stream.of("Unlimited", "2147483647", "0", "132").map(CountLimit::parse).sorted().toList();
    assertThat(sorted)
        .extracting(CountLimit::toString)
        .containsExactly("0", "132", "2147483647", "Unlimited");
  }
}
