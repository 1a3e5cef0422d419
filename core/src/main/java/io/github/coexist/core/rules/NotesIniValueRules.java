package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.ERROR;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.text.UnsafeText;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text of BTCal's Notes.ini values: what Domino can hold in one value, on one line. Lists
 * (BTALTEXCHANGEDOMAINS, the ZApp field and form lists) are written comma-separated, as the BTCal
 * fact sheet shows for BTALTEXCHANGEDOMAINS.
 */
final class NotesIniValueRules {
  /** Domino's MAXENVVALUE is 256 bytes including the terminating NUL. */
  static final int MAX_VALUE_BYTES = 255;

  private static final PlanPath DOMINO = PlanPath.root("domino");

  private NotesIniValueRules() {}

  /** One Notes.ini value: its key, where the plan holds it, and its parts (one unless a list). */
  private record IniValue(String key, PlanPath path, List<String> parts, boolean list) {
    String text() {
      return String.join(",", parts);
    }

    PlanPath partPath(int index) {
      return list ? path.index(index) : path;
    }
  }

  static List<Rule> all() {
    return ImmutableList.of(
        BuiltInRule.of(
            "COEX-DOM-010",
            ERROR,
            "Notes.ini values have at most 255 bytes",
            "Domino reads a Notes.ini value into a 256-byte buffer (MAXENVVALUE, with the"
                + " terminating NUL); a longer value is cut off.",
            "BTCal fact sheet 6 (MAXENVVALUE); HCL C API OSGetEnvironmentString",
            NotesIniValueRules::length),
        BuiltInRule.of(
            "COEX-DOM-011",
            ERROR,
            "Notes.ini values are one line without control characters",
            "Notes.ini is one KEY=value per line: a line break ends the value and starts a new"
                + " setting (a way to inject any Notes.ini key), and NUL ends it early.",
            "BTCal fact sheet 6 (Notes.ini format)",
            NotesIniValueRules::oneLine),
        BuiltInRule.of(
            "COEX-DOM-012",
            ERROR,
            "Elements of comma-separated Notes.ini lists contain no comma",
            "A comma inside one element splits it into two when BTCal reads the list.",
            "BTCal Appendix G (BTALTEXCHANGEDOMAINS)",
            NotesIniValueRules::noCommaInElements),
        BuiltInRule.of(
            "COEX-DOM-040",
            ERROR,
            "Notes.ini values have no '\"', are not empty and have no space at either end",
            "The console commands cannot carry a double quote"
                + " (how the Domino console treats quotes is not documented), an empty value would"
                + " erase the file's value and set config trims spaces around the value.",
            "HCL Domino documentation: set config (server command); BTCal fact sheet 6",
            NotesIniValueRules::asciiText));
  }

  private static List<IniValue> values(DominoSettings d) {
    List<IniValue> values = new ArrayList<>();
    single(values, "BTEXCHANGEDOMAIN", "foreignDomain", d.foreignDomain());
    listed(values, "BTALTEXCHANGEDOMAINS", "altForeignDomains", d.altForeignDomains());
    single(values, "BTEXCHANGEDB", "foreignDomainMailbox", d.foreignDomainMailbox());
    single(values, "BTDELAY", "delay", d.delay());
    single(values, "BTPROCESSDOMAIN", "processDomain", d.processDomain());
    listed(
        values,
        "BTZappByPassDocsWithFields",
        "zappBypassDocsWithFields",
        d.zappBypassDocsWithFields());
    listed(values, "BTZAPPPROCESSFORMS", "zappProcessForms", d.zappProcessForms());
    single(values, "BTIDVaultDB", "idVaultDb", d.idVaultDb());
    single(values, "BTIDsDir", "idsDir", d.idsDir());
    single(values, "BTDecryptID", "decryptId", d.decryptId());
    for (Map.Entry<Integer, String> ndr : d.ndrTexts().entrySet()) {
      values.add(
          new IniValue(
              "BTNDR" + ndr.getKey(),
              DOMINO.key("ndrTexts").key(String.valueOf(ndr.getKey())),
              List.of(ndr.getValue()),
              false));
    }
    List<String> texts = d.multiSchedReportTexts();
    for (int j = 0; j < texts.size(); j++) {
      values.add(
          new IniValue(
              "BTMULTISCHEDREPORTTEXT" + (j + 1),
              DOMINO.key("multiSchedReportTexts").index(j),
              List.of(texts.get(j)),
              false));
    }
    return values;
  }

