package io.github.coexist.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Parsing under a Turkish default locale, where {@code "I".toLowerCase()} is a dotless {@code ı}
 * and {@code "i".toUpperCase()} a dotted {@code İ}: every case conversion must use {@link
 * Locale#ROOT}.
 */
class TurkishLocaleTest {
  private Locale saved;

  @BeforeEach
  void useTurkish() {
    saved = Locale.getDefault();
    Locale.setDefault(new Locale("tr", "TR"));
  }

  @AfterEach
  void restore() {
    Locale.setDefault(saved);
  }

  @Test
  void lowerCasesDomainsWithAnAsciiI() {
    assertThat("MAIL".toLowerCase(Locale.getDefault()))
        .isEqualTo("maıl"); // the trap this test guards against
    assertThat(SmtpDomain.parse("MAIL.FINANCE.CONTOSO.COM"))
        .hasToString("mail.finance.contoso.com");
    assertThat(SmtpDomain.parse("*.INTERNAL.COM")).hasToString("*.internal.com");
    assertThat(SmartHost.parse("SMTP.IT.CONTOSO.COM")).hasToString("smtp.it.contoso.com");
    assertThat(IpAddress.parse("2001:DB8::ABCD")).hasToString("2001:db8::abcd");
  }

  @Test
  void readsTypesAndKeywordsWithAnI() {
    assertThat(AddressSpace.parse("smtp:INBOX.CONTOSO.COM;1"))
        .hasToString("SMTP:inbox.contoso.com;1");
    assertThat(AddressSpace.parse("notes:Domino;2")).hasToString("NOTES:Domino;2");
    assertThat(EmailAddressTemplate.parse("SMTP:%m@MAIL.CONTOSO.COM"))
        .hasToString("SMTP:%m@mail.contoso.com");
    assertThat(EmailAddressTemplate.parse("smtp:%i%s@contoso.com").isSmtp()).isTrue();
    assertThat(ByteQuantity.parse("UNLIMITED").isUnlimited()).isTrue();
    assertThat(ByteQuantity.parse("unlimited").isUnlimited()).isTrue();
    assertThat(ByteQuantity.parse("10 mb")).hasToString("10MB");
    assertThat(CountLimit.parse("UNLIMITED").isUnlimited()).isTrue();
    assertThat(TimeSpan.parse("1.00:00:00")).hasToString("1.00:00:00");
  }

  @Test
  void turkishLettersAreNotAsciiLetters() {
    // The dotted capital I is a letter of an internationalised name, not an ASCII 'i'.
    assertThat(SmtpDomain.parse("\u0130stanbul.com")).hasToString("xn--istanbul-o0e.com");
    assertThatThrownBy(() -> CountLimit.parse("UNL\u0130M\u0130TED"))
        .hasMessage(
            "not a count limit: \"UNL\u0130M\u0130TED\""
                + " (expected a whole number 0..2147483647 or Unlimited)");
    assertThatThrownBy(() -> AddressSpace.parse("SMTP\u0131:contoso.com"))
        .hasMessage(
            "not an address space: \"SMTP\u0131:contoso.com\""
                + " (character U+0131 not allowed in the address type)");
  }
}
