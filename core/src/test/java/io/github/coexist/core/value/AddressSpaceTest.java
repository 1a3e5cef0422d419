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

class AddressSpaceTest {

  static Stream<Arguments> addressSpaces() {
    return Generators.cases(Generators::addressSpace);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("addressSpaces")
  void roundTripsThroughItsText(AddressSpace space) {
    String printed = space.toString();
    AddressSpace back = AddressSpace.parse(printed);
    assertThat(back).isEqualTo(space).hasSameHashCodeAs(space);
    assertThat(back.toString()).isEqualTo(printed);
    assertThat(back.cost()).isEqualTo(space.cost());
    assertThat(back.smtpDomain()).isEqualTo(space.smtpDomain());
    assertThat(back.compareTo(space)).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("addressSpaces")
  void smtpAddressSpacesAreTheirDomain(AddressSpace space) {
    assertThat(space.isSmtp()).isEqualTo(space.type().equals("SMTP"));
    assertThat(space.smtpDomain().isPresent()).isEqualTo(space.isSmtp());
    space.smtpDomain().ifPresent(d -> assertThat(space.address()).isEqualTo(d.toString()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          SMTP:contoso.com;1             | SMTP:contoso.com;1
          smtp:contoso.com;1             | SMTP:contoso.com;1
          Smtp:Contoso.COM;1             | SMTP:contoso.com;1
          SMTP:contoso.com; 1            | SMTP:contoso.com;1
          'SMTP: contoso.com ; 7 '       | SMTP:contoso.com;7
          SMTP:contoso.com               | SMTP:contoso.com;1
          contoso.com                    | SMTP:contoso.com;1
          contoso.com;2                  | SMTP:contoso.com;2
          contoso.com;100                | SMTP:contoso.com;100
          contoso.com;007                | SMTP:contoso.com;7
          *                              | SMTP:*;1
          *;5                            | SMTP:*;5
          *.com                          | SMTP:*.com;1
          *.contoso.com                  | SMTP:*.contoso.com;1
          SMTP:*.domino.contoso.com;10   | SMTP:*.domino.contoso.com;10
          bücher.de                      | SMTP:xn--bcher-kva.de;1
          X400:c=US;a= ;p=Contoso;o=Exchange;20 | X400:c=US;a= ;p=Contoso;o=Exchange;20
          x400:c=US;a= ;p=Contoso;o=Exchange    | X400:c=US;a= ;p=Contoso;o=Exchange;1
          NOTES:Domino;3                 | NOTES:Domino;3
          """)
  void readsAddressSpaces(String input, String canonical) {
    assertThat(AddressSpace.parse(input)).hasToString(canonical);
  }

  @Test
  void exposesTypeAddressDomainAndCost() {
    AddressSpace smtp = AddressSpace.parse("smtp:*.Contoso.com;5");
    assertThat(smtp.type()).isEqualTo("SMTP");
    assertThat(smtp.isSmtp()).isTrue();
    assertThat(smtp.address()).isEqualTo("*.contoso.com");
    assertThat(smtp.smtpDomain()).contains(SmtpDomain.parse("*.contoso.com"));
    assertThat(smtp.cost()).isEqualTo(5);

    AddressSpace x400 = AddressSpace.parse("X400:c=US;a= ;p=Contoso;o=Exchange");
    assertThat(x400.type()).isEqualTo("X400");
    assertThat(x400.isSmtp()).isFalse();
    assertThat(x400.address()).isEqualTo("c=US;a= ;p=Contoso;o=Exchange");
    assertThat(x400.smtpDomain()).isEmpty();
    assertThat(x400.cost()).isEqualTo(1);
  }

  @Test
  void theEquivalentFormsOfTheDocsAreEqual() {
    // "contoso.com, "contoso.com;1", "SMTP:contoso.com" and "SMTP:contoso.com;1" are equivalent.
    assertThat(
            Stream.of("contoso.com", "contoso.com;1", "SMTP:contoso.com", "SMTP:contoso.com;1")
                .map(AddressSpace::parse)
                .distinct())
        .containsExactly(AddressSpace.smtp(SmtpDomain.parse("contoso.com")));
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        arguments("", "not an address space: \"\" (empty)"),
        arguments(
            "SMTP:contoso.com;0",
            "not an address space: \"SMTP:contoso.com;0\" (cost must be 1..100)"),
        arguments(
            "SMTP:contoso.com;101",
            "not an address space: \"SMTP:contoso.com;101\" (cost must be 1..100)"),
        arguments(
            "SMTP:contoso.com;-1",
            "not an address space: \"SMTP:contoso.com;-1\" (cost must be 1..100)"),
        arguments(
            "SMTP:contoso.com;",
            "not an address space: \"SMTP:contoso.com;\" (cost must be 1..100)"),
        arguments(
            "SMTP:contoso.com;one",
            "not an address space: \"SMTP:contoso.com;one\" (cost must be 1..100)"),
        arguments(
            "SMTP:contoso.com;1;2",
            "not an address space: \"SMTP:contoso.com;1;2\" (cost must be 1..100)"),
        arguments("X400:c=US;0", "not an address space: \"X400:c=US;0\" (cost must be 1..100)"),
        arguments("SMTP:", "not an address space: \"SMTP:\" (missing address)"),
        arguments(";1", "not an address space: \";1\" (missing address)"),
        arguments(":contoso.com", "not an address space: \":contoso.com\" (empty address type)"),
        arguments(
            "S M T P:contoso.com",
            "not an address space: \"S M T P:contoso.com\""
                + " (character U+0020 not allowed in the address type)"),
        arguments(
            "SMTP:*contoso.com",
            "not an address space: \"SMTP:*contoso.com\""
                + " (a wildcard is allowed only as a leading \"*.\")"),
        arguments(
            "SMTP:domain.*.contoso.com;1",
            "not an address space: \"SMTP:domain.*.contoso.com;1\""
                + " (a wildcard is allowed only as a leading \"*.\")"),
        arguments(
            "SMTP:contoso.com.;1",
            "not an address space: \"SMTP:contoso.com.;1\" (a trailing dot is not allowed)"),
        arguments(
            "contoso.com,fabrikam.com",
            "not an address space: \"contoso.com,fabrikam.com\" (character ',' not allowed)"),
        arguments(
            "SMTP:contoso.com:25",
            "not an address space: \"SMTP:contoso.com:25\" (character ':' not allowed)"),
        arguments(
            "X400:c=US\u00E9",
            "not an address space: \"X400:c=US\u00E9\" (character U+00E9 not allowed in the address)"),
        // hostile input
        arguments(
            "'SMTP:contoso.com;1'",
            "not an address space: \"'SMTP:contoso.com;1'\""
                + " (character U+0027 not allowed in the address type)"),
        arguments(
            "SMTP:\u2018contoso.com\u2019",
            "not an address space: \"SMTP:\u2018contoso.com\u2019\" (character U+2018 not allowed)"),
        arguments(
            "\"SMTP:contoso.com;1\"",
            "not an address space: \"\\\"SMTP:contoso.com;1\\\"\""
                + " (character '\"' not allowed in the address type)"),
        arguments(
            "SMTP:\u201Ccontoso.com\u201D;1",
            "not an address space: \"SMTP:\u201Ccontoso.com\u201D;1\" (character U+201C not allowed)"),
        arguments(
            "SMTP:`contoso.com",
            "not an address space: \"SMTP:`contoso.com\" (character '`' not allowed)"),
        arguments(
            "SMTP:$(Invoke-Expression).com",
            "not an address space: \"SMTP:$(Invoke-Expression).com\" (character '$' not allowed)"),
        arguments(
            "X400:c=$(iex)",
            "not an address space: \"X400:c=$(iex)\" (character '$' not allowed in the address)"),
        arguments(
            "X400:o='Contoso'",
            "not an address space: \"X400:o='Contoso'\" (character U+0027 not allowed in the address)"),
        arguments(
            "SMTP:contoso.com;1\nSMTP:evil.com;1",
            "not an address space: \"SMTP:contoso.com;1\\nSMTP:evil.com;1\" (cost must be 1..100)"),
        arguments(
            "SMTP:contoso.com\n",
            "not an address space: \"SMTP:contoso.com\\n\" (character U+000A not allowed)"),
        arguments(
            "X400:c=US\n",
            "not an address space: \"X400:c=US\\n\" (character U+000A not allowed in the address)"),
        arguments(
            "SMTP:contoso\0.com",
            "not an address space: \"SMTP:contoso\\0.com\" (character U+0000 not allowed)"),
        arguments(
            "SMTP:\u200Fcontoso.com",
            "not an address space: \"SMTP:\\u200Fcontoso.com\" (character U+200F not allowed)"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("rejected")
  void rejectsMalformedAddressSpaces(String input, String message) {
    assertThatThrownBy(() -> AddressSpace.parse(input))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void factoryChecksTheCost() {
    SmtpDomain contoso = SmtpDomain.parse("contoso.com");
    assertThat(AddressSpace.smtp(contoso, 100)).hasToString("SMTP:contoso.com;100");
    assertThatThrownBy(() -> AddressSpace.smtp(contoso, 0))
        .hasMessage("not an address space: \"SMTP:contoso.com;0\" (cost must be 1..100)");
    assertThatThrownBy(() -> AddressSpace.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> AddressSpace.smtp(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("domain");
  }

  @Test
  void ordersByTypeAddressAndCost() {
    List<AddressSpace> sorted =
        Stream.of("X400:c=US", "b.com;2", "a.com;5", "a.com;1", "*")
            .map(AddressSpace::parse)
            .sorted()
            .toList();
    assertThat(sorted)
        .extracting(AddressSpace::toString)
        .containsExactly("SMTP:*;1", "SMTP:a.com;1", "SMTP:a.com;5", "SMTP:b.com;2", "X400:c=US;1");
  }
}