  private static void single(
      List<IniValue> values, String key, String planKey, Optional<String> v) {
    v.ifPresent(text -> values.add(new IniValue(key, DOMINO.key(planKey), List.of(text), false)));
  }

  private static void listed(List<IniValue> values, String key, String planKey, List<String> v) {
    if (!v.isEmpty()) {
      values.add(new IniValue(key, DOMINO.key(planKey), v, true));
    }
  }

  static void length(CoexistencePlan plan, RuleContext ctx) {
    if (plan.domino().isEmpty()) {
      return;
    }
    for (IniValue value : values(plan.domino().get())) {
      int bytes = value.text().getBytes(StandardCharsets.UTF_8).length;
      if (bytes > MAX_VALUE_BYTES) {
        ctx.report(
            value.path(),
            value.key() + " would be " + bytes + " bytes long",
            "shorten it to at most "
                + MAX_VALUE_BYTES
                + " bytes"
                + (value.list() ? " (the list is written comma-separated)" : ""));
      }
    }
  }

  static void oneLine(CoexistencePlan plan, RuleContext ctx) {
    if (plan.domino().isEmpty()) {
      return;
    }
    for (IniValue value : values(plan.domino().get())) {
      for (int j = 0; j < value.parts().size(); j++) {
        String part = value.parts().get(j);
        int at = Show.firstControlOrInvisible(part);
        if (at >= 0) {
          ctx.report(
              value.partPath(j),
              value.key()
                  + " value "
                  + Show.quoted(part)
                  + " contains "
                  + Show.codePoint(part.codePointAt(at)),
              "write the value on one line of visible characters");
        }
      }
    }
  }

  static void asciiText(CoexistencePlan plan, RuleContext ctx) {
    if (plan.domino().isEmpty()) {
      return;
    }
    for (IniValue value : values(plan.domino().get())) {
      for (int j = 0; j < value.parts().size(); j++) {
        String part = value.parts().get(j);
        String problem = asciiProblem(part);
        if (problem != null) {
          ctx.report(
              value.partPath(j),
              value.key() + " value " + Show.quoted(part) + " " + problem,
              "write the value without '\"' or a space at either end");
        }
      }
    }
  }

  /**
   * Why {@code text} is not a Notes.ini value every emitter writes, or null. Characters the
   * server's charset cannot hold are the emitter's to refuse: the charset is chosen at emission.
   */
  static String asciiProblem(String text) {
    if (text.isEmpty()) {
      return "is empty (leave the setting out of the plan to keep the file's value)";
    }
    if (UnsafeText.doubleQuote().matchesAnyOf(text)) {
      return "has '\"', which a console command cannot carry";
    }
    if (UnsafeText.hasEdgeSpace(text)) {
      return "starts or ends with a space";
    }
    return null;
  }

  static void noCommaInElements(CoexistencePlan plan, RuleContext ctx) {
    if (plan.domino().isEmpty()) {
      return;
    }
    for (IniValue value : values(plan.domino().get())) {
      if (!value.list()) {
        continue;
      }
      for (int j = 0; j < value.parts().size(); j++) {
        if (value.parts().get(j).indexOf(',') >= 0) {
          ctx.report(
              value.partPath(j),
              value.key() + " element " + Show.quoted(value.parts().get(j)) + " contains a comma",
              "give each element as its own list entry");
        }
      }
    }
  }
}
