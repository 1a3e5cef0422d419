package io.github.coexist.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BindingTest {

  static Stream<Arguments> bindings() {
    return Generators.cases(Generators::binding);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bindings")
  void roundTripsThroughItsText(Binding binding) {
    String printed = binding.toString();
    Binding back = Binding.parse(printed);
    assertThat(back).isEqualTo(binding).hasSameHashCodeAs(binding);
    assertThat(back.toString()).isEqualTo(printed);
    assertThat(printed.startsWith("[")).isEqualTo(!binding.address().isIpv4());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          0.0.0.0:25            | 0.0.0.0:25          | 0.0.0.0     | 25
          10.0.0.5:2525         | 10.0.0.5:2525       | 10.0.0.5    | 2525
          ' 0.0.0.0:587 '       | 0.0.0.0:587         | 0.0.0.0     | 587
          [::]:25               | [::]:25             | ::          | 25
          [2001:DB8::1]:25      | [2001:db8::1]:25    | 2001:db8::1 | 25
          [10.0.0.5]:25         | 10.0.0.5:25         | 10.0.0.5    | 25
          10.0.0.5:0            | 10.0.0.5:0          | 10.0.0.5    | 0
          10.0.0.5:65535        | 10.0.0.5:65535      | 10.0.0.5    | 65535
          10.0.0.5:00025        | 10.0.0.5:25         | 10.0.0.5    | 25
          """)
  void readsBindings(String input, String canonical, String address, int port) {
    Binding binding = Binding.parse(input);
    assertThat(binding).hasToString(canonical);
    assertThat(binding.address()).isEqualTo(IpAddress.parse(address));
    assertThat(binding.port()).isEqualTo(port);
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        arguments("", "not a binding: \"\" (empty)"),
        arguments("0.0.0.0", "not a binding: \"0.0.0.0\" (missing \":port\")"),
        arguments(":25", "not a binding: \":25\" (missing address)"),
        arguments("[]:25", "not a binding: \"[]:25\" (missing address)"),
        arguments("0.0.0.0:", "not a binding: \"0.0.0.0:\" (port must be 0..65535)"),
        arguments("0.0.0.0:65536", "not a binding: \"0.0.0.0:65536\" (port must be 0..65535)"),
        arguments("0.0.0.0:100000", "not a binding: \"0.0.0.0:100000\" (port must be 0..65535)"),
        arguments("0.0.0.0:-1", "not a binding: \"0.0.0.0:-1\" (port must be 0..65535)"),
        arguments("0.0.0.0:smtp", "not a binding: \"0.0.0.0:smtp\" (port must be 0..65535)"),
        arguments(
            "::1:25",
            "not a binding: \"::1:25\" (an IPv6 address must be in brackets, as in [::]:25)"),
        arguments("[::1:25", "not a binding: \"[::1:25\" (missing \"]\")"),
        arguments("[::1]25", "not a binding: \"[::1]25\" (missing \":port\" after \"]\")"),
        arguments(
            "mail.contoso.com:25",
            "not a binding: \"mail.contoso.com:25\" (expected an IPv4 or IPv6 address)"),
        arguments("10.0.0.256:25", "not a binding: \"10.0.0.256:25\" (part \"256\" is not 0..255)"),
        // hostile input
        arguments(
            "'0.0.0.0:25'", "not a binding: \"'0.0.0.0:25'\" (expected an IPv4 or IPv6 address)"),
        arguments(
            "\u20180.0.0.0\u2019:25",
            "not a binding: \"\u20180.0.0.0\u2019:25\" (expected an IPv4 or IPv6 address)"),
        arguments(
            "\"0.0.0.0:25\"",
            "not a binding: \"\\\"0.0.0.0:25\\\"\" (expected an IPv4 or IPv6 address)"),
        arguments(
            "\u201C0.0.0.0:25\u201D",
            "not a binding: \"\u201C0.0.0.0:25\u201D\" (expected an IPv4 or IPv6 address)"),
        arguments("0.0.0.0:25`", "not a binding: \"0.0.0.0:25`\" (port must be 0..65535)"),
        arguments("0.0.0.0:$(25)", "not a binding: \"0.0.0.0:$(25)\" (port must be 0..65535)"),
        arguments("0.0.0.0:25\n", "not a binding: \"0.0.0.0:25\\n\" (port must be 0..65535)"),
        arguments(
            "0.0.0.0\0:25", "not a binding: \"0.0.0.0\\0:25\" (expected an IPv4 or IPv6 address)"),
        arguments(
            "0.0.0.0:\u200F25", "not a binding: \"0.0.0.0:\\u200F25\" (port must be 0..65535)"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("rejected")
  void rejectsMalformedBindings(String input, String message) {
    assertThatThrownBy(() -> Binding.parse(input))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void factoryChecksThePort() {
    IpAddress any = IpAddress.parse("::");
    assertThat(Binding.of(any, 25)).hasToString("[::]:25");
    assertThatThrownBy(() -> Binding.of(any, 70000))
        .hasMessage("not a binding: \"[::]:70000\" (port must be 0..65535)");
    assertThatThrownBy(() -> Binding.of(any, -1))
        .hasMessage("not a binding: \"[::]:-1\" (port must be 0..65535)");
    assertThatThrownBy(() -> Binding.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void ordersByAddressThenPort() {
    List<Binding> sorted =
        Stream.of("[::]:25", "10.0.0.5:25", "0.0.0.0:587", "0.0.0.0:25")
            .map(Binding::parse)
            .sorted()
            .toList();
    assertThat(sorted)
        .extracting(Binding::toString)
        .containsExactly("0.0.0.0:25", "0.0.0.0:587", "10.0.0.5:25", "[::]:25");
  }
}
