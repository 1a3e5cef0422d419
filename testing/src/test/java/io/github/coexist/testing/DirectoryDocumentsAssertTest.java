package io.github.coexist.testing;

import static io.github.coexist.testing.CoexistAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.Environment;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.domino.DirectoryDocuments;
import io.github.coexist.domino.DocumentKind;
import io.github.coexist.domino.DominoDirectoryEmitter;
import io.github.coexist.testplans.Judge;
import io.github.coexist.testplans.ScenarioPlans;
import org.junit.jupiter.api.Test;

class DirectoryDocumentsAssertTest {
  private final DirectoryDocuments documents =
      DominoDirectoryEmitter.standard()
          .emit(
              PlanValidator.standard()
                  .validate(
                      ScenarioPlans.recommended(Environment.EXCHANGE_SERVER),
                      ValidationContext.on(Judge.DAY))
                  .requireValid());

  @Test
  void passesOnTheRecommendedPlansDocuments() {
    assertThat(documents)
        .hasMailbox("btexchange.box")
        .hasDocuments(DocumentKind.FOREIGN_DOMAIN, 2)
        .hasDocuments(DocumentKind.SMTP_CONNECTION, 2);
    assertThat(documents)
        .hasDocument(DocumentKind.FOREIGN_DOMAIN, "Exchange via COEX02/ACME")
        .withItem("MailServer", "CN=COEX02/O=ACME")
        .withItem("Form", "Domain")
        .withField("Calendar system", "btexchange.box")
        .isWritable();
    assertThat(documents)
        .hasDocument(DocumentKind.SMTP_CONNECTION, "COEX01/ACME to ExchangeDirect")
        .withField("SMTP MTA relay host", "ex01")
        .isManualOnly();
    assertThat(documents)
        .hasDocument(DocumentKind.GLOBAL_DOMAIN, "ACME Global Domain")
        .withItem("LocalInternetDomainAliases", "domino.contoso.com");
  }

  @Test
  void aMissingDocumentListsTheDocuments() {
    assertThatThrownBy(() -> assertThat(documents).hasDocument(DocumentKind.FOREIGN_DOMAIN, "X"))
        .hasMessageStartingWith(
            "Expected a Foreign Domain document named <X>, but the documents are:")
        .hasMessageContaining("  Foreign Domain Exchange via COEX01/ACME\n");
    assertThatThrownBy(() -> assertThat(documents).hasDocuments(DocumentKind.GLOBAL_DOMAIN, 2))
        .hasMessageStartingWith("Expected 2 Global Domain document(s), but found 1:");
    assertThatThrownBy(() -> assertThat(documents).hasMailbox("mail.box"))
        .hasMessage("Expected the mailbox <mail.box>, but it is <btexchange.box>");
  }

  @Test
  void aWrongFieldOrItemIsNamed() {
    assertThatThrownBy(
            () ->
                assertThat(documents)
                    .hasDocument(DocumentKind.FOREIGN_DOMAIN, "Exchange via COEX01/ACME")
                    .withItem("MailFile", "mail.box"))
        .hasMessage(
            "Expected Exchange via COEX01/ACME's item <MailFile> to be [mail.box], but it is"
                + " [btexchange.box]");
    assertThatThrownBy(
            () ->
                assertThat(documents)
                    .hasDocument(DocumentKind.FOREIGN_SMTP_DOMAIN, "exch.contoso.com")
                    .withItem("DomainName", "exch.contoso.com"))
        .hasMessage("Expected exch.contoso.com to write the item <DomainName>, but it writes []");
    assertThatThrownBy(
            () ->
                assertThat(documents)
                    .hasDocument(DocumentKind.FOREIGN_SMTP_DOMAIN, "exch.contoso.com")
                    .withField("Relay", "x"))
        .hasMessageStartingWith("Expected exch.contoso.com to have the field <Relay>");
    assertThatThrownBy(
            () ->
                assertThat(documents)
                    .hasDocument(DocumentKind.GLOBAL_DOMAIN, "ACME Global Domain")
                    .withField("Global domain name", "Other"))
        .hasMessage(
            "Expected ACME Global Domain's field <Global domain name> to be <Other>, but it is"
                + " <ACME Global Domain>");
    assertThatThrownBy(
            () ->
                assertThat(documents)
                    .hasDocument(DocumentKind.GLOBAL_DOMAIN, "ACME Global Domain")
                    .isManualOnly())
        .hasMessage("Expected ACME Global Domain to be manual only, but it is writable");
    assertThatThrownBy(
            () ->
                assertThat(documents)
                    .hasDocument(DocumentKind.CONFIGURATION_SETTINGS, "for the coexistence servers")
                    .isWritable())
        .hasMessage(
            "Expected for the coexistence servers to be writable, but only the runbook describes"
                + " it");
  }
}
