package io.github.coexist.powershell;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * The frame every script shares: header, {@code #Requires}, {@code [CmdletBinding]}, strict mode,
 * stop-on-error, the optional transcript and, in Exchange Online, the connection around the body.
 */
final class ScriptFrame {
  /** The script parameter naming the transcript file. */
  static final String TRANSCRIPT = "TranscriptPath";

  /** The script parameter naming the journal file. */
  static final String JOURNAL = "JournalPath";

  private ScriptFrame() {}

  static PowerShellScript wrap(
      CoexistencePlan plan, Dialect dialect, ScriptKind kind, List<Statement> objects) {
    Trace script = Trace.script();
    List<Statement> body = new ArrayList<>();
    if (dialect == Dialect.EXCHANGE_ONLINE) {
      Trace connection =
          new Trace(
              plan.connection().isPresent() ? "connection" : "environment", GuideStep.EXO_CONNECT);
      body.add(new Statement.Invoke(connection, connect(plan)));
      // Disconnect-ExchangeOnline is a function of the module like every Exchange cmdlet: it is
      // told -ErrorAction Stop too (a failing disconnect is reported, not hidden).
      body.add(
          new Statement.TryFinally(
              connection,
              ImmutableList.copyOf(objects),
              ImmutableList.of(
                  new Statement.Invoke(
                      connection,
                      CmdletCall.exchange("Disconnect-ExchangeOnline", List.of(), true)))));
    } else {
      body.addAll(objects);
    }
    Statement.If startTranscript =
        ifTranscript(
            CmdletCall.of(
                "Start-Transcript",
                Parameter.of("LiteralPath", PsValue.variable(TRANSCRIPT)),
                Parameter.flag("Append"),
                // The preview is logged too: without these a -WhatIf run would skip the transcript.
                Parameter.switchValue("WhatIf", PsValue.bool(false)),
                Parameter.switchValue("Confirm", PsValue.bool(false))));
    List<Statement> journal = new ArrayList<>();
    journal.add(
        new Statement.Invoke(
            script,
            kind == ScriptKind.APPLY
                ? CmdletCall.of(ScriptFunction.INITIALIZE_JOURNAL.command())
                : CmdletCall.of(
                    ScriptFunction.INITIALIZE_JOURNAL.command(), Parameter.flag("Read"))));
    if (kind == ScriptKind.APPLY) {
      journal.add(new Statement.Assign(script, PowerShellEmitter.OUT_OF_SYNC, PsValue.bool(false)));
      journal.add(new Statement.Assign(script, PowerShellEmitter.DIFFERS, PsValue.nullValue()));
    }
    body.addAll(0, journal);
    return PowerShellScript.builder()
        .dialect(dialect)
        .kind(kind)
        .header(header(plan, dialect, kind))
        .requirements(
            dialect == Dialect.EXCHANGE_ONLINE
                ? ImmutableList.of("-Version 5.1", "-Modules ExchangeOnlineManagement")
                : ImmutableList.of("-Version 5.1"))
        .addParameter(
            kind == ScriptKind.APPLY
                ? new ScriptParameter(
                    "string",
                    JOURNAL,
                    "Optional: the journal of what this script creates and changes (default: next"
                        + " to the transcript, else next to the script, .journal.json).")
                : new ScriptParameter(
                    "string",
                    JOURNAL,
                    "The journal the configuration script wrote: only what it records is undone.",
                    true))
        .addParameter(
            new ScriptParameter(
                "string",
                TRANSCRIPT,
                "Optional: a file to log the whole run to (Start-Transcript -Append)."))
        .functions(kind == ScriptKind.APPLY ? ScriptFunction.apply() : ScriptFunction.rollback())
        .addStatement(
            new Statement.Invoke(
                script,
                CmdletCall.of("Set-StrictMode", Parameter.of("Version", PsValue.word("Latest")))))
        .addStatement(new Statement.Assign(script, "ErrorActionPreference", PsValue.text("Stop")))
        .addStatement(startTranscript)
        .addStatement(
            new Statement.TryFinally(
                script,
                ImmutableList.copyOf(body),
                ImmutableList.of(ifTranscript(CmdletCall.of("Stop-Transcript")))))
        .build();
  }

  private static Statement.If ifTranscript(CmdletCall call) {
    return new Statement.If(
        Trace.script(),
        new Condition.Given(TRANSCRIPT),
        ImmutableList.of(new Statement.Invoke(Trace.script(), call)),
        ImmutableList.of());
  }

  /**
   * Connect-ExchangeOnline (E16: the REST connection of the ExchangeOnlineManagement module, never
   * New-PSSession with basic authentication, never MSOnline): interactive with the plan's user, or
   * app-only with a certificate, or plain (the module asks who signs in).
   */
  private static CmdletCall connect(CoexistencePlan plan) {
    List<Parameter> parameters = new ArrayList<>();
    if (plan.connection().isPresent()) {
      Connection connection = plan.connection().get();
      if (connection.isAppOnly()) {
        String thumbprint =
            connection
                .certificateThumbprint()
                .orElseThrow(
                    () ->
                        new EmissionException(
                            "connection.certificateThumbprint",
                            "an app-only connection needs the certificate thumbprint"));
        String tenant =
            plan.tenant()
                .orElseThrow(
                    () ->
                        new EmissionException(
                            "tenant", "an app-only connection needs the tenant (-Organization)"))
                .toString();
        parameters.add(
            Parameter.of(
                "AppId", ParameterValues.text("connection.appId", connection.appId().get())));
        parameters.add(
            Parameter.of(
                "CertificateThumbprint",
                ParameterValues.text("connection.certificateThumbprint", thumbprint)));
        parameters.add(Parameter.of("Organization", ParameterValues.text("tenant", tenant)));
      } else if (connection.userPrincipalName().isPresent()) {
        parameters.add(
            Parameter.of(
                "UserPrincipalName",
                ParameterValues.text(
                    "connection.userPrincipalName", connection.userPrincipalName().get())));
      }
    }
    parameters.add(Parameter.switchValue("ShowBanner", PsValue.bool(false)));
    return CmdletCall.exchange("Connect-ExchangeOnline", parameters, false);
  }

  private static List<Statement.Comment> header(
      CoexistencePlan plan, Dialect dialect, ScriptKind kind) {
    List<String> lines = new ArrayList<>();
    String shell = dialect == Dialect.EXCHANGE_ONLINE ? "Exchange Online" : "Exchange Server";
    lines.add(
        "coexist: "
            + shell
            + (kind == ScriptKind.APPLY
                ? " configuration for Domino coexistence (Integration for Notes BTCal)"
                : " rollback of the Domino coexistence configuration"));
    plan.organization()
        .ifPresent(o -> lines.add("Organization: " + PsText.requireSafe("organization", o)));
    lines.add(
        "Generated from the plan by coexist: change the plan and generate again, do not edit.");
    if (dialect == Dialect.EXCHANGE_ONLINE) {
      lines.add(
          "Needs the ExchangeOnlineManagement module (Install-Module ExchangeOnlineManagement).");
    } else {
      lines.add("Run it in the Exchange Management Shell (Windows PowerShell 5.1).");
    }
    if (kind == ScriptKind.APPLY) {
      lines.add("-WhatIf previews every change, -Confirm asks before each one.");
      lines.add(
          "Each object is looked up first: created when absent, else changed where it differs");
      lines.add("from the plan, so a second run changes nothing. Any failing cmdlet stops the run");
      lines.add("with the object's plan path. Every creation and every previous value is recorded");
      lines.add("in the journal (-JournalPath); at the end each object is read again and compared");
      lines.add("with the plan: one line per object, and the run fails when any differs.");
    } else {
      lines.add("Asks before every removal: -Confirm:$false runs it unattended, -WhatIf previews.");
      lines.add("Undoes only what the journal (-JournalPath) records, newest first: removes the");
      lines.add("objects the configuration script created (found by their Guid) and sets back the");
      lines.add("previous values of what it changed. Never removes the primary accepted domain.");
    }
    lines.add("-TranscriptPath FILE logs the run. Each block follows one comment naming its plan");
    lines.add("path and guide step (docs/guide-map.md).");
    List<Statement.Comment> comments = new ArrayList<>();
    for (String line : lines) {
      comments.add(new Statement.Comment(line));
    }
    return comments;
  }
}
