package io.github.coexist.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TimeSpanTest {

  static Stream<Arguments> spans() {
    return Generators.cases(Generators::timeSpan);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("spans")
  void roundTripsThroughItsText(TimeSpan span) {
    String printed = span.toString();
    TimeSpan back = TimeSpan.parse(printed);
    assertThat(back).isEqualTo(span).hasSameHashCodeAs(span);
    assertThat(back.toString()).isEqualTo(printed);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("spans")
  void roundTripsThroughDuration(TimeSpan span) {
    assertThat(TimeSpan.of(span.toDuration())).isEqualTo(span);
    assertThat(span.toDuration().toSeconds()).isEqualTo(span.seconds());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          00:05:00           | 00:05:00        | PT5M
          00:00:30           | 00:00:30        | PT30S
          1.00:00:00         | 1.00:00:00      | PT24H
          10.00:00:00        | 10.00:00:00     | PT240H
          00:00:00           | 00:00:00        | PT0S
          23:59:59           | 23:59:59        | PT23H59M59S
          0:5:0              | 00:05:00        | PT5M
          2.03:04:05         | 2.03:04:05      | PT51H4M5S
          0.01:00:00         | 01:00:00        | PT1H
          00:00:30.0000000   | 00:00:30        | PT30S
          ' 00:10:00 '       | 00:10:00        | PT10M
          10675199.23:59:59  | 10675199.23:59:59 | PT256204799H59M59S
          """)
  void readsExchangeTimeSpans(String input, String canonical, Duration duration) {
    TimeSpan span = TimeSpan.parse(input);
    assertThat(span).hasToString(canonical);
    assertThat(span.toDuration()).isEqualTo(duration);
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        arguments("", "not a time span: \"\" (empty)"),
        arguments("24:00:00", "not a time span: \"24:00:00\" (hours must be 0..23)"),
        arguments("00:60:00", "not a time span: \"00:60:00\" (minutes must be 0..59)"),
        arguments("00:00:60", "not a time span: \"00:00:60\" (seconds must be 0..59)"),
        arguments(
            "10675200.00:00:00",
            "not a time span: \"10675200.00:00:00\" (days must be 0..10675199)"),
        arguments("-00:05:00", "not a time span: \"-00:05:00\" (must not be negative)"),
        arguments(
            "00:00:30.5",
            "not a time span: \"00:00:30.5\" (fractions of a second are not supported)"),
        arguments("00:05", "not a time span: \"00:05\" (expected [d.]hh:mm:ss)"),
        arguments("300", "not a time span: \"300\" (expected [d.]hh:mm:ss)"),
        arguments("PT5M", "not a time span: \"PT5M\" (expected [d.]hh:mm:ss)"),
        arguments("1:00:00:00", "not a time span: \"1:00:00:00\" (expected [d.]hh:mm:ss)"),
        arguments("000:05:00", "not a time span: \"000:05:00\" (expected [d.]hh:mm:ss)"),
        arguments(
            "\u0661\u0662:00:00",
            "not a time span: \"\u0661\u0662:00:00\" (expected [d.]hh:mm:ss)"),
        // hostile input
        arguments("'00:05:00'", "not a time span: \"'00:05:00'\" (expected [d.]hh:mm:ss)"),
        arguments(
            "\u201800:05:00\u2019",
            "not a time span: \"\u201800:05:00\u2019\" (expected [d.]hh:mm:ss)"),
        arguments("\"00:05:00\"", "not a time span: \"\\\"00:05:00\\\"\" (expected [d.]hh:mm:ss)"),
        arguments(
            "\u201C00:05:00\u201D",
            "not a time span: \"\u201C00:05:00\u201D\" (expected [d.]hh:mm:ss)"),
        arguments("`00:05:00", "not a time span: \"`00:05:00\" (expected [d.]hh:mm:ss)"),
        arguments("$(00:05:00)", "not a time span: \"$(00:05:00)\" (expected [d.]hh:mm:ss)"),
        arguments("00:05:00\n", "not a time span: \"00:05:00\\n\" (expected [d.]hh:mm:ss)"),
        arguments("00:05:00\0", "not a time span: \"00:05:00\\0\" (expected [d.]hh:mm:ss)"),
        arguments(
            "\u200F00:05:00", "not a time span: \"\\u200F00:05:00\" (expected [d.]hh:mm:ss)"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("rejected")
  void rejectsMalformedTimeSpans(String input, String message) {
    assertThatThrownBy(() -> TimeSpan.parse(input))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void ofTakesWholeNonNegativeSeconds() {
    assertThat(TimeSpan.of(Duration.ofMinutes(5))).hasToString("00:05:00");
    assertThat(TimeSpan.ofSeconds(90_061)).hasToString("1.01:01:01");
    assertThatThrownBy(() -> TimeSpan.of(Duration.ofMillis(1500)))
        .hasMessage("not a time span: \"PT1.5S\" (must be whole seconds)");
    assertThatThrownBy(() -> TimeSpan.of(Duration.ofSeconds(-1)))
        .hasMessage("not a time span: \"PT-1S\" (must not be negative)");
    assertThatThrownBy(() -> TimeSpan.of(Duration.ofDays(10_675_200)))
        .hasMessage("not a time span: \"PT256204800H\" (days must be 0..10675199)");
    assertThatThrownBy(() -> TimeSpan.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("duration");
    assertThatThrownBy(() -> TimeSpan.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void ordersByLength() {
    List<TimeSpan> sorted =
        Stream.of("1.00:00:00", "00:00:30", "23:59:59", "00:05:00")
            .map(TimeSpan::parse)
            .sorted()
            .toList();
    assertThat(sorted)
        .extracting(TimeSpan::toString)
        .containsExactly("00:00:30", "00:05:00", "23:59:59", "1.00:00:00");
  }
}
