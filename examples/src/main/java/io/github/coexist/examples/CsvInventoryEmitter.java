package io.github.coexist.examples;

import io.github.coexist.core.emit.Artifact;
import io.github.coexist.core.emit.Emitter;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.ValidatedPlan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A custom emitter: an inventory of the plan's Exchange objects as CSV (RFC 4180), one row per
 * object with its kind, name, plan path and the Exchange parameters the plan manages — for a change
 * ticket or a spreadsheet. It walks the generic attribute catalogue ({@link
 * ObjectKind#attributes()}), so it needs no change when the model gains an attribute. Its artifact
 * writes the rows straight to the output it is given, as coexist's own artifacts do.
 *
 * <pre>{@code
 * String csv = new CsvInventoryEmitter().emit(validPlan).text();
 * new CsvInventoryEmitter().emit(validPlan).writeTo(outputStream); // UTF-8
 * }</pre>
 */
public final class CsvInventoryEmitter implements Emitter<Artifact> {
  /** The header row. */
  public static final String HEADER = "kind,name,path,managed parameters";

  @Override
  public Artifact emit(ValidatedPlan valid) {
    CoexistencePlan plan = valid.plan();
    return csv -> write(plan, csv);
  }

  private static void write(CoexistencePlan plan, Appendable csv) throws IOException {
    csv.append(HEADER).append("\r\n");
    for (ObjectKind kind : ObjectKind.values()) {
      List<? extends ExchangeObject> objects = plan.objects(kind);
      for (int i = 0; i < objects.size(); i++) {
        ExchangeObject object = objects.get(i);
        List<String> managed = new ArrayList<>();
        for (Attribute attribute : kind.attributes()) {
          if (attribute.isManagedIn(object)) {
            managed.add(attribute.parameter());
          }
        }
        csv.append(field(kind.noun()))
            .append(',')
            .append(field(object.name()))
            .append(',')
            .append(field(PlanPath.of(kind, i).toString()))
            .append(',')
            .append(field(String.join(" ", managed)))
            .append("\r\n");
      }
    }
  }

  /**
   * One field: quoted when it holds a comma, quote or line break (quotes doubled, RFC 4180), and
   * prefixed with an apostrophe when it starts like a spreadsheet formula ({@code = + - @}), so
   * that a connector name cannot run as a formula when the file is opened (CSV injection).
   */
  static String field(String value) {
    String text = value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
