package io.github.coexist.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Connector domain lists read the domain and Exchange's printed address-space form alike. */
class SmtpDomainAddressSpaceFormTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "smtp:contoso.com;1   | contoso.com",
        "SMTP:Contoso.COM;1   | contoso.com",
        "SMTP:*;1             | *",
        "smtp:*.contoso.com;1 | *.contoso.com",
        "smtp:contoso.com     | contoso.com",
        "contoso.com;1        | contoso.com",
        " smtp : contoso.com ; 1 | contoso.com",
        "contoso.com          | contoso.com",
      })
  void readsBothFormsAsTheSameDomain(String text, String domain) {
    assertThat(SmtpDomain.parseDomainOrAddressSpace(text)).isEqualTo(SmtpDomain.parse(domain));
  }

  static Stream<Arguments> domains() {
    return Generators.cases(Generators::domain);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("domains")
  void theAddressSpaceOfAnyDomainReadsAsThatDomain(SmtpDomain domain) {
    String printed = "smtp:" + domain + ";1";
    assertThat(SmtpDomain.parseDomainOrAddressSpace(printed)).isEqualTo(domain);
  }

  @Test
  void refusesAnotherTypeOrACostThatWouldBeLost() {
    assertThatThrownBy(() -> SmtpDomain.parseDomainOrAddressSpace("X400:c=US;a= ;p=Contoso;1"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "not an SMTP domain: \"X400:c=US;a= ;p=Contoso;1\" (only an SMTP address space names a"
                + " domain, not X400)");
    assertThatThrownBy(() -> SmtpDomain.parseDomainOrAddressSpace("smtp:contoso.com;5"))
        .hasMessage(
            "not an SMTP domain: \"smtp:contoso.com;5\" (cost 5 has no meaning in a list of"
                + " domains, where Exchange prints 1)");
    assertThatThrownBy(() -> SmtpDomain.parseDomainOrAddressSpace("smtp:contoso.com;0"))
        .hasMessage("not an SMTP domain: \"smtp:contoso.com;0\" (cost must be 1..100)");
    assertThatThrownBy(() -> SmtpDomain.parseDomainOrAddressSpace("smtp:bad domain;1"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("not an SMTP domain: \"smtp:bad domain;1\"");
  }
}
