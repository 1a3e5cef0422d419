package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.ERROR;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.domino.BtcalParameter;
import io.github.coexist.core.domino.BtcalValue;
import io.github.coexist.core.domino.ValueSize;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.LicenseFacts;
import io.github.coexist.core.model.NotesIniCharset;
import io.github.coexist.core.text.UnsafeText;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.List;

/**
 * The text of BTCal's Notes.ini values: what Domino can hold in one value, on one line, in the
 * plan's notes.ini charset. The values are the catalogue's ({@link BtcalParameter#valuesIn}). Lists
 * (BTALTEXCHANGEDOMAINS, the ZApp field and form lists) are written comma-separated, as the BTCal
 * fact sheet shows for BTALTEXCHANGEDOMAINS.
 */
final class NotesIniValueRules {
  private NotesIniValueRules() {}

  static List<Rule> all() {
    return ImmutableList.of(
        BuiltInRule.of(
            "COEX-DOM-010",
            ERROR,
            "Notes.ini values have at most 255 bytes",
            "Domino reads a Notes.ini value into a 256-byte buffer (MAXENVVALUE, with the"
                + " terminating NUL) in LMBCS, its string format; a longer value is cut off."
                + " Counted as an upper bound: 1 byte per ASCII or code page 850 character, 3 per"
                + " other character, 6 beyond the Basic Multilingual Plane, or the value's bytes in"
                + " the plan's notes.ini charset when they are more.",
            "BTCal fact sheet 6 (MAXENVVALUE); HCL C API reference: MAXENVVALUE,"
                + " OSGetEnvironmentString, OSTranslate (github.com/HCL-TECH-SOFTWARE/domino-c-api-docs)",
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
            NotesIniValueRules::asciiText),
        BuiltInRule.of(
            "COEX-DOM-041",
            ERROR,
            "Notes.ini values and the license path fit the plan's notes.ini charset",
            "The notes.ini emitter writes every value, and the console commands with the license's"
                + " server path, in domino.notesIniCharset (US-ASCII unless the plan names"
                + " another); a character that charset lacks cannot be written, and no"
                + " documentation states the charset of notes.ini, so the plan names it.",
            "BTCal fact sheet 6 (notes.ini charset)",
            NotesIniValueRules::inCharset));
  }

  static void inCharset(CoexistencePlan plan, RuleContext ctx) {
    NotesIniCharset charset = NotesIniCharset.of(plan);
    CharsetEncoder encoder = charset.charset().newEncoder();
    for (BtcalValue value : values(plan)) {
      for (int j = 0; j < value.parts().size(); j++) {
        reportOutside(
            encoder,
            charset,
            value.partPath(j),
            value.key() + " value ",
            value.parts().get(j),
            ctx);
      }
    }
    plan.license()
        .flatMap(LicenseFacts::serverPath)
        .ifPresent(
            path ->
                reportOutside(
                    encoder,
                    charset,
                    PlanPath.root("license").key("serverPath"),
                    "the license path ",
                    path,
                    ctx));
  }

  private static void reportOutside(
      CharsetEncoder encoder,
      NotesIniCharset charset,
      PlanPath path,
      String what,
      String text,
      RuleContext ctx) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!encoder.canEncode(new String(Character.toChars(cp)))) {
        ctx.report(
            path,
            what
                + Show.quoted(text)
                + " has "
                + Show.codePoint(cp)
                + ", which "
                + charset.key()
                + " cannot hold",
            "set domino.notesIniCharset to the charset of the server's notes.ini (one of "
                + NotesIniCharset.keys()
                + "), or write the value without it");
        return;
      }
      i += Character.charCount(cp);
    }
  }

  private static List<BtcalValue> values(CoexistencePlan plan) {
    return plan.domino().map(BtcalParameter::valuesIn).orElse(ImmutableList.of());
  }

  static void length(CoexistencePlan plan, RuleContext ctx) {
    Charset charset = NotesIniCharset.of(plan).charset();
    for (BtcalValue value : values(plan)) {
      int bytes = ValueSize.bytes(value.text(), charset);
      if (bytes > ValueSize.MAX_BYTES) {
        ctx.report(
            value.path(),
            value.key()
                + " would be up to "
                + bytes
                + " bytes long (in LMBCS or in "
                + charset.name()
                + ")",
            "shorten it to at most "
                + ValueSize.MAX_BYTES
                + " bytes (1 per ASCII character)"
                + (value.isList() ? " (the list is written comma-separated)" : ""));
      }
    }
  }

  static void oneLine(CoexistencePlan plan, RuleContext ctx) {
    for (BtcalValue value : values(plan)) {
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
    for (BtcalValue value : values(plan)) {
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
   * Why {@code text} is not a Notes.ini value every emitter writes, or null. Characters the plan's
   * notes.ini charset cannot hold are COEX-DOM-041's.
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
    for (BtcalValue value : values(plan)) {
      if (!value.isList()) {
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
