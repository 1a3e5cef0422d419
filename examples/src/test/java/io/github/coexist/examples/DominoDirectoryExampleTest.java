package io.github.coexist.examples;

import static io.github.coexist.testing.CoexistAssertions.assertThat;

import io.github.coexist.domino.DocumentKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DominoDirectoryExampleTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

  @Test
  void listsWhatTheJsonHoldsAndWhatStaysByHand() {
    org.assertj.core.api.Assertions.assertThat(DominoDirectoryExample.run(DAY))
        .isEqualTo(
            """
            mailbox btexchange.box from Mail Router Mailbox
            json    Foreign Domain: Exchange via BTCAL01/TAILSPIN
                    confirm Domain type = Foreign Domain
            by hand Foreign SMTP Domain: exchange.tailspintoys.com
            by hand SMTP Connection: BTCAL01/TAILSPIN to ExchangeDirect
            json    Global Domain: TAILSPIN Global Domain
            by hand Configuration Settings: for the coexistence servers
            One-Touch Setup JSON: 39 lines
            """);
  }

  @Test
  void theTestingKitChecksTheDocuments() {
    assertThat(DominoDirectoryExample.documents(DAY))
        .hasMailbox("btexchange.box")
        .hasDocument(DocumentKind.FOREIGN_DOMAIN, "Exchange via BTCAL01/TAILSPIN")
        .withItem("MailServer", "CN=BTCAL01/O=TAILSPIN")
        .withItem("CalendarSystem", "btexchange.box")
        .isWritable();
    assertThat(DominoDirectoryExample.documents(DAY))
        .hasDocument(DocumentKind.SMTP_CONNECTION, "BTCAL01/TAILSPIN to ExchangeDirect")
        .withField("SMTP MTA relay host", "mbx01")
        .withField("Source domain", "TAILSPIN")
        .isManualOnly();
  }
}
