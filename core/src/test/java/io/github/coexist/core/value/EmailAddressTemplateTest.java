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

class EmailAddressTemplateTest {

  static Stream<Arguments> templates() {
    return Generators.cases(Generators::template);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void roundTripsThroughItsText(EmailAddressTemplate template) {
    String printed = template.toString();
    EmailAddressTemplate back = EmailAddressTemplate.parse(printed);
    assertThat(back).isEqualTo(template).hasSameHashCodeAs(template);
    assertThat(back.toString()).isEqualTo(printed);
    assertThat(back.variables()).isEqualTo(template.variables());
    assertThat(back.unknownVariables()).isEqualTo(template.unknownVariables());
    assertThat(back.localPart()).isEqualTo(template.localPart());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void smtpTemplatesSplitAtTheirOneAt(EmailAddressTemplate template) {
    assertThat(template.isSmtp()).isEqualTo(template.type().equalsIgnoreCase("smtp"));
    assertThat(template.isPrimary()).isEqualTo(template.type().equals("SMTP"));
    assertThat(template.domain().isPresent()).isEqualTo(template.isSmtp());
    assertThat(template.toString()).isEqualTo(template.type() + ":" + template.address());
    template
        .domain()
        .ifPresent(d -> assertThat(template.address()).isEqualTo(template.localPart() + "@" + d));
    assertThat(template.hasVariables())
        .isEqualTo(!template.variables().isEmpty() || !template.unknownVariables().isEmpty());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          SMTP:%m@contoso.com           | SMTP:%m@contoso.com          | SMTP  | %m     | contoso.com
          smtp:%g.%s@contoso.com        | smtp:%g.%s@contoso.com       | smtp  | %g.%s  | contoso.com
          %m@exch.contoso.com           | smtp:%m@exch.contoso.com     | smtp  | %m     | exch.contoso.com
          SMTP:%1g%s@Contoso.COM        | SMTP:%1g%s@contoso.com       | SMTP  | %1g%s  | contoso.com
          smtp:%g%1s@contoso.com        | smtp:%g%1s@contoso.com       | smtp  | %g%1s  | contoso.com
          Smtp:%s.%g@contoso.com        | smtp:%s.%g@contoso.com       | smtp  | %s.%g  | contoso.com
          SMTP:@contoso.com             | SMTP:@contoso.com            | SMTP  | ''     | contoso.com
          ' SMTP:%m@contoso.com '       | SMTP:%m@contoso.com          | SMTP  | %m     | contoso.com
          SMTP:%r._%g.%s@contoso.com    | SMTP:%r._%g.%s@contoso.com   | SMTP  | %r._%g.%s | contoso.com
          SMTP:John.Smith@contoso.com   | SMTP:John.Smith@contoso.com  | SMTP  | John.Smith | contoso.com
          smtp:%m@bücher.de             | smtp:%m@xn--bcher-kva.de     | smtp  | %m     | xn--bcher-kva.de
          %r:_%m@contoso.com            | smtp:%r:_%m@contoso.com      | smtp  | %r:_%m | contoso.com
          """)
  void readsSmtpTemplates(
      String input, String canonical, String type, String localPart, String domain) {
    EmailAddressTemplate template = EmailAddressTemplate.parse(input);
    assertThat(template).hasToString(canonical);
    assertThat(template.type()).isEqualTo(type);
    assertThat(template.localPart()).isEqualTo(localPart);
    assertThat(template.domain()).contains(SmtpDomain.parse(domain));
    assertThat(template.isSmtp()).isTrue();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          X400:c=US;a= ;p=Contoso;o=Exchange;s=%s;g=%g; | X400 | %s,%g
          NOTES:%g %s/Contoso@Domino                    | NOTES | %g,%s
          GWISE:Contoso.PO.%m                           | GWISE | %m
          x400:c=US;o=Contoso;s=%s                      | x400 | %s
          """)
  void keepsOtherAddressTypesAsWritten(String input, String type, String variables) {
    EmailAddressTemplate template = EmailAddressTemplate.parse(input);
    assertThat(template).hasToString(input);
    assertThat(template.type()).isEqualTo(type);
    assertThat(template.isSmtp()).isFalse();
    assertThat(template.isPrimary()).isFalse();
    assertThat(template.domain()).isEmpty();
    assertThat(template.localPart()).isEqualTo(template.address());
    assertThat(template.variables()).containsExactly(variables.split(","));
  }

  @ParameterizedTest(name = "{0}: {1} / unknown {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          %m@contoso.com               | %m             | ''
          %g.%s@contoso.com            | %g,%s          | ''
          %d%i@contoso.com             | %d,%i          | ''
          %1g%s@contoso.com            | %1g,%s         | ''
          %9g%12s@contoso.com          | %9g,%12s       | ''
          %r._%g.%s@contoso.com        | %r._,%g,%s     | ''
          %r''%s@contoso.com           | %r'',%s        | ''
          %r@_%m@contoso.com           | %r@_,%m        | ''
          %r%%%m@contoso.com           | %r%%,%m        | ''
          %q%m@contoso.com             | %m             | %q
          %M@contoso.com               | ''             | %M
          %0g%s@contoso.com            | %s             | %0g
          %5x@contoso.com              | ''             | %5x
          a%@contoso.com               | ''             | %
          %%m@contoso.com              | %m             | %
          """)
  void findsKnownAndUnknownVariables(String input, String known, String unknown) {
    EmailAddressTemplate template = EmailAddressTemplate.parse(input);
    assertThat(template.variables())
        .containsExactly(known.isEmpty() ? new String[0] : known.split(","));
    assertThat(template.unknownVariables())
        .containsExactly(unknown.isEmpty() ? new String[0] : unknown.split(","));
    assertThat(template.hasVariables()).isTrue();
  }

  @Test
  void aTemplateWithoutPercentHasNoVariables() {
    EmailAddressTemplate fixed = EmailAddressTemplate.parse("SMTP:@contoso.com");
    assertThat(fixed.variables()).isEmpty();
    assertThat(fixed.unknownVariables()).isEmpty();
    assertThat(fixed.hasVariables()).isFalse();
    assertThat(fixed.isPrimary()).isTrue();
  }

  @Test
  void aReplacementMayContainTheAt() {
    EmailAddressTemplate template = EmailAddressTemplate.parse("smtp:%r@.%m@contoso.com");
    assertThat(template.localPart()).isEqualTo("%r@.%m");
    assertThat(template.domain()).contains(SmtpDomain.parse("contoso.com"));
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        arguments("", "not an email address template: \"\" (empty)"),
        arguments("%m", "not an email address template: \"%m\" (missing \"@\")"),
        arguments("SMTP:", "not an email address template: \"SMTP:\" (missing \"@\")"),
        arguments("X400:", "not an email address template: \"X400:\" (missing address)"),
        arguments(
            "%m@a@contoso.com",
            "not an email address template: \"%m@a@contoso.com\" (more than one \"@\")"),
        arguments(
            "%rx@contoso.com",
            "not an email address template: \"%rx@contoso.com\" (missing \"@\")"),
        arguments("%m@", "not an email address template: \"%m@\" (missing domain after \"@\")"),
        arguments(
            "%m@%d.com",
            "not an email address template: \"%m@%d.com\" (variables are allowed only before \"@\")"),
        arguments(
            "%m@*.contoso.com",
            "not an email address template: \"%m@*.contoso.com\" (the domain cannot be a wildcard)"),
        arguments(
            "%m@contoso..com", "not an email address template: \"%m@contoso..com\" (empty label)"),
        arguments(
            "%m@contoso_mail.com",
            "not an email address template: \"%m@contoso_mail.com\" (character '_' not allowed)"),
        arguments(
            ":%m@contoso.com",
            "not an email address template: \":%m@contoso.com\" (empty address type)"),
        arguments(
            "SM TP:%m@contoso.com",
            "not an email address template: \"SM TP:%m@contoso.com\""
                + " (character U+0020 not allowed in the address type)"),
        arguments(
            "%g %s@contoso.com",
            "not an email address template: \"%g %s@contoso.com\""
                + " (character U+0020 not allowed in the local part)"),
        arguments(
            "%g(%s)@contoso.com",
            "not an email address template: \"%g(%s)@contoso.com\""
                + " (character '(' not allowed in the local part)"),
        arguments(
            "j\u00F6rg@contoso.com",
            "not an email address template: \"j\u00F6rg@contoso.com\""
                + " (character U+00F6 not allowed in the local part)"),
        // hostile input
        arguments(
            "o'%s@contoso.com",
            "not an email address template: \"o'%s@contoso.com\""
                + " (character U+0027 not allowed in the local part)"),
        arguments(
            "\u2018%m@contoso.com\u2019",
            "not an email address template: \"\u2018%m@contoso.com\u2019\""
                + " (character U+2018 not allowed in the local part)"),
        arguments(
            "%m@contoso.com\u2019",
            "not an email address template: \"%m@contoso.com\u2019\" (character U+2019 not allowed)"),
        arguments(
            "\"SMTP:%m@contoso.com\"",
            "not an email address template: \"\\\"SMTP:%m@contoso.com\\\"\""
                + " (character '\"' not allowed in the address type)"),
        arguments(
            "SMTP:\u201C%m\u201D@contoso.com",
            "not an email address template: \"SMTP:\u201C%m\u201D@contoso.com\""
                + " (character U+201C not allowed in the local part)"),
        arguments(
            "SMTP:`%m@contoso.com",
            "not an email address template: \"SMTP:`%m@contoso.com\""
                + " (character '`' not allowed in the local part)"),
        arguments(
            "SMTP:$(whoami)@contoso.com",
            "not an email address template: \"SMTP:$(whoami)@contoso.com\""
                + " (character '$' not allowed in the local part)"),
        arguments(
            "NOTES:%g $(whoami)",
            "not an email address template: \"NOTES:%g $(whoami)\" (character '$' not allowed)"),
        arguments(
            "NOTES:%$(whoami)",
            "not an email address template: \"NOTES:%$(whoami)\" (character '$' not allowed)"),
        arguments(
            "SMTP:%m@contoso.com\nSMTP:%m@evil.com",
            "not an email address template: \"SMTP:%m@contoso.com\\nSMTP:%m@evil.com\""
                + " (more than one \"@\")"),
        arguments(
            "SMTP:%m\n@contoso.com",
            "not an email address template: \"SMTP:%m\\n@contoso.com\""
                + " (character U+000A not allowed in the local part)"),
        arguments(
            "NOTES:%g\n%s",
            "not an email address template: \"NOTES:%g\\n%s\" (character U+000A not allowed)"),
        arguments(
            "SMTP:%r\n_%m@contoso.com",
            "not an email address template: \"SMTP:%r\\n_%m@contoso.com\""
                + " (character U+000A not allowed in the local part)"),
        arguments(
            "SMTP:%m\0@contoso.com",
            "not an email address template: \"SMTP:%m\\0@contoso.com\""
                + " (character U+0000 not allowed in the local part)"),
        arguments(
            "SMTP:%m@\u200Fcontoso.com",
            "not an email address template: \"SMTP:%m@\\u200Fcontoso.com\""
                + " (character U+200F not allowed)"),
        arguments(
            "SMTP:\u200F%m@contoso.com",
            "not an email address template: \"SMTP:\\u200F%m@contoso.com\""
                + " (character U+200F not allowed in the local part)"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("rejected")
  void rejectsMalformedTemplates(String input, String message) {
    assertThatThrownBy(() -> EmailAddressTemplate.parse(input))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void rejectsNullNamingTheParameter() {
    assertThatThrownBy(() -> EmailAddressTemplate.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void equalityIsOnTheCanonicalText() {
    List<EmailAddressTemplate> same =
        Stream.of("%m@Contoso.com", "smtp:%m@contoso.com", "Smtp:%m@CONTOSO.COM")
            .map(EmailAddressTemplate::parse)
            .distinct()
            .toList();
    assertThat(same).hasSize(1);
    assertThat(EmailAddressTemplate.parse("SMTP:%m@contoso.com"))
        .isNotEqualTo(EmailAddressTemplate.parse("smtp:%m@contoso.com"));
    assertThat(EmailAddressTemplate.parse("SMTP:%M@contoso.com"))
        .isNotEqualTo(EmailAddressTemplate.parse("SMTP:%m@contoso.com"));
  }
}
