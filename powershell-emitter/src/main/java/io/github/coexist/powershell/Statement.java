package io.github.coexist.powershell;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * One statement of a {@link PowerShellScript}. Every statement but {@link Comment} carries a {@link
 * Trace}, rendered as a comment line above it. Tests and custom emitters walk statements instead of
 * parsing text:
 *
 * <pre>{@code
 * script.calls().stream().filter(c -> c.verb().equals("New")).forEach(System.out::println);
 * }</pre>
 */
public sealed interface Statement {
  /** The trace of the statement, or null for a {@link Comment}. */
  default Trace traceOrNull() {
    if (this instanceof Comment) {
      return null;
    } else if (this instanceof Invoke s) {
      return s.trace();
    } else if (this instanceof Lookup s) {
      return s.trace();
    } else if (this instanceof Assign s) {
      return s.trace();
    } else if (this instanceof If s) {
      return s.trace();
    } else if (this instanceof WaitUntilVisible s) {
      return s.trace();
    } else if (this instanceof Throw s) {
      return s.trace();
    } else if (this instanceof TryFinally s) {
      return s.trace();
    } else if (this instanceof Block s) {
      return s.trace();
    } else if (this instanceof RemoveCreated s) {
      return s.trace();
    }
    return ((RestoreChanged) this).trace();
  }

  /** A free comment line (constant text of coexist, checked to be one line). */
  record Comment(String text) implements Statement {
    /** Refuses text that could end the comment or start a new line. */
    public Comment {
      Objects.requireNonNull(text, "text");
      PsText.requireSafe("comment", text);
    }
  }

  /**
   * A cmdlet call on its own line. The model refuses a call that would let a failure pass (an
   * Exchange cmdlet without {@code -ErrorAction Stop}, see {@link CmdletCall#stopsOnError}) and any
   * Remove-: objects are removed only by {@link RemoveCreated}, after the journal says the script
   * created them.
   */
  record Invoke(Trace trace, CmdletCall call) implements Statement {
    /** Checks the call. */
    public Invoke {
      Objects.requireNonNull(trace, "trace");
      Objects.requireNonNull(call, "call");
      requireStops(call);
      if (call.verb().equals("Remove")) {
        throw new IllegalArgumentException(
            call.name() + " runs only where the journal says the script created the object");
      }
    }
  }

  /**
   * {@code $variable = @(Get-X ... -ErrorAction Stop | Where-Object { $_.Name -eq 'name' })}: looks
   * an object up by listing and filtering, so "not found" is an empty result while a failing Get-X
   * (permissions, connection, throttling) stops the script. Domains are matched by {@code
   * DomainName}, which identifies them; connectors and policies by {@code Name}.
   */
  record Lookup(Trace trace, String variable, CmdletCall get, String property, PsValue.Text value)
      implements Statement {
    /** Checks the variable name, that the call is a Get- that stops on errors, and the property. */
    public Lookup {
      Objects.requireNonNull(trace, "trace");
      Objects.requireNonNull(variable, "variable");
      Objects.requireNonNull(get, "get");
      Objects.requireNonNull(property, "property");
      Objects.requireNonNull(value, "value");
      new PsValue.Variable(variable);
      requireGet(get, property);
    }
  }

  /** {@code $variable = value}. */
  record Assign(Trace trace, String variable, PsValue value) implements Statement {
    /** Checks the variable name. */
    public Assign {
      Objects.requireNonNull(trace, "trace");
      Objects.requireNonNull(variable, "variable");
      Objects.requireNonNull(value, "value");
      new PsValue.Variable(variable);
    }
  }

  /** {@code if (condition) { then } else { otherwise }}. */
  record If(
      Trace trace,
      Condition condition,
      ImmutableList<Statement> then,
      ImmutableList<Statement> otherwise)
      implements Statement {
    /** Every reference component is required. */
    public If {
      Objects.requireNonNull(trace, "trace");
      Objects.requireNonNull(condition, "condition");
      Objects.requireNonNull(then, "then");
      Objects.requireNonNull(otherwise, "otherwise");
    }
  }

  /**
   * A bounded wait until a newly created object is visible to {@code get} (replication lag between
   * New- and what follows): looks it up again into {@code variable}, at most {@code attempts}
   * times, {@code delaySeconds} apart; then it throws.
   */
  record WaitUntilVisible(
      Trace trace,
      String variable,
      CmdletCall get,
      String property,
      PsValue.Text value,
      int attempts,
      int delaySeconds)
      implements Statement {
    /** Checks the bounds and the call. */
    public WaitUntilVisible {
      Objects.requireNonNull(trace, "trace");
      Objects.requireNonNull(variable, "variable");
      Objects.requireNonNull(get, "get");
      Objects.requireNonNull(property, "property");
      Objects.requireNonNull(value, "value");
      new PsValue.Variable(variable);
      if (attempts < 1 || delaySeconds < 1) {
        throw new IllegalArgumentException("attempts and delay must be positive");
      }
      requireGet(get, property);
    }
  }

