package io.github.coexist.powershell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.emit.EmissionException;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Connection;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.RemoteDomain;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.recommend.PlanRequest;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.powershell.PsTokenizer.Token;
import io.github.coexist.testplans.Judge;
import io.github.coexist.testplans.ScenarioPlans;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile text in a plan either stops emission with the plan path named, or ends up inert: each
 * rendered line tokenizes back to exactly the statement of the model.
 */
class HostileTextTest {
  static final String HOSTILE =
      "x'; Remove-Item C:\\ -Recurse; '\u2019\u2018\u201A\u201B `$(whoami)\" \u201C\u201D\u201E"
          + " \u2013Identity \u2014Confirm #> <# @{}";

  static CoexistencePlan serverPlan() {
    return ScenarioPlans.recommended(Environment.EXCHANGE_SERVER);
  }

  /** The recommended server plan with hostile names, servers, comment and banner. */
  static CoexistencePlan hostilePlan() {
    PlanRequest request =
        PlanRequest.builder()
            .from(RecommendedPlans.example(Environment.EXCHANGE_SERVER))
            .organization(HOSTILE)
            .transportServers(List.of("EX01'; $x", "EX02\u2019$(whoami)"))
            .build();
    CoexistencePlan base = RecommendedPlans.create(request);
    // Remote domain names have at most 64 characters (New-RemoteDomain).
    String shortHostile = HOSTILE.substring(0, 60);
    CoexistencePlan plan =
        CoexistencePlan.builder()
            .from(base)
            .remoteDomains(
                List.of(
                    RemoteDomain.builder()
                        .from(base.remoteDomains().get(0))
                        .name(shortHostile)
                        .build()))
            .sendConnectors(
                List.of(
                    SendConnector.builder()
                        .from(base.sendConnectors().get(0))
                        .name(HOSTILE)
                        .comment(HOSTILE)
                        .build()))
            .receiveConnectors(
                base.receiveConnectors().stream()
                    .map(
                        r ->
                            ReceiveConnector.builder()
                                .from(r)
                                .name(HOSTILE)
                                .banner("220 " + HOSTILE)
                                .build())
                    .toList())
            .build();
    return plan;
  }

  @Test
  void hostileNamesAndValuesAreInert() {
    ValidatedPlan valid = Judge.validate(hostilePlan());
    for (PowerShellScript script :
        List.of(PowerShellEmitter.standard().emit(valid), RollbackEmitter.standard().emit(valid))) {
      assertLinesMatchModel(script);
      assertThat(script.calls())
          // The rollback finds the object by the Guid its journal entry holds.
          .filteredOn(
              c ->
                  !c.parameter("Identity")
                      .flatMap(Parameter::value)
                      .equals(java.util.Optional.of(PsValue.variable(Statement.GUID))))
          .filteredOn(
              c ->
                  c.name().equals("Remove-ReceiveConnector")
                      || c.name().equals("Set-ReceiveConnector"))
          .allSatisfy(
              c ->
                  assertThat(c.parameter("Identity").orElseThrow().value().orElseThrow())
                      .isIn(
                          PsValue.text("EX01'; $x\\" + HOSTILE),
                          PsValue.text("EX02\u2019$(whoami)\\" + HOSTILE)));
      assertThat(script.text())
          .contains("Get-ReceiveConnector -Server 'EX02\u2019\u2019$(whoami)'");
    }
  }

