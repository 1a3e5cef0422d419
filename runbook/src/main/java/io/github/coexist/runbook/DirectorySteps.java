package io.github.coexist.runbook;

import io.github.coexist.domino.DirectoryDocument;
import io.github.coexist.domino.DirectoryDocuments;
import io.github.coexist.domino.DirectoryField;
import io.github.coexist.domino.DocumentKind;
import io.github.coexist.domino.MailboxDatabase;
import java.util.ArrayList;
import java.util.List;

/**
 * The Domino Directory part of the runbook, before BTCal starts: the foreign-domain mailbox, then
 * each document from the domino emitter with its form, tab, field labels and values, and a check
 * per document (console commands and a test message).
 */
final class DirectorySteps {
  /** BTCal Appendix E, on several Foreign Domain documents for one domain. */
  private static final String FAILOVER =
      "One Foreign Domain document per coexistence server: the router uses the most recently"
          + " modified one first and relays to the next when that server is down, so create the"
          + " preferred server's document last. Free/busy does not fail over: the Calendar"
          + " Connector asks the first calendar server only, and logs a warning about several"
          + " documents on every request (BTCal Appendix E).";

  private DirectorySteps() {}

  static List<RunbookStep> apply(DirectoryDocuments documents) {
    List<RunbookStep> steps = new ArrayList<>();
    steps.add(mailbox(documents.mailbox()));
    boolean failover = documents.ofKind(DocumentKind.FOREIGN_DOMAIN).size() > 1;
    for (DirectoryDocument document : documents.documents()) {
      steps.add(document(document, failover && document.kind() == DocumentKind.FOREIGN_DOMAIN));
    }
    return steps;
  }

  private static RunbookStep mailbox(MailboxDatabase mailbox) {
    List<String> lines = new ArrayList<>();
    for (String server : mailbox.servers()) {
      lines.add("Server: " + server);
      lines.add("  File > Application > New, Show advanced templates");
      lines.add("  Template: " + mailbox.template());
      lines.add("  File name: " + mailbox.fileName());
      lines.add("  Access control: -Default- Manager; " + server + " Manager");
    }
    return RunbookStep.of(
        Side.DOMINO,
        "Before BTCal starts: create BTCal's mailbox "
            + mailbox.fileName()
            + " on each coexistence server",
        List.of(
            "Domino does not create a foreign-domain mailbox (it re-creates only mail.box). On each"
                + " coexistence server, make it from the Mail Router Mailbox template, with the"
                + " file name BTEXCHANGEDB names, and give the server Manager access (the guide"
                + " recommends Default Manager). BTCal Appendix G; Quest KB 4375445."),
        List.of(
            new CodeSample(
                "text", "in the Notes client or Domino Administrator:", String.join("\n", lines))));
  }

  private static RunbookStep document(DirectoryDocument document, boolean failover) {
    List<String> lines = new ArrayList<>();
    for (DirectoryField field : document.fields()) {
      lines.add(
          field.tab()
              + " > "
              + field.label()
              + ": "
              + field.value()
              + (field.manual() && document.writable() ? "   (set or confirm by hand)" : ""));
    }
    String how =
        document.writable()
            ? "coexist emit domino writes this document as One-Touch Setup JSON (items as"
                + " docs/domino-directory.md cites them); create it by hand as below on a server"
                + " that is already set up, and confirm the fields marked by hand."
            : "By hand only: HCL has not published the items of this document's fields, so coexist"
                + " writes no machine-readable form of it (docs/domino-directory.md).";
    return RunbookStep.of(
        Side.DOMINO,
        "Before BTCal starts: " + document.kind().title() + " document " + document.name(),
        failover
            ? List.of("In " + document.where() + ". " + how, FAILOVER)
            : List.of("In " + document.where() + ". " + how),
        List.of(new CodeSample("text", "fields (tab > field: value):", String.join("\n", lines))));
  }

  /** After BTCal has stopped: the documents and the mailbox this plan made, newest first. */
  static RunbookStep rollback(DirectoryDocuments documents) {
    List<String> lines = new ArrayList<>();
    for (int k = documents.documents().size() - 1; k >= 0; k--) {
      DirectoryDocument d = documents.documents().get(k);
      lines.add(
          d.kind() == DocumentKind.CONFIGURATION_SETTINGS
              ? "Configuration Settings " + d.name() + ": keep the document, restore the field"
              : d.kind().title() + ": " + d.name());
    }
    lines.add(
        "Mailbox "
            + documents.mailbox().fileName()
            + " on "
            + String.join(", ", documents.mailbox().servers())
            + " (once it holds no mail)");
    return RunbookStep.of(
        Side.DOMINO,
        "Delete the Domino Directory documents and BTCal's mailbox",
        List.of(
            "Delete only the documents made for this plan; keep a Global Domain document that"
                + " existed before and remove just the Domino routing domain from its aliases."
                + " Then tell router update config."),
        List.of(new CodeSample("text", "in the Domino Administrator:", String.join("\n", lines))));
  }

  /** One check per document: the console commands, then the test message. */
  static List<RunbookStep> checks(DirectoryDocuments documents) {
    List<RunbookStep> checks = new ArrayList<>();
    checks.add(
        RunbookStep.of(
            Side.DOMINO,
            "BTCal's mailbox " + documents.mailbox().fileName(),
            List.of(
                "On each coexistence server, show directory lists "
                    + documents.mailbox().fileName()
                    + "; its access control gives the server Manager."),
            List.of(CodeSample.of("text", "show directory"))));
    for (DirectoryDocument document : documents.documents()) {
      checks.add(
          RunbookStep.of(
              Side.DOMINO,
              document.kind().title() + " document " + document.name(),
              List.of(
                  "tell router update config makes the router read the Domino Directory again. "
                      + document.test()),
              List.of(CodeSample.of("text", String.join("\n", document.checks())))));
    }
    return checks;
  }
}
