package io.github.coexist.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.validation.Diagnostic;
import io.github.coexist.core.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunbookRendererTest {
  private static final String HOSTILE = "x` | *y* <b>\n# [l](u) $(rm)";

  private static Runbook runbook() {
    return new Runbook(
        "Runbook " + HOSTILE,
        Environment.EXCHANGE_SERVER,
        ImmutableList.of(new Runbook.Fact("Organization", HOSTILE)),
        MailFlow.of(
            List.of(new MailFlow.Node("a", "A " + HOSTILE), new MailFlow.Node("b", "B")),
            List.of(new MailFlow.Edge("a", "b", "to \"d\"|"), new MailFlow.Edge("b", "a", ""))),
        ImmutableList.of(
            RunbookStep.of(
                Side.EXCHANGE,
                "First " + HOSTILE,
                List.of("Note " + HOSTILE),
                List.of(new CodeSample("powershell", "Caption", "Get-X -Name 'a```b'")))),
        ImmutableList.of(
            RunbookStep.of(
                Side.DOMINO,
                "Check",
                List.of(),
                List.of(CodeSample.of("text", "show config BT*")))),
        ImmutableList.of(
            Diagnostic.builder()
                .ruleId("COEX-X-001")
                .severity(Severity.WARNING)
                .path("sendConnectors[0]")
                .message("m " + HOSTILE)
                .hint("h|")
                .reference("r")
                .build()),
        ImmutableList.of("note " + HOSTILE),
        ImmutableList.of());
  }

  @Test
  void userTextIsInertEverywhere() {
    String markdown = RunbookRenderer.render(runbook());

    assertThat(markdown)
        .startsWith("# Runbook x\\` \\| \\*y\\* &lt;b&gt;U+000A# \\[l\\](u) \\$(rm)\n")
        .contains("| Organization | x\\` \\| \\*y\\* &lt;b&gt;U+000A# \\[l\\](u) \\$(rm) |\n")
        .contains("    a[\"A x#96; #124; #42;y#42; #60;b#62;#65533;#35; #91;l#93;(u) #36;(rm)\"]\n")
        .contains("    a -->|\"to #34;d#34;#124;\"| b\n    b --> a\n")
        .contains("#### Step 1: First x\\`")
        .contains("Caption\n\n````powershell\nGet-X -Name 'a```b'\n````\n")
        .contains("| WARNING | COEX-X-001 | sendConnectors\\[0\\] | m x\\`")
        .contains("| h\\| |\n")
        .contains("- note x\\`");
    // No line of the document but the code block starts with user text.
    assertThat(markdown.lines()).noneMatch(line -> line.startsWith("# [l]"));
  }

  @Test
  void groupsStepsBySideAndNumbersThem() {
    String markdown = RunbookRenderer.render(runbook());

    assertThat(markdown)
        .contains("## 2. Steps\n\n### Exchange side\n\n#### Step 1: ")
        .contains(
            "## 3. Checks\n\nRun these after the steps, and again whenever mail does not arrive.\n\n### Domino side\n\n#### Check 1: Check\n\n```text\nshow config BT*\n```\n")
        .contains("## 5. Rollback\n\nTo undo the coexistence configuration, in this order.\n");
  }

  @Test
  void saysSoWhenThereAreNoFindings() {
    Runbook r = runbook();
    Runbook clean =
        new Runbook(
            r.title(),
            r.environment(),
            r.summary(),
            r.mailFlow(),
            r.steps(),
            r.checks(),
            ImmutableList.of(),
            ImmutableList.of(),
            r.rollback());

    assertThat(RunbookRenderer.render(clean))
        .contains(
            "## 4. Validation findings\n\nThe plan passed validation without findings.\n\n## 5.");
  }
}
