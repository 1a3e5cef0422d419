package io.github.coexist.powershell;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.emit.Emitter;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.Platform;
import io.github.coexist.livestate.SnapshotFormat;
import io.github.coexist.testplans.Judge;
import io.github.coexist.testplans.ScenarioPlans;
import io.github.coexist.testsupport.CmdletReference;
import io.github.coexist.testsupport.Golden;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The snapshot scripts against golden files, and the properties that make them safe to run in a
 * production organisation: read-only, every Exchange cmdlet in the reference and stopped on error,
 * one try per kind.
 */
class SnapshotScriptEmitterTest {
  /** Verbs of cmdlets that change something; none may appear in a read-only script. */
  private static final Pattern CHANGING =
      Pattern.compile(
          "\\b(Set|New|Remove|Add|Enable|Disable|Update|Clear|Install|Uninstall|Start|Stop|Restart"
              + "|Suspend|Resume|Invoke|Import|Export|Rename|Move|Copy|Out|Register|Unregister"
              + "|Grant|Revoke|Reset|Test|Connect|Disconnect|Send|Publish)-[A-Za-z]",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern COMMAND = Pattern.compile("\\b([A-Z][A-Za-z]+-[A-Z][A-Za-z]+)\\b");

  private static String text(Environment environment) {
    return SnapshotScriptEmitter.standard()
        .emit(environment)
        .render(RenderOptions.builder().lineEnding(RenderOptions.LineEnding.LF).build());
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void matchesGoldenFile(Environment environment) {
    String name = SnapshotScriptEmitter.fileName(environment);
    byte[] actual =
        SnapshotScriptEmitter.standard().emit(environment).encode(RenderOptions.defaults());
    assertThat(actual).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    Golden.assertResource("golden/" + name, actual);
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void asAnEmitterOfAPlanItIsTheScriptOfThePlansEnvironment(Environment environment)
      throws java.io.IOException {
    Emitter<SnapshotScript> emitter = SnapshotScriptEmitter.builder().build();
    SnapshotScript ofPlan = emitter.emit(Judge.validate(ScenarioPlans.recommended(environment)));
    SnapshotScript ofEnvironment = SnapshotScriptEmitter.standard().emit(environment);

    assertThat(ofPlan.environment()).isEqualTo(environment);
    assertThat(ofPlan.bytes())
        .isEqualTo(ofEnvironment.bytes())
        .isEqualTo(ofEnvironment.encode(RenderOptions.defaults()));
    RenderOptions lf = RenderOptions.builder().lineEnding(RenderOptions.LineEnding.LF).build();
    StringBuilder text = new StringBuilder();
    ofPlan.writeTo(text, lf);
    assertThat(text.toString()).isEqualTo(ofPlan.render(lf)).doesNotContain("\r");
    assertThat(ofPlan.text()).isEqualTo(ofPlan.render(RenderOptions.defaults()));
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void isReadOnly(Environment environment) {
    Matcher changing = CHANGING.matcher(text(environment));
    List<String> found = new ArrayList<>();
    while (changing.find()) {
      found.add(changing.group());
    }
    assertThat(found).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void listsEveryKindOfTheEnvironmentWithACmdletOfTheReference(Environment environment) {
    String text = text(environment);
    Platform platform =
        environment == Environment.EXCHANGE_ONLINE
            ? Platform.EXCHANGE_ONLINE
            : Platform.EXCHANGE_SE;
    List<ObjectKind> expected =
        environment == Environment.EXCHANGE_ONLINE
            ? List.of(
                ObjectKind.REMOTE_DOMAIN,
                ObjectKind.ACCEPTED_DOMAIN,
                ObjectKind.EMAIL_ADDRESS_POLICY,
                ObjectKind.INBOUND_CONNECTOR,
                ObjectKind.OUTBOUND_CONNECTOR)
            : List.of(
                ObjectKind.REMOTE_DOMAIN,
                ObjectKind.ACCEPTED_DOMAIN,
                ObjectKind.EMAIL_ADDRESS_POLICY,
                ObjectKind.SEND_CONNECTOR,
                ObjectKind.RECEIVE_CONNECTOR);

    assertThat(SnapshotScriptEmitter.kinds(environment)).containsExactlyElementsOf(expected);
    for (ObjectKind kind : expected) {
      String cmdlet = "Get-" + kind.noun();
      assertThat(text).contains("@('" + kind.planKey() + "', '" + cmdlet + "')");
      assertThat(CmdletReference.get().cmdlet(cmdlet)).as(cmdlet).isPresent();
      assertThat(
              CmdletReference.platforms(
                  CmdletReference.get().cmdlet(cmdlet).orElseThrow(), Platform.class))
          .as(cmdlet + " exists in " + environment)
          .contains(platform);
    }
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void everyCallStopsOnErrorInsideItsKindsTry(Environment environment) {
    String text = text(environment);
    // The kinds' cmdlets run through one call, inside the loop's try; Get-Command finds them.
    assertThat(text).contains("& $command -ErrorAction Stop");
    assertThat(text).contains("Get-Command -Name $entry[1] -ErrorAction Stop");
    int tryAt = text.indexOf("    try {\n        $command");
    int callAt = text.indexOf("& $command");
    int catchAt = text.indexOf("} catch {", callAt);
    assertThat(tryAt).isPositive().isLessThan(callAt);
    assertThat(catchAt).isGreaterThan(callAt);
    assertThat(text.substring(catchAt)).contains("$kinds[$key] = [ordered]@{ error = $message }");
    // Only these commands are called: reading cmdlets, JSON and console output.
    Matcher command = COMMAND.matcher(text.replaceAll("(?m)^\\s*#.*$", ""));
    List<String> commands = new ArrayList<>();
    while (command.find()) {
      commands.add(command.group(1));
    }
    List<String> allowed =
        new ArrayList<>(
            List.of(
                "Get-Command",
                "ConvertTo-CoexistRecord",
                "ConvertTo-Json",
                "Write-Host",
                "Write-Warning"));
    SnapshotScriptEmitter.kinds(environment).forEach(kind -> allowed.add("Get-" + kind.noun()));
    assertThat(commands).containsAll(allowed).isSubsetOf(allowed);
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void writesTheFormatTheReaderReads(Environment environment) {
    String text = text(environment);

    assertThat(text)
        .contains("format = '" + SnapshotFormat.FORMAT + "'")
        .contains("formatVersion = " + SnapshotFormat.VERSION)
        .contains("environment = '" + environment.key() + "'")
        .contains("kinds = $kinds")
        .contains("ConvertTo-Json -InputObject $document -Depth 10")
        .contains("[System.Text.UTF8Encoding]::new($false)");
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void honoursLineEndingAndByteOrderMark(Environment environment) {
    SnapshotScript script = SnapshotScriptEmitter.standard().emit(environment);
    RenderOptions unix =
        RenderOptions.builder()
            .lineEnding(RenderOptions.LineEnding.LF)
            .byteOrderMark(false)
            .build();

    byte[] bytes = script.encode(unix);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(bytes[0]).isEqualTo((byte) '#');
    assertThat(text).doesNotContain("\r").contains("\n");
    assertThat(script.fileText(RenderOptions.defaults()))
        .startsWith("\uFEFF#Requires -Version 5.1\r\n");
    assertThat(script.lines()).allSatisfy(line -> assertThat(line).doesNotContain("{{"));
  }
}
