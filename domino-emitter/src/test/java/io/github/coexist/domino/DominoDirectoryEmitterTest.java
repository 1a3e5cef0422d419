package io.github.coexist.domino;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.emit.EmissionException;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.DominoDirectory;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.GlobalDomain;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.testplans.Judge;
import io.github.coexist.testplans.ScenarioPlans;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DominoDirectoryEmitterTest {
  private static DirectoryDocuments emit(Environment environment) {
    return DominoDirectoryEmitter.standard()
        .emit(Judge.validate(ScenarioPlans.recommended(environment)));
  }

  @Test
  void oneForeignDomainDocumentPerServerWithTheMailboxAsGatewayFileAndCalendarSystem() {
    List<DirectoryDocument> foreign =
        emit(Environment.EXCHANGE_SERVER).ofKind(DocumentKind.FOREIGN_DOMAIN);

    assertThat(foreign)
        .extracting(DirectoryDocument::name)
        .containsExactly("Exchange via COEX01/ACME", "Exchange via COEX02/ACME");
    DirectoryDocument first = foreign.get(0);
    assertThat(item(first, "DomainName")).isEqualTo("Exchange");
    assertThat(item(first, "MailServer")).isEqualTo("CN=COEX01/O=ACME");
    assertThat(item(first, "CalendarServer")).isEqualTo("CN=COEX01/O=ACME");
    assertThat(item(first, "MailFile")).isEqualTo("btexchange.box");
    assertThat(item(first, "CalendarSystem")).isEqualTo("btexchange.box");
    assertThat(first.manualFields())
        .extracting(DirectoryField::label)
        .containsExactly("Domain type");
    assertThat(first.writable()).isTrue();
  }

  @Test
  void alternateForeignDomainsHaveTheirOwnDocuments() {
    CoexistencePlan plan =
        ScenarioPlans.withDomino(d -> d.altForeignDomains(List.of("Exchange-1")));
    DirectoryDocuments docs = DominoDirectoryEmitter.standard().emit(Judge.validate(plan));

    assertThat(docs.ofKind(DocumentKind.FOREIGN_DOMAIN))
        .extracting(DirectoryDocument::name)
        .containsExactly(
            "Exchange via COEX01/ACME",
            "Exchange via COEX02/ACME",
            "Exchange-1 via COEX01/ACME",
            "Exchange-1 via COEX02/ACME");
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void documentsWithUnpublishedItemsAreLeftToTheRunbook(Environment environment) {
    DirectoryDocuments docs = emit(environment);

    assertThat(docs.writable())
        .extracting(DirectoryDocument::kind)
        .containsOnly(DocumentKind.FOREIGN_DOMAIN, DocumentKind.GLOBAL_DOMAIN);
    assertThat(docs.manualOnly())
        .extracting(DirectoryDocument::kind)
        .containsExactly(
            DocumentKind.FOREIGN_SMTP_DOMAIN,
            DocumentKind.SMTP_CONNECTION,
            DocumentKind.SMTP_CONNECTION,
            DocumentKind.CONFIGURATION_SETTINGS);
    assertThat(docs.manualOnly())
        .allSatisfy(d -> assertThat(d.fields()).allMatch(DirectoryField::manual));
    assertThat(docs.mailbox().fileName()).isEqualTo("btexchange.box");
    assertThat(docs.mailbox().template()).isEqualTo("Mail Router Mailbox");
    assertThat(docs.mailbox().servers()).containsExactly("COEX01/ACME", "COEX02/ACME");
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void everyItemWrittenIsOneHclPublished(Environment environment) throws IOException {
    Set<String> verified = verifiedItems();
    for (DirectoryDocument d : emit(environment).documents()) {
      d.formItems().forEach(i -> assertThat(verified).as(d.name()).contains(i.name()));
      d.fields().stream()
          .flatMap(f -> f.item().stream())
          .forEach(i -> assertThat(verified).as(d.name() + " " + i.name()).contains(i.name()));
    }
  }

  @Test
  void theRelayHostAndRoutingDomainsComeFromThePlan() {
    DirectoryDocuments online = emit(Environment.EXCHANGE_ONLINE);
    DirectoryDocuments server = emit(Environment.EXCHANGE_SERVER);

    assertThat(field(online.ofKind(DocumentKind.SMTP_CONNECTION).get(0), "SMTP MTA relay host"))
        .isEqualTo("exch-contoso-com.mail.protection.outlook.com");
    assertThat(field(server.ofKind(DocumentKind.SMTP_CONNECTION).get(1), "SMTP MTA relay host"))
        .isEqualTo("ex01");
    assertThat(field(server.ofKind(DocumentKind.SMTP_CONNECTION).get(1), "Source server"))
        .isEqualTo("COEX02/ACME");
    DirectoryDocument smtp = server.ofKind(DocumentKind.FOREIGN_SMTP_DOMAIN).get(0);
    assertThat(field(smtp, "Messages addressed to: Internet Domain")).isEqualTo("exch.contoso.com");
    assertThat(field(smtp, "Should be routed to: Domain name")).isEqualTo("ExchangeDirect");
    DirectoryDocument global = server.ofKind(DocumentKind.GLOBAL_DOMAIN).get(0);
    assertThat(item(global, "LocalInternetDomainAliases")).isEqualTo("domino.contoso.com");
    assertThat(item(global, "NotesDomainList")).isEqualTo("ACME");
    assertThat(global.checks()).containsExactly("tell router update config");
  }

  @Test
  void aPlanWithoutDirectoryFactsStillListsTheDocumentsWithPlaceholders() {
    CoexistencePlan plan = ScenarioPlans.withDomino(d -> d.directory(java.util.Optional.empty()));
    DirectoryDocuments docs = DominoDirectoryEmitter.standard().emit(Judge.unchecked(plan));

    assertThat(docs.ofKind(DocumentKind.GLOBAL_DOMAIN)).isEmpty();
    assertThat(field(docs.ofKind(DocumentKind.SMTP_CONNECTION).get(0), "SMTP MTA relay host"))
        .isEqualTo("(the relay host to Exchange)");
  }

  @Test
  void hostileButPrintableNamesAreInertInTheJson() {
    String hostile = "G\"'<x>&]]>\\ \u201Cq\u201D \u05D0";
    CoexistencePlan plan =
        ScenarioPlans.withDomino(
            d ->
                d.directory(
                    DominoDirectory.builder()
                        .from(ScenarioPlans.directory())
                        .globalDomain(
                            GlobalDomain.builder()
                                .name(hostile)
                                .primaryInternetDomain(SmtpDomain.parse("contoso.com"))
                                .addInternetDomainAliases(SmtpDomain.parse("domino.contoso.com"))
                                .build())
                        .build()));
    String json =
        OneTouchSetupJson.render(DominoDirectoryEmitter.standard().emit(Judge.validate(plan)));

    assertThat(json)
        .contains(
            "\"DomainName\": \"G\\\"\\u0027\\u003cx\\u003e\\u0026]]\\u003e\\\\ \\u201cq\\u201d \\u05d0\"")
        .doesNotContain("<")
        .doesNotContain("&");
    assertThat(json.chars()).allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7F));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Exchange\nX", "Exchange\u0000", "Exchange\u200F", "Exchange\r"})
  void controlAndInvisibleCharactersAreRefusedNamingThePlanPath(String name) {
    CoexistencePlan plan = ScenarioPlans.withDomino(d -> d.foreignDomain(name));

    assertThatThrownBy(() -> DominoDirectoryEmitter.standard().emit(Judge.unchecked(plan)))
        .isInstanceOf(UnsafeDirectoryValueException.class)
        .hasMessageStartingWith("domino.foreignDomain: U+")
        .hasMessageContaining("cannot be part of a Domino Directory document");
  }

  @Test
  void aHostileGlobalDomainNameIsRefusedWhenTheRulesAreOff() {
    CoexistencePlan plan =
        ScenarioPlans.withDomino(
            d ->
                d.directory(
                    DominoDirectory.builder()
                        .from(ScenarioPlans.directory())
                        .globalDomain(
                            GlobalDomain.builder()
                                .from(ScenarioPlans.directory().globalDomain().orElseThrow())
                                .name("Global\nDomain")
                                .build())
                        .build()));

    assertThatThrownBy(() -> DominoDirectoryEmitter.standard().emit(Judge.unchecked(plan)))
        .isInstanceOf(UnsafeDirectoryValueException.class)
        .hasMessageStartingWith("domino.directory.globalDomain.name: U+000A")
        .satisfies(
            e ->
                assertThat(((EmissionException) e).path())
                    .contains(PlanPath.parse("domino.directory.globalDomain.name")));
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void theDocumentsWriteThemselvesAsOneTouchSetupJson(Environment environment) throws IOException {
    DirectoryDocuments documents =
        DominoDirectoryEmitter.builder()
            .build()
            .emit(Judge.validate(ScenarioPlans.recommended(environment)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    documents.writeTo(bytes);

    assertThat(documents.text())
        .isEqualTo(OneTouchSetupJson.render(documents))
        .isEqualTo(documents.toString())
        .startsWith("{\n  \"appConfiguration\"");
    assertThat(bytes.toByteArray())
        .isEqualTo(OneTouchSetupJson.render(documents).getBytes(StandardCharsets.UTF_8));
    assertThat(DominoDirectoryEmitter.builder().build())
        .isSameAs(DominoDirectoryEmitter.standard());
  }

  private static String item(DirectoryDocument document, String name) {
    return document.fields().stream()
        .flatMap(f -> f.item().stream())
        .filter(i -> i.name().equals(name))
        .map(i -> String.join(",", i.values()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(document.name() + " has no item " + name));
  }

  private static String field(DirectoryDocument document, String label) {
    return document.fields().stream()
        .filter(f -> f.label().equals(label))
        .map(DirectoryField::value)
        .findFirst()
        .orElseThrow(() -> new AssertionError(document.name() + " has no field " + label));
  }

  private static Set<String> verifiedItems() throws IOException {
    try (InputStream in =
        DominoDirectoryEmitterTest.class.getResourceAsStream("/verified-items.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", 2)[0])
          .collect(Collectors.toSet());
    }
  }
}
