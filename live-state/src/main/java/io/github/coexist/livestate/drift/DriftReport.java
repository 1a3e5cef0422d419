package io.github.coexist.livestate.drift;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.coexist.core.emit.Artifact;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Drift} as people read it (text, Markdown) and as tools read it (JSON, the contract of
 * {@code docs/drift-format.md}), as an {@link Artifact} ({@link #of}: UTF-8, LF). Every form is
 * deterministic: plan order, then input order.
 *
 * <p>A drift report is an artifact, not an emitter's: what it reports is a {@link Drift} (a plan
 * compared with a snapshot of the organisation), not a validated plan, so it is made by {@link #of}
 * rather than by an {@code Emitter}; it writes itself like every artifact.
 *
 * <pre>{@code
 * Drift drift = Drift.between(plan, snapshot);
 * System.out.print(DriftReport.of(drift, DriftReport.Form.TEXT).text());
 * DriftReport.of(drift, DriftReport.Form.JSON).writeTo(out);
 * }</pre>
 */
public final class DriftReport implements Artifact {
  /** The version of the JSON form; a change that breaks readers raises it. */
  public static final int FORMAT_VERSION = 1;

  /** The forms a report is written in. */
  public enum Form {
    /**
     * One line per finding, then a summary line:
     *
     * <pre>
     * DIFFERS sendConnectors[0].smartHosts "To Domino": planned [10.1.1.1], live [10.1.1.2]
     * drift: 1 difference, 0 unknown kinds, 0 not reported, 2 unmanaged
     * </pre>
     */
    TEXT,
    /** The JSON of docs/drift-format.md. */
    JSON,
    /** A Markdown section. */
    MARKDOWN
  }

  private final Drift drift;
  private final Form form;

  private DriftReport(Drift drift, Form form) {
    this.drift = drift;
    this.form = form;
  }

  /** The report of {@code drift} in {@code form}. */
  public static DriftReport of(Drift drift, Form form) {
    return new DriftReport(
        Objects.requireNonNull(drift, "drift"), Objects.requireNonNull(form, "form"));
  }

  /** The drift reported. */
  public Drift drift() {
    return drift;
  }

  /** The form it is written in. */
  public Form form() {
    return form;
  }

  /** The report in its form. */
  @Override
  public void writeTo(Appendable out) throws IOException {
    Objects.requireNonNull(out, "out");
    switch (form) {
      case JSON -> out.append(json(drift));
      case MARKDOWN -> out.append(markdown(drift));
      default -> out.append(text(drift));
    }
  }

  /** {@link #text()}: the report in its form. */
  @Override
  public String toString() {
    return text();
  }

  /**
   * One line per finding, then a summary line:
   *
   * <pre>
   * DIFFERS sendConnectors[0].smartHosts "To Domino": planned [10.1.1.1], live [10.1.1.2]
   * drift: 1 difference, 0 unknown kinds, 0 not reported, 2 unmanaged
   * </pre>
   */
  static String text(Drift drift) {
    Objects.requireNonNull(drift, "drift");
    StringBuilder text = new StringBuilder();
    for (Drift.Difference d : drift.differences()) {
      text.append(d.type()).append(' ').append(d.path()).append(' ');
      text.append(quoted(DriftValues.identity(d.object()))).append(": ");
      if (d.type() == Drift.Type.MISSING) {
        text.append("the organisation has no such ")
            .append(DriftValues.kind(d.object().kind()).replace('-', ' '));
      } else {
        text.append("planned ")
            .append(shown(d.planned()))
            .append(", live ")
            .append(shown(d.live()));
      }
      text.append('\n');
    }
    for (Drift.Unknown u : drift.unknown()) {
      text.append("UNKNOWN ")
          .append(u.kind().planKey())
          .append(": ")
          .append(u.plannedObjects())
          .append(u.plannedObjects() == 1 ? " planned object" : " planned objects")
          .append(" not checked (")
          .append(DriftValues.oneLine(u.reason()))
          .append(")\n");
    }
    for (Drift.NotReported n : drift.notReported()) {
      text.append("NOT-REPORTED ")
          .append(n.path())
          .append(' ')
          .append(quoted(DriftValues.identity(n.object())))
          .append(": ")
          .append(
              n.refused().isPresent()
                  ? "the value reported for -"
                      + n.attribute().parameter()
                      + " was refused: "
                      + DriftValues.oneLine(n.refused().get())
                  : "the input did not report -" + n.attribute().parameter())
          .append('\n');
    }
    for (Drift.Unmanaged u : drift.unmanaged()) {
      text.append("UNMANAGED ")
          .append(DriftValues.kind(u.kind()))
          .append(' ')
          .append(quoted(u.identity()))
          .append('\n');
    }
    return text.append(summary(drift)).append('\n').toString();
  }

  /** {@code drift: 1 difference, 0 unknown kinds, 0 not reported, 2 unmanaged}. */
  public static String summary(Drift drift) {
    return status(drift)
        + ": "
        + count(drift.differences().size(), "difference")
        + ", "
        + count(drift.unknown().size(), "unknown kind")
        + ", "
        + drift.notReported().size()
        + " not reported, "
        + drift.unmanaged().size()
        + " unmanaged";
  }

  /**
   * The JSON form: {@code {"formatVersion", "status", "inSync", "differences": [{"type", "path",
   * "kind", "object", "attribute", "parameter", "planned", "live"}], "unknown": [...],
   * "notReported": [...], "unmanaged": [...]}} (docs/drift-format.md).
   */
  static String json(Drift drift) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.setPrettyPrinter(pretty());
      json.writeStartObject();
      json.writeNumberField("formatVersion", FORMAT_VERSION);
      json.writeStringField("status", status(drift));
      json.writeBooleanField("inSync", drift.isInSync());
      json.writeArrayFieldStart("differences");
      for (Drift.Difference d : drift.differences()) {
        json.writeStartObject();
        json.writeStringField("type", d.type().name().toLowerCase(Locale.ROOT));
        json.writeStringField("path", d.path());
        json.writeStringField("kind", DriftValues.kind(d.object().kind()));
        json.writeStringField("object", DriftValues.identity(d.object()));
        if (d.attribute().isPresent()) {
          json.writeStringField("attribute", d.attribute().get().key());
          json.writeStringField("parameter", d.attribute().get().parameter());
          boolean list = d.attribute().get().multiValued();
          value(json, "planned", d.planned(), list);
          value(json, "live", d.live(), list);
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("unknown");
      for (Drift.Unknown u : drift.unknown()) {
        json.writeStartObject();
        json.writeStringField("path", u.kind().planKey());
        json.writeStringField("kind", DriftValues.kind(u.kind()));
        json.writeStringField("reason", u.reason());
        json.writeNumberField("plannedObjects", u.plannedObjects());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("notReported");
      for (Drift.NotReported n : drift.notReported()) {
        json.writeStartObject();
        json.writeStringField("path", n.path());
        json.writeStringField("kind", DriftValues.kind(n.object().kind()));
        json.writeStringField("object", DriftValues.identity(n.object()));
        json.writeStringField("attribute", n.attribute().key());
        json.writeStringField("parameter", n.attribute().parameter());
        if (n.refused().isPresent()) {
          json.writeStringField("refused", n.refused().get());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("unmanaged");
      for (Drift.Unmanaged u : drift.unmanaged()) {
        json.writeStartObject();
        json.writeStringField("kind", DriftValues.kind(u.kind()));
        json.writeStringField("identity", u.identity());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to a string", e);
    }
    return out + "\n";
  }

  /** A Markdown section: the verdict, then a table per part that has entries. */
  static String markdown(Drift drift) {
    StringBuilder md = new StringBuilder("# Drift\n\n");
    md.append("**").append(summary(drift)).append("**\n");
    if (!drift.differences().isEmpty()) {
      md.append("\n## Differences\n\n| path | object | planned | live |\n|---|---|---|---|\n");
      for (Drift.Difference d : drift.differences()) {
        boolean missing = d.type() == Drift.Type.MISSING;
        row(
            md,
            code(d.path()),
            cell(DriftValues.identity(d.object())),
            missing ? "the object" : cell(shown(d.planned())),
            missing ? "missing" : cell(shown(d.live())));
      }
    }
    if (!drift.unknown().isEmpty()) {
      md.append("\n## Unknown (not compared)\n\n| kind | planned objects | why |\n|---|---|---|\n");
      for (Drift.Unknown u : drift.unknown()) {
        row(md, code(u.kind().planKey()), Integer.toString(u.plannedObjects()), cell(u.reason()));
      }
    }
    if (!drift.notReported().isEmpty()) {
      md.append(
          """

          ## Not known (not reported, or refused)

          | path | object | parameter | refused value |
          |---|---|---|---|
          """);
      for (Drift.NotReported n : drift.notReported()) {
        row(
            md,
            code(n.path()),
            cell(DriftValues.identity(n.object())),
            code("-" + n.attribute().parameter()),
            cell(n.refused().orElse("")));
      }
    }
    if (!drift.unmanaged().isEmpty()) {
      md.append("\n## Unmanaged (live, not in the plan)\n\n| kind | identity |\n|---|---|\n");
      for (Drift.Unmanaged u : drift.unmanaged()) {
        row(md, DriftValues.kind(u.kind()), cell(u.identity()));
      }
    }
    return md.toString();
  }

  /** {@code in-sync}, {@code drift} or {@code unknown}. */
  static String status(Drift drift) {
    return drift.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void value(JsonGenerator json, String field, Optional<Object> value, boolean list)
      throws IOException {
    List<String> entries = DriftValues.entries(value);
    if (list) {
      json.writeArrayFieldStart(field);
      for (String entry : entries) {
        json.writeString(entry);
      }
      json.writeEndArray();
    } else if (entries.isEmpty()) {
      json.writeNullField(field);
    } else if (value.get() instanceof Boolean b) {
      json.writeBooleanField(field, b);
    } else if (value.get() instanceof Integer i) {
      json.writeNumberField(field, i);
    } else {
      json.writeStringField(field, entries.get(0));
    }
  }

  /** {@code [a, b]} for a list, the value, or {@code $null}. */
  private static String shown(Optional<Object> value) {
    List<String> entries = DriftValues.entries(value);
    if (entries.isEmpty()) {
      return "$null";
    }
    String joined = value.get() instanceof List<?> ? entries.toString() : entries.get(0);
    return DriftValues.oneLine(joined);
  }

  private static String quoted(String text) {
    return "\"" + DriftValues.oneLine(text) + "\"";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static void row(StringBuilder md, String... cells) {
    md.append('|');
    for (String cell : cells) {
      md.append(' ').append(cell).append(" |");
    }
    md.append('\n');
  }

  /** Text in a table cell: one line, Markdown's syntax characters escaped. */
  private static String cell(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : DriftValues.oneLine(text).toCharArray()) {
      if ("\\`*_{}[]<>()#+-.!|~&".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** A plan path or parameter (our own characters) as code. */
  private static String code(String text) {
    return "`" + text + "`";
  }

  private static DefaultPrettyPrinter pretty() {
    return new DefaultPrettyPrinter()
        .withSeparators(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator(""))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  }
}
