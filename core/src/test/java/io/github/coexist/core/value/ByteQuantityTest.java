package io.github.coexist.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ByteQuantityTest {

  static Stream<Arguments> quantities() {
    return Generators.cases(Generators::byteQuantity);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quantities")
  void roundTripsThroughItsText(ByteQuantity quantity) {
    String printed = quantity.toString();
    ByteQuantity back = ByteQuantity.parse(printed);
    assertThat(back).isEqualTo(quantity).hasSameHashCodeAs(quantity);
    assertThat(back.toString()).isEqualTo(printed);
    assertThat(back.bytes()).isEqualTo(quantity.bytes());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quantities")
  void readsExchangesPrintFormOfItsBytes(ByteQuantity quantity) {
    if (quantity.isUnlimited()) {
      assertThat(ByteQuantity.parse("Unlimited")).isEqualTo(quantity);
      return;
    }
    assertThat(ByteQuantity.parse(exchangePrint(quantity.bytes().getAsLong()))).isEqualTo(quantity);
  }

  /** Exchange's print form: the largest unit below the size, 3 decimals at most, the bytes. */
  private static String exchangePrint(long bytes) {
    String[] units = {"B", "KB", "MB", "GB", "TB"};
    int unit = 0;
    while (unit < 4 && bytes >= 1L << (10 * (unit + 1))) {
      unit++;
    }
    BigDecimal shown =
        new BigDecimal(bytes)
            .divide(BigDecimal.valueOf(1L << (10 * unit)), 3, RoundingMode.HALF_UP)
            .stripTrailingZeros();
    return shown.toPlainString()
        + " "
        + units[unit]
        + String.format(Locale.ROOT, " (%,d bytes)", bytes);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          25 MB                          | 25MB      | 26214400
          25MB                           | 25MB      | 26214400
          25mb                           | 25MB      | 26214400
          128KB                          | 128KB     | 131072
          35 MB (36,700,160 bytes)       | 35MB      | 36700160
          10 MB (10,485,760 bytes)       | 10MB      | 10485760
          1 KB (1,024 bytes)             | 1KB       | 1024
          10 B (10 bytes)                | 10B       | 10
          1 B (1 byte)                   | 1B        | 1
          146.5 MB (153,616,384 bytes)   | 150016KB  | 153616384
          1.465 GB (1,572,864,000 bytes) | 1500MB    | 1572864000
          2 GB (2147483648 bytes)        | 2GB       | 2147483648
          1024                           | 1KB       | 1024
          1000                           | 1000B     | 1000
          10B                            | 10B       | 10
          0                              | 0B        | 0
          0 KB                           | 0B        | 0
          1.5 GB                         | 1536MB    | 1610612736
          0.5 KB                         | 512B      | 512
          2 TB                           | 2TB       | 2199023255552
          1024 bytes                     | 1KB       | 1024
          ' 25 MB '                      | 25MB      | 26214400
          """)
  void readsExchangeSizes(String input, String canonical, long bytes) {
    ByteQuantity quantity = ByteQuantity.parse(input);
    assertThat(quantity).hasToString(canonical);
    assertThat(quantity.bytes()).isEqualTo(OptionalLong.of(bytes));
    assertThat(quantity.isUnlimited()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Unlimited", "unlimited", "UNLIMITED", "' Unlimited '"})
  void readsUnlimitedInAnyCase(String input) {
    ByteQuantity quantity = ByteQuantity.parse(input);
    assertThat(quantity).isSameAs(ByteQuantity.UNLIMITED).hasToString("Unlimited");
    assertThat(quantity.isUnlimited()).isTrue();
    assertThat(quantity.bytes()).isEmpty();
  }

  static Stream<Arguments> rejected() {
    String expected =
        " (expected a whole number with an optional unit B, KB, MB, GB or TB, or Unlimited)";
    return Stream.of(
        arguments("", "not a byte quantity: \"\" (empty)"),
        arguments("1.1 KB", "not a byte quantity: \"1.1 KB\" (not a whole number of bytes)"),
        arguments("0.3", "not a byte quantity: \"0.3\" (not a whole number of bytes)"),
        arguments(
            "25 XB",
            "not a byte quantity: \"25 XB\" (unknown unit \"XB\": use B, KB, MB, GB or TB)"),
        arguments(
            "25 MiB",
            "not a byte quantity: \"25 MiB\" (unknown unit \"MiB\": use B, KB, MB, GB or TB)"),
        arguments("-1", "not a byte quantity: \"-1\"" + expected),
        arguments("MB", "not a byte quantity: \"MB\"" + expected),
        arguments("25,000 KB", "not a byte quantity: \"25,000 KB\"" + expected),
        arguments("1e3", "not a byte quantity: \"1e3\"" + expected),
        arguments("8388608 TB", "not a byte quantity: \"8388608 TB\" (too large)"),
        arguments(
            "9223372036854775808", "not a byte quantity: \"9223372036854775808\" (too large)"),
        arguments(
            "35 MB (36,800,160 bytes)",
            "not a byte quantity: \"35 MB (36,800,160 bytes)\" (the size and the byte count disagree)"),
        arguments(
            "1.4 GB (1,572,864,000 bytes)",
            "not a byte quantity: \"1.4 GB (1,572,864,000 bytes)\""
                + " (the size and the byte count disagree)"),
        arguments(
            "35 MB (36,700,160)",
            "not a byte quantity: \"35 MB (36,700,160)\" (expected \"(n bytes)\" after the size)"),
        arguments(
            "35 MB (36,70,160 bytes)",
            "not a byte quantity: \"35 MB (36,70,160 bytes)\" (expected \"(n bytes)\" after the size)"),
        arguments("unlimted", "not a byte quantity: \"unlimted\"" + expected),
        arguments("unl\u0131m\u0131ted", "not a byte quantity: \"unl\u0131m\u0131ted\"" + expected),
        // hostile input
        arguments("'25MB'", "not a byte quantity: \"'25MB'\"" + expected),
        arguments("\u201825MB\u2019", "not a byte quantity: \"\u201825MB\u2019\"" + expected),
        arguments("\"25MB\"", "not a byte quantity: \"\\\"25MB\\\"\"" + expected),
        arguments("\u201C25MB\u201D", "not a byte quantity: \"\u201C25MB\u201D\"" + expected),
        arguments("25MB`", "not a byte quantity: \"25MB`\"" + expected),
        arguments(
            "$(25MB)", "not a byte quantity: \"$(25MB)\" (expected \"(n bytes)\" after the size)"),
        arguments("25MB\n", "not a byte quantity: \"25MB\\n\"" + expected),
        arguments("25\0MB", "not a byte quantity: \"25\\0MB\"" + expected),
        arguments("25\u200FMB", "not a byte quantity: \"25\\u200FMB\"" + expected));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("rejected")
  void rejectsMalformedSizes(String input, String message) {
    assertThatThrownBy(() -> ByteQuantity.parse(input))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void factoryRefusesNegativeSizes() {
    assertThat(ByteQuantity.ofBytes(0)).hasToString("0B");
    assertThatThrownBy(() -> ByteQuantity.ofBytes(-1))
        .hasMessage("not a byte quantity: \"-1\" (must not be negative)");
    assertThatThrownBy(() -> ByteQuantity.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void ordersBySizeWithUnlimitedLargest() {
    List<ByteQuantity> sorted =
        Stream.of("Unlimited", "1GB", "0", "25MB", "1023", "8388607TB")
            .map(ByteQuantity::parse)
            .sorted()
            .toList();
    assertThat(sorted)
        .extracting(ByteQuantity::toString)
        .containsExactly("0B", "1023B", "25MB", "1GB", "8388607TB", "Unlimited");
  }
}
