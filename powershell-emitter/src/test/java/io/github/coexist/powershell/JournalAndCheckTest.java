package io.github.coexist.powershell;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.InboundConnector;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.core.value.ByteQuantity;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.powershell.PsTokenizer.Token;
import io.github.coexist.testplans.Judge;
import io.github.coexist.testplans.PlanGenerator;
import io.github.coexist.testplans.ScenarioPlans;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 17, points 4 and 5, proved on the statement model and on the constant functions (there is
 * no PowerShell on the build machine): what the journal records, what the rollback undoes, what the
 * final check compares, and that the functions are inert constant text that Windows PowerShell 5.1
 * and PowerShell 7 read alike.
 */
class JournalAndCheckTest {
  static Stream<Arguments> plans() {
    return PlanGenerator.validPlans(15).entrySet().stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  private static List<StatementModelTest.Placed> placed(PowerShellScript script) {
    return StatementModelTest.placed(script);
  }

  private static boolean journals(CmdletCall call) {
    return call.name().equals(ScriptFunction.ADD_JOURNAL_ENTRY.command());
  }

  /**
   * Every New- is followed, in the same guarded branch, by a Created journal entry of the same
   * path; every Set- of an existing object is preceded by an entry recording the previous values of
   * exactly the properties it sets (those named like their parameter), and both only under
   * ShouldProcess, so -WhatIf writes no journal.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void theJournalRecordsEveryCreationAndEveryPreviousValue(String name, ValidatedPlan plan) {
    PowerShellScript script = PowerShellEmitter.standard().emit(plan);
    List<StatementModelTest.Placed> all = placed(script);
    int news = 0;
    for (int i = 0; i < all.size(); i++) {
      if (!(all.get(i).statement() instanceof Statement.Invoke invoke)) {
        continue;
      }
      CmdletCall call = invoke.call();
      String path = invoke.trace().source();
      if (journals(call)) {
        assertThat(all.get(i).conditions())
            .as("the journal is written only when the change goes ahead")
            .anyMatch(c -> c instanceof Condition.ShouldProcess);
        assertThat(call.parameter("Path")).contains(Parameter.of("Path", PsValue.text(path)));
      }
      if (call.verb().equals("New")) {
        news++;
        boolean journalled = false;
        for (int j = i + 1; j < all.size() && !journalled; j++) {
          if (all.get(j).statement() instanceof Statement.Invoke next
              && journals(next.call())
              && next.trace().source().equals(path)) {
            assertThat(next.call().parameterNames()).contains("Created").doesNotContain("Previous");
            journalled = true;
          }
        }
        assertThat(journalled).as("%s journalled after %s", path, call.name()).isTrue();
      }
      boolean existing =
          all.get(i).conditions().stream().anyMatch(c -> c instanceof Condition.Present);
      if (call.verb().equals("Set") && existing) {
        Statement.Invoke before = (Statement.Invoke) all.get(i - 1).statement();
        assertThat(journals(before.call()))
            .as("journal before %s of %s", call.name(), path)
            .isTrue();
        List<String> previous = new ArrayList<>();
        ((PsValue.ListValue)
                before.call().parameter("Previous").orElseThrow().value().orElseThrow())
            .elements()
            .forEach(t -> previous.add(t.value()));
        List<String> set = new ArrayList<>(call.parameterNames());
        set.removeAll(List.of("Identity", "ErrorAction", "Confirm", "MakeDefault"));
        set.removeIf(p -> isSwitch(call.noun(), p));
        assertThat(previous).as(path).containsExactlyElementsOf(set);
      }
    }
    assertThat(news).isPositive();
  }

  private static boolean isSwitch(String noun, String parameter) {
    for (ObjectKind kind : ObjectKind.values()) {
      if (kind.noun().equals(noun)) {
        for (Attribute a : kind.attributes()) {
          if (a.parameter().equals(parameter)) {
            return a.switchParameter();
          }
        }
      }
    }
    return false;
  }

  /**
   * The rollback sets back exactly what the configuration script journals as previous values, and
   * removes (by Guid) every kind the configuration script creates, except what it keeps.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void theRollbackUndoesWhatTheJournalRecords(String name, ValidatedPlan plan) {
    java.util.Map<String, List<String>> journalled = new java.util.HashMap<>();
    for (CmdletCall call : PowerShellEmitter.standard().emit(plan).calls()) {
      if (journals(call) && call.parameter("Previous").isPresent()) {
        String path = ((PsValue.Text) call.parameter("Path").get().value().get()).value();
        List<String> properties = new ArrayList<>();
        ((PsValue.ListValue) call.parameter("Previous").get().value().get())
            .elements()
            .forEach(t -> properties.add(t.value()));
        journalled.put(path, properties);
      }
    }
    PowerShellScript rollback = RollbackEmitter.standard().emit(plan);
    assertThat(rollback.parameters())
        .contains(
            new ScriptParameter(
                "string",
                "JournalPath",
                "The journal the configuration script wrote: only what it records is undone.",
                true));
    for (Statement s : rollback.allStatements()) {
      if (s instanceof Statement.RestoreChanged restore) {
        assertThat(restore.properties())
            .as(restore.trace().source())
            .containsExactlyElementsOf(journalled.get(restore.trace().source()));
        assertThat(restore.set().parameter("Identity"))
            .contains(Parameter.of("Identity", PsValue.variable("guid")));
      }
    }
    assertThat(rollback.calls())
        .filteredOn(c -> c.verb().equals("Remove"))
        .allSatisfy(
            c ->
                assertThat(c.parameter("Identity"))
                    .contains(Parameter.of("Identity", PsValue.variable("guid"))));
  }

  /**
   * After every object block, each object is read again and each attribute Set- takes is compared
   * in its form; the run throws at the end when anything differs.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void theScriptChecksEveryObjectAfterTheLastChange(String name, ValidatedPlan plan) {
    PowerShellScript script = PowerShellEmitter.standard().emit(plan);
    List<Statement.Block> blocks = new ArrayList<>();
    for (Statement s : script.allStatements()) {
      if (s instanceof Statement.Block block) {
        blocks.add(block);
      }
    }
    int objects = 0;
    for (ObjectKind kind : ObjectKind.values()) {
      objects += plan.plan().objects(kind).size();
    }
    assertThat(blocks).hasSize(2 * objects);
    for (int i = 0; i < blocks.size(); i++) {
      assertThat(blocks.get(i).trace().step() == GuideStep.CHECK_RESULT)
          .as("changes first, then the checks")
          .isEqualTo(i >= objects);
    }
    for (int i = 0; i < objects; i++) {
      Statement.Block change = blocks.get(i);
      Statement.Block check = blocks.get(objects + i);
      assertThat(check.trace().source()).isEqualTo(change.trace().source());
      List<String> compared = new ArrayList<>();
      for (Statement s : check.body()) {
        if (s instanceof Statement.Invoke invoke
            && invoke.call().name().equals(ScriptFunction.COMPARE_VALUE.command())) {
          compared.add(
              ((PsValue.Text) invoke.call().parameter("Property").get().value().get()).value());
        }
      }
      assertThat(check.body().get(check.body().size() - 1))
          .isInstanceOfSatisfying(
              Statement.Invoke.class,
              last ->
                  assertThat(last.call().name()).isEqualTo(ScriptFunction.WRITE_CHECK.command()));
      // The same comparisons decide, before the change, whether the object differs.
      List<String> before = new ArrayList<>();
      collectCompared(change.body(), before);
      if (!before.isEmpty()) {
        assertThat(before).isEqualTo(compared);
      }
    }
    List<String> lines = new ArrayList<>();
    for (String line : script.text().split("\r\n", -1)) {
      lines.add(line.strip());
    }
    int verdict = lines.indexOf("if ($CoexistOutOfSync) {");
    assertThat(verdict).isPositive();
    assertThat(lines.get(verdict + 1))
        .isEqualTo("throw 'Exchange differs from the plan after this run: see the lines above'");
    assertThat(lines.lastIndexOf("# " + check(blocks).trace().comment()))
        .as("the verdict follows the last check")
        .isLessThan(verdict);
  }

  private static Statement.Block check(List<Statement.Block> blocks) {
    return blocks.get(blocks.size() - 1);
  }

  private static void collectCompared(List<Statement> statements, List<String> into) {
    for (Statement s : statements) {
      if (s instanceof Statement.Invoke invoke
          && invoke.call().name().equals(ScriptFunction.COMPARE_VALUE.command())) {
        into.add(((PsValue.Text) invoke.call().parameter("Property").get().value().get()).value());
      } else if (s instanceof Statement.If branch) {
        collectCompared(branch.then(), into);
        collectCompared(branch.otherwise(), into);
      }
    }
  }

  @Test
  void valuesAreComparedInTheFormExchangePrintsThem() {
    Attribute senderDomains = attribute(ObjectKind.INBOUND_CONNECTOR, "senderDomains");
    Attribute maxMessageSize = attribute(ObjectKind.RECEIVE_CONNECTOR, "maxMessageSize");
    assertThat(Checks.form(senderDomains)).isEqualTo("address"); // smtp:contoso.com;1
    assertThat(Checks.form(attribute(ObjectKind.SEND_CONNECTOR, "addressSpaces")))
        .isEqualTo("address");
    assertThat(Checks.form(attribute(ObjectKind.SEND_CONNECTOR, "smartHosts")))
        .isEqualTo("smarthost"); // [10.1.1.1]
    assertThat(Checks.form(attribute(ObjectKind.RECEIVE_CONNECTOR, "authMechanism")))
        .isEqualTo("flags"); // Tls, ExternalAuthoritative
    assertThat(
            Checks.form(attribute(ObjectKind.EMAIL_ADDRESS_POLICY, "enabledEmailAddressTemplates")))
        .isEqualTo("template"); // SMTP: primary, smtp: secondary
    assertThat(Checks.form(maxMessageSize)).isEqualTo("size"); // 35 MB (36,700,160 bytes)
    assertThat(Checks.form(attribute(ObjectKind.RECEIVE_CONNECTOR, "bindings"))).isEqualTo("text");
    assertThat(Checks.form(attribute(ObjectKind.RECEIVE_CONNECTOR, "requireTls")))
        .isEqualTo("text");
    assertThat(Checks.form(attribute(ObjectKind.RECEIVE_CONNECTOR, "comment"))).isEqualTo("exact");
    // A size is compared as its byte count, which is what Exchange shows in brackets.
    ReceiveConnector receive =
        ReceiveConnector.builder().name("r").maxMessageSize(ByteQuantity.parse("35MB")).build();
    assertThat(Checks.of(receive, io.github.coexist.core.model.Platform.EXCHANGE_2019, "x[0]"))
        .contains(new Checks.Check("MaxMessageSize", "size", PsValue.text("36700160"), true));
    InboundConnector inbound =
        InboundConnector.builder()
            .name("i")
            .addSenderDomains(SmtpDomain.parse("contoso.com"))
            .build();
    assertThat(Checks.of(inbound, io.github.coexist.core.model.Platform.EXCHANGE_ONLINE, "x[0]"))
        .contains(
            new Checks.Check(
                "SenderDomains",
                "address",
                PsValue.list(List.of(PsValue.text("contoso.com"))),
                true));
    // The one property named otherwise: -MakeDefault shows as Default and is not set back.
    var accepted =
        io.github.coexist.core.model.AcceptedDomain.builder().name("a").makeDefault(true).build();
    assertThat(Checks.of(accepted, io.github.coexist.core.model.Platform.EXCHANGE_2019, "x[0]"))
        .containsExactly(new Checks.Check("Default", "text", PsValue.bool(true), false));
  }

  private static Attribute attribute(ObjectKind kind, String key) {
    return kind.attribute(key).orElseThrow();
  }

  @ParameterizedTest
  @EnumSource(ScriptFunction.class)
  void functionsAreInertConstantTextForBothShells(ScriptFunction function) {
    List<String> lines = function.lines();
    assertThat(lines.get(0)).isEqualTo("function " + function.command() + " {");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("}");
    int depth = 0;
    for (String line : lines) {
      assertThat(line).as("ASCII, no tab").matches("[\\x20-\\x7E]*");
      for (Token token : PsTokenizer.tokenize(line)) {
        // No double-quoted string: nothing in a function is expanded.
        assertThat(token.type())
            .as(line)
            .isNotIn(PsTokenizer.Type.DOUBLE_QUOTED, PsTokenizer.Type.COMMENT);
      }
      depth += count(line, '{') - count(line, '}');
      assertThat(depth).as("braces of %s", line).isNotNegative();
    }
    assertThat(depth).as("balanced braces").isZero();
    String text = String.join("\n", lines);
    // Windows PowerShell 5.1 and PowerShell 7: explicit depth, -InputObject (a piped one-entry
    // array would be unrolled), UTF-8 through System.IO.File, lists wrapped in @().
    assertThat(text).doesNotContain("| ConvertTo-Json").doesNotContain("Set-Content");
    assertThat(text).doesNotContain("Invoke-Expression").doesNotContain("iex ");
    if (text.contains("ConvertTo-Json")) {
      assertThat(text).contains("ConvertTo-Json -InputObject").contains("-Depth 8");
    }
    if (text.contains("ConvertFrom-Json")) {
      assertThat(text).contains("@((ConvertFrom-Json -InputObject $text).entries)");
    }
  }

  @Test
  void theScriptsDefineTheFunctionsTheyCall() {
    for (Environment environment : Environment.values()) {
      ValidatedPlan plan = Judge.validate(ScenarioPlans.recommended(environment));
      for (PowerShellScript script :
          List.of(PowerShellEmitter.standard().emit(plan), RollbackEmitter.standard().emit(plan))) {
        Set<String> defined = new java.util.HashSet<>();
        script.functions().forEach(f -> defined.add(f.command()));
        String text = script.text();
        for (ScriptFunction function : ScriptFunction.values()) {
          boolean called =
              StatementModelTest.withoutFunctions(text).stream()
                      .anyMatch(
                          l ->
                              l.contains(function.command() + " ")
                                  || l.endsWith(function.command()))
                  || script.functions().stream()
                      .anyMatch(
                          f ->
                              f != function
                                  && f.lines().stream()
                                      .skip(1)
                                      .anyMatch(l -> l.contains(function.command() + " ")));
          assertThat(defined.contains(function.command()))
              .as("%s defines %s exactly when it calls it", script.kind(), function.command())
              .isEqualTo(called);
        }
      }
    }
  }

  private static int count(String line, char c) {
    // Braces inside single-quoted strings do not count.
    int n = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char x = line.charAt(i);
      if (x == '\'') {
        quoted = !quoted;
      } else if (x == c && !quoted) {
        n++;
      }
    }
    return n;
  }

  @Test
  void hostileNamesReachTheJournalOnlyAsLiterals() {
    var plan = Judge.validate(HostileTextTest.hostilePlan());
    PowerShellScript script = PowerShellEmitter.standard().emit(plan);
    int journalled = 0;
    for (String line : StatementModelTest.withoutFunctions(script.text())) {
      if (!line.strip().startsWith(ScriptFunction.ADD_JOURNAL_ENTRY.command())) {
        continue;
      }
      journalled++;
      List<Token> tokens = PsTokenizer.tokenize(line.strip());
      for (Token token : tokens.subList(1, tokens.size())) {
        assertThat(token.type())
            .as(line)
            .isIn(
                PsTokenizer.Type.PARAMETER,
                PsTokenizer.Type.QUOTED,
                PsTokenizer.Type.VARIABLE,
                PsTokenizer.Type.COMMA);
      }
    }
    assertThat(journalled).isPositive();
  }
}
