package io.github.coexist.runbook;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.powershell.Condition;
import io.github.coexist.powershell.GuideStep;
import io.github.coexist.powershell.PowerShellRenderer;
import io.github.coexist.powershell.PowerShellScript;
import io.github.coexist.powershell.ScriptFunction;
import io.github.coexist.powershell.Statement;
import io.github.coexist.powershell.Trace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Exchange side of the runbook, read from the PowerShell emitters' statement model (never
 * re-rendered by hand): one step per plan object, in the script's order, with the exact calls the
 * script makes when the object is absent and when it is present, each line as {@link
 * PowerShellRenderer#call} writes it in the script.
 */
final class ExchangeSteps {
  private ExchangeSteps() {}

  /** What the script does for one plan path. */
  private static final class Part {
    final Trace trace;
    final List<String> whenAbsent = new ArrayList<>();
    final List<String> whenPresent = new ArrayList<>();
    final List<String> always = new ArrayList<>();
    boolean byDomain;

    Part(Trace trace) {
      this.trace = trace;
    }
  }

  /** The configuration steps: connect (Exchange Online), then one step per object. */
  static List<RunbookStep> apply(CoexistencePlan plan, PowerShellScript script) {
    Map<String, Part> parts = new LinkedHashMap<>();
    walk(script.statements(), Branch.ALWAYS, parts, new ArrayList<>());
    List<RunbookStep> steps = new ArrayList<>();
    for (Part part : parts.values()) {
      String source = part.trace.source();
      if (source.equals(Trace.SCRIPT)) {
        continue;
      }
      Optional<ExchangeObject> object = object(plan, source);
      if (object.isEmpty()) {
        // The script's frame outside the objects (the Exchange Online connection).
        steps.add(
            RunbookStep.of(
                Side.EXCHANGE,
                part.trace.step().label(),
                List.of(
                    "The script connects itself and disconnects at the end; to run the checks"
                        + " by hand, connect the same way first."),
                List.of(CodeSample.of("powershell", String.join("\n", part.always)))));
        continue;
      }
      List<CodeSample> code = new ArrayList<>();
      if (!part.whenAbsent.isEmpty()) {
        code.add(
            new CodeSample(
                "powershell",
                "When it does not exist yet, the script runs:",
                String.join("\n", part.whenAbsent)));
      }
      if (!part.whenPresent.isEmpty()) {
        code.add(
            new CodeSample(
                "powershell",
                "When it exists and differs from the plan, the script sets the managed attributes:",
                String.join("\n", part.whenPresent)));
      }
      List<String> notes = new ArrayList<>();
      notes.add(
          source
              + ": "
              + object.get().kind().noun()
              + " "
              + object.get().name()
              + ". The script looks it up by "
              + (part.byDomain ? "its domain name" : "name")
              + " first (Get-"
              + object.get().kind().noun()
              + "), records what it creates or changes in the journal, and reads it again at the"
              + " end to compare it with the plan.");
      if (part.whenPresent.isEmpty() && !part.whenAbsent.isEmpty()) {
        notes.add("When it exists, the script leaves it as it is.");
      }
      steps.add(
          RunbookStep.of(
              Side.EXCHANGE, part.trace.step().label() + ": " + object.get().name(), notes, code));
    }
    return steps;
  }

  /** The rollback steps: one per object the rollback script removes or keeps. */
  static List<RunbookStep> rollback(CoexistencePlan plan, PowerShellScript script) {
    Map<String, Part> parts = new LinkedHashMap<>();
    List<String> kept = new ArrayList<>();
    walk(script.statements(), Branch.ALWAYS, parts, kept);
    List<RunbookStep> steps = new ArrayList<>();
    for (Part part : parts.values()) {
      Optional<ExchangeObject> object = object(plan, part.trace.source());
      if (object.isEmpty() || part.always.isEmpty()) {
        continue;
      }
      steps.add(
          RunbookStep.of(
              Side.EXCHANGE,
              "Undo " + object.get().kind().noun() + " " + object.get().name(),
              List.of(
                  part.trace.source()
                      + ": for each entry the journal holds for it, newest first, the rollback"
                      + " script finds the object by its Guid, sets back the previous values the"
                      + " configuration script replaced, and removes it only when that script"
                      + " created it; it asks first unless run with -Confirm:$false."),
              List.of(CodeSample.of("powershell", String.join("\n", part.always)))));
    }
    if (!kept.isEmpty()) {
      steps.add(RunbookStep.of(Side.EXCHANGE, "Objects the rollback keeps", kept, List.of()));
    }
    return steps;
  }

  private enum Branch {
    NONE,
    ALWAYS,
    ABSENT,
    PRESENT
  }

  /**
   * Collects the lines of each plan path by the branch they run in; {@code kept} receives the
   * rollback's comments about objects it keeps (they carry no trace of their own).
   */
  private static void walk(
      List<Statement> statements, Branch branch, Map<String, Part> parts, List<String> kept) {
    for (Statement statement : statements) {
      if (statement instanceof Statement.Comment comment) {
        kept.add(comment.text());
      } else if (statement instanceof Statement.Invoke invoke) {
        if (ScriptFunction.named(invoke.call().name()).isEmpty()) {
          add(parts, invoke.trace(), branch, PowerShellRenderer.call(invoke.call()));
        }
      } else if (statement instanceof Statement.Lookup lookup) {
        add(parts, lookup.trace(), Branch.NONE, "");
        parts.get(lookup.trace().source()).byDomain = lookup.property().equals("DomainName");
      } else if (statement instanceof Statement.Block block) {
        if (block.trace().step() != GuideStep.CHECK_RESULT) {
          walk(block.body(), branch, parts, kept);
        }
      } else if (statement instanceof Statement.RestoreChanged restore) {
        add(
            parts,
            restore.trace(),
            branch,
            "# each 'changed' entry: the previous values of "
                + String.join(", ", restore.properties()));
        add(
            parts,
            restore.trace(),
            branch,
            PowerShellRenderer.call(restore.set())
                .replace(" -ErrorAction", " @restore -ErrorAction"));
      } else if (statement instanceof Statement.RemoveCreated remove) {
        add(parts, remove.trace(), branch, "# each 'created' entry:");
        add(parts, remove.trace(), branch, PowerShellRenderer.call(remove.remove()));
      } else if (statement instanceof Statement.If choice) {
        Condition condition = choice.condition();
        if (condition instanceof Condition.Given) {
          continue; // the transcript: part of the script's frame, not of a step
        }
        if (condition instanceof Condition.Differs) {
          walk(choice.then(), branch, parts, kept);
          continue; // the change when the object differs from the plan
        }
        Branch then = branch;
        Branch otherwise = branch;
        if (condition instanceof Condition.Absent) {
          then = Branch.ABSENT;
          otherwise = Branch.PRESENT;
        } else if (condition instanceof Condition.Present) {
          then = Branch.PRESENT;
          otherwise = Branch.ABSENT;
        }
        walk(choice.then(), then, parts, kept);
        walk(choice.otherwise(), otherwise, parts, kept);
      } else if (statement instanceof Statement.TryFinally block) {
        walk(block.body(), branch, parts, kept);
        walk(block.cleanup(), branch, parts, kept);
      } else if (statement instanceof Statement.Throw fail) {
        add(parts, fail.trace(), branch, "throw " + PowerShellRenderer.value(fail.message()));
      } else if (statement instanceof Statement.WaitUntilVisible wait) {
        add(
            parts,
            wait.trace(),
            branch,
            "# then waits until "
                + PowerShellRenderer.call(wait.get())
                + " lists it (at most "
                + wait.attempts()
                + " lookups, "
                + wait.delaySeconds()
                + " s apart)");
      }
    }
  }

  private static void add(Map<String, Part> parts, Trace trace, Branch branch, String line) {
    Part part = parts.computeIfAbsent(trace.source(), s -> new Part(trace));
    switch (branch) {
      case ABSENT -> part.whenAbsent.add(line);
      case PRESENT -> part.whenPresent.add(line);
      case ALWAYS -> part.always.add(line);
      case NONE -> {}
    }
  }

  /** The object a plan path such as {@code sendConnectors[0]} names, if it names one. */
  static Optional<ExchangeObject> object(CoexistencePlan plan, String path) {
    for (ObjectKind kind : ObjectKind.values()) {
      String prefix = kind.planKey() + "[";
      if (path.startsWith(prefix) && path.endsWith("]")) {
        int index = Integer.parseInt(path.substring(prefix.length(), path.length() - 1));
        List<? extends ExchangeObject> objects = plan.objects(kind);
        return index < objects.size() ? Optional.of(objects.get(index)) : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