  /** {@code throw 'message'}: stops the script with a message for the administrator. */
  record Throw(Trace trace, PsValue.Text message) implements Statement {
    /** Every reference component is required. */
    public Throw {
      Objects.requireNonNull(trace, "trace");
      Objects.requireNonNull(message, "message");
    }
  }

  /** {@code try { body } finally { cleanup }}: clean-up that runs however the body ends. */
  record TryFinally(Trace trace, ImmutableList<Statement> body, ImmutableList<Statement> cleanup)
      implements Statement {
    /** Every reference component is required. */
    public TryFinally {
      Objects.requireNonNull(trace, "trace");
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(cleanup, "cleanup");
    }
  }

  /**
   * The statements of one plan object under one trace comment: {@code try { body } catch { throw
   * ('path: ' + message) }}, so whatever fails inside ends the run with the object's plan path in
   * the message.
   */
  record Block(Trace trace, ImmutableList<Statement> body) implements Statement {
    /** Every reference component is required. */
    public Block {
      Objects.requireNonNull(trace, "trace");
      Objects.requireNonNull(body, "body");
    }
  }

  /**
   * Removes what the journal says the configuration script created, newest first, matched by
   * Exchange's Guid: for each journal entry of {@code path} and {@code kind} with action {@code
   * created}, {@code get} lists the candidates, the one whose Guid is the entry's is removed with
   * {@code remove} (whose {@code -Identity} is that Guid, {@code $guid}) after ShouldProcess. The
   * only statement that can hold a Remove-.
   */
  record RemoveCreated(
      Trace trace, String kind, CmdletCall get, PsValue.Text target, CmdletCall remove)
      implements Statement {
    /** Checks the calls. */
    public RemoveCreated {
      Objects.requireNonNull(trace, "trace");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(get, "get");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(remove, "remove");
      requireJournalled(kind, get, remove, "Remove");
    }
  }

  /**
   * Sets back what the configuration script changed on an object that existed before, newest entry
   * first (so the oldest previous value is the one left): for each journal entry of {@code path},
   * {@code kind} and action {@code changed}, the object with the entry's Guid gets {@code set} with
   * the entry's previous values of {@code properties} splatted onto it.
   */
  record RestoreChanged(
      Trace trace,
      String kind,
      CmdletCall get,
      PsValue.Text target,
      CmdletCall set,
      ImmutableList<String> properties)
      implements Statement {
    /** Checks the calls and the property names. */
    public RestoreChanged {
      Objects.requireNonNull(trace, "trace");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(get, "get");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(set, "set");
      Objects.requireNonNull(properties, "properties");
      requireJournalled(kind, get, set, "Set");
      for (String property : properties) {
        new PsValue.Variable(property);
      }
    }
  }

  /** The variable holding the Guid of the journal entry being undone. */
  String GUID = "guid";

  private static void requireStops(CmdletCall call) {
    if (!call.stopsOnError() && ScriptFunction.named(call.name()).isEmpty()) {
      throw new IllegalArgumentException(
          call.name()
              + " runs in another module's scope and ignores the script's"
              + " $ErrorActionPreference: give it -ErrorAction Stop");
    }
  }

  private static void requireGet(CmdletCall get, String property) {
    requireStops(get);
    if (!get.verb().equals("Get")) {
      throw new IllegalArgumentException("a lookup runs a Get- cmdlet: " + get.name());
    }
    if (!property.equals("Name") && !property.equals("DomainName") && !property.equals("Guid")) {
      throw new IllegalArgumentException("objects are matched by Name, DomainName or Guid");
    }
  }

  private static void requireJournalled(
      String kind, CmdletCall get, CmdletCall change, String verb) {
    new PsValue.Variable(kind);
    requireGet(get, "Guid");
    requireStops(change);
    if (!change.verb().equals(verb)) {
      throw new IllegalArgumentException("expected a " + verb + "- cmdlet: " + change.name());
    }
    if (!change
        .parameter("Identity")
        .flatMap(Parameter::value)
        .equals(java.util.Optional.of(PsValue.variable(GUID)))) {
      throw new IllegalArgumentException(
          change.name() + " takes the journal entry's Guid as -Identity ($" + GUID + ")");
    }
  }
}