  @Test
  void organizationWithLineBreaksIsRefusedLikeEveryOtherText() {
    CoexistencePlan plan =
        CoexistencePlan.builder()
            .from(serverPlan())
            .organization("Contoso\r\nRemove-Item C:\\\u2028x")
            .build();
    assertThat(Judge.rulesRefuse(plan, "organization")).isTrue();
    // With the rules bypassed, the emitter refuses it too: nothing is replaced silently.
    assertThatThrownBy(() -> PowerShellEmitter.standard().emit(Judge.unchecked(plan)))
        .isInstanceOf(UnsafeTextException.class)
        .hasMessageStartingWith("organization: control character U+000D at index 7");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"\n", "\r", "\u0000", "\t", "\u0085", "\u2028", "\u2029", "\u200F", "\u202E"})
  void controlCharactersAreRefusedNamingTheField(String bad) {
    CoexistencePlan base = serverPlan();
    CoexistencePlan plan =
        CoexistencePlan.builder()
            .from(base)
            .receiveConnectors(
                List.of(
                    base.receiveConnectors().get(0),
                    ReceiveConnector.builder()
                        .from(base.receiveConnectors().get(1))
                        .banner("220 ok" + bad + "Remove-Item")
                        .build()))
            .build();
    // The rules refuse it, naming the field; with the rules bypassed the emitter refuses it too.
    assertThat(Judge.rulesRefuse(plan, "receiveConnectors[1].banner")).isTrue();
    ValidatedPlan valid = Judge.unchecked(plan);
    assertThatThrownBy(() -> PowerShellEmitter.standard().emit(valid))
        .isInstanceOf(EmissionException.class)
        .hasMessageStartingWith("receiveConnectors[1].banner: ")
        .hasMessageContaining("at index 6 is not allowed in a PowerShell script")
        .satisfies(
            e ->
                assertThat(((EmissionException) e).path())
                    .contains(PlanPath.parse("receiveConnectors[1].banner")));
  }

  @Test
  void refusalNamesListElementsAndConnectionFields() {
    CoexistencePlan base = serverPlan();
    CoexistencePlan names =
        CoexistencePlan.builder()
            .from(base)
            .sendConnectors(
                List.of(
                    SendConnector.builder()
                        .from(base.sendConnectors().get(0))
                        .sourceTransportServers(List.of("EX01", "EX\n02"))
                        .build()))
            .build();
    assertThatThrownBy(() -> PowerShellEmitter.standard().emit(Judge.unchecked(names)))
        .hasMessageStartingWith(
            "sendConnectors[0].sourceTransportServers[1]: control character U+000A");
    CoexistencePlan online =
        CoexistencePlan.builder()
            .from(ScenarioPlans.recommended(Environment.EXCHANGE_ONLINE))
            .connection(Connection.builder().userPrincipalName("admin@contoso.com\u0000").build())
            .build();
    assertThatThrownBy(() -> RollbackEmitter.standard().emit(Judge.unchecked(online)))
        .hasMessageStartingWith("connection.userPrincipalName: control character U+0000");
  }

  /**
   * Renders each statement line, tokenizes it and rebuilds the call: name, parameters and decoded
   * values must equal the model's, so no text escaped its literal.
   */
  static void assertLinesMatchModel(PowerShellScript script) {
    assertLinesMatchModel(script, script.text());
  }

  /** {@link #assertLinesMatchModel(PowerShellScript)} for {@code rendered}, the script's text. */
  static void assertLinesMatchModel(PowerShellScript script, String rendered) {
    List<CmdletCall> invoked = new ArrayList<>();
    for (Statement s : script.allStatements()) {
      if (s instanceof Statement.Invoke invoke) {
        invoked.add(oneElementListsAsText(invoke.call()));
      } else if (s instanceof Statement.RemoveCreated remove) {
        invoked.add(remove.remove());
      }
    }
    List<CmdletCall> parsed = new ArrayList<>();
    for (String line : StatementModelTest.withoutFunctions(rendered)) {
      // The Guid of a found object, ([string]$x[0].Guid), reads back as a GuidOf.
      String plain =
          line.strip()
              .replaceAll("\\(\\[string\\]\\$([A-Za-z0-9]+)\\[0\\]\\.Guid\\)", "\\$GUIDOF$1");
      List<Token> tokens = PsTokenizer.tokenize(plain);
      if (!tokens.isEmpty()
          && tokens.get(0).type() == PsTokenizer.Type.WORD
          && tokens.get(0).text().matches("[A-Z][a-z]+-[A-Za-z]+")
          && !plain.startsWith("Start-Sleep")
          && !plain.startsWith("Write-Host")
          && !plain.contains(" @restore ")) {
        parsed.add(rebuild(tokens));
      }
    }
    assertThat(parsed).isEqualTo(invoked);
  }

  /** A one-element list is written like a single literal (Exchange takes either for a list). */
  private static CmdletCall oneElementListsAsText(CmdletCall call) {
    List<Parameter> parameters = new ArrayList<>();
    for (Parameter p : call.parameters()) {
      if (p.value().orElse(null) instanceof PsValue.ListValue list && list.elements().size() == 1) {
        parameters.add(Parameter.of(p.name(), list.elements().get(0)));
      } else {
        parameters.add(p);
      }
    }
    return CmdletCall.of(call.name(), parameters);
  }

  private static CmdletCall rebuild(List<Token> tokens) {
    List<Parameter> parameters = new ArrayList<>();
    int i = 1;
    while (i < tokens.size()) {
      Token name = tokens.get(i++);
      assertThat(name.type()).as("a parameter, not %s", name).isEqualTo(PsTokenizer.Type.PARAMETER);
      if (i >= tokens.size() || tokens.get(i).type() == PsTokenizer.Type.PARAMETER) {
        parameters.add(Parameter.flag(name.text()));
        continue;
      }
      List<Token> value = new ArrayList<>();
      value.add(tokens.get(i++));
      while (i + 1 < tokens.size() && tokens.get(i).type() == PsTokenizer.Type.COMMA) {
        value.add(tokens.get(i + 1));
        i += 2;
      }
      PsValue v = value(value);
      parameters.add(
          name.colon() ? Parameter.switchValue(name.text(), v) : Parameter.of(name.text(), v));
    }
    return CmdletCall.of(tokens.get(0).text(), parameters);
  }

  private static PsValue value(List<Token> tokens) {
    if (tokens.size() > 1) {
      List<PsValue.Text> texts = new ArrayList<>();
      for (Token t : tokens) {
        assertThat(t.type()).isEqualTo(PsTokenizer.Type.QUOTED);
        texts.add(PsValue.text(t.text()));
      }
      return PsValue.list(texts);
    }
    Token t = tokens.get(0);
    switch (t.type()) {
      case QUOTED -> {
        return PsValue.text(t.text());
      }
      case VARIABLE -> {
        switch (t.text()) {
          case "true" -> {
            return PsValue.bool(true);
          }
          case "false" -> {
            return PsValue.bool(false);
          }
          case "null" -> {
            return PsValue.nullValue();
          }
          default -> {
            if (t.text().startsWith("GUIDOF")) {
              return new PsValue.GuidOf(t.text().substring("GUIDOF".length()));
            }
            return PsValue.variable(t.text());
          }
        }
      }
      case WORD -> {
        return t.text().matches("[0-9]+")
            ? PsValue.number(Long.parseLong(t.text()))
            : PsValue.word(t.text());
      }
      default -> throw new AssertionError("unexpected " + t);
    }
  }
}
