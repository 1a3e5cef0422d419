package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.ERROR;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Connection;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Text and choices the emitters write as they are: what validation passes, every emitter writes
 * (issue 22, point 7).
 */
final class TextRules {
  private static final PlanPath CONNECTION = PlanPath.root("connection");

  private TextRules() {}

  static List<Rule> all() {
    return ImmutableList.of(
        BuiltInRule.of(
            "COEX-TEXT-001",
            ERROR,
            "Connection values are one line of visible characters",
            "The user principal name, application id and certificate thumbprint are written into"
                + " the script's Connect-ExchangeOnline call; a control, line-separator or"
                + " invisible character there is refused by the script writer and would not be"
                + " the value it looks like.",
            "Microsoft: https://learn.microsoft.com/powershell/module/exchange/connect-exchangeonline",
            TextRules::connection),
        BuiltInRule.of(
            "COEX-TEXT-002",
            ERROR,
            "A connector has -Usage or one usage switch, not both",
            "-Usage and the switches -Custom, -Internal, -Internet, -Partner and -Client select"
                + " different parameter sets of New-SendConnector and New-ReceiveConnector: a call"
                + " with two of them fails before it does anything.",
            "Microsoft: https://learn.microsoft.com/powershell/module/exchange/new-receiveconnector",
            TextRules::oneUsage));
  }

  static void connection(CoexistencePlan plan, RuleContext ctx) {
    if (plan.connection().isEmpty()) {
      return;
    }
    Connection c = plan.connection().get();
    visible(ctx, "userPrincipalName", c.userPrincipalName());
    visible(ctx, "appId", c.appId());
    visible(ctx, "certificateThumbprint", c.certificateThumbprint());
  }

  private static void visible(RuleContext ctx, String key, Optional<String> value) {
    if (value.isEmpty()) {
      return;
    }
    String text = value.get();
    int at = Show.firstControlOrInvisible(text);
    if (at >= 0) {
      ctx.report(
          CONNECTION.key(key),
          key + " " + Show.quoted(text) + " contains " + Show.codePoint(text.codePointAt(at)),
          "write the value on one line of visible characters");
    }
  }

  static void oneUsage(CoexistencePlan plan, RuleContext ctx) {
    List<SendConnector> send = plan.sendConnectors();
    for (int i = 0; i < send.size(); i++) {
      SendConnector s = send.get(i);
      List<String> given = new ArrayList<>();
      s.usage().ifPresent(u -> given.add("usage"));
      addIfTrue(given, "custom", s.custom());
      addIfTrue(given, "internal", s.internal());
      addIfTrue(given, "internet", s.internet());
      addIfTrue(given, "partner", s.partner());
      report(ctx, PlanPath.root("sendConnectors").index(i), s.name(), given);
    }
    List<ReceiveConnector> receive = plan.receiveConnectors();
    for (int i = 0; i < receive.size(); i++) {
      ReceiveConnector r = receive.get(i);
      List<String> given = new ArrayList<>();
      r.usage().ifPresent(u -> given.add("usage"));
      addIfTrue(given, "custom", r.custom());
      addIfTrue(given, "internal", r.internal());
      addIfTrue(given, "internet", r.internet());
      addIfTrue(given, "partner", r.partner());
      addIfTrue(given, "client", r.client());
      report(ctx, PlanPath.root("receiveConnectors").index(i), r.name(), given);
    }
  }

  private static void addIfTrue(List<String> given, String key, Optional<Boolean> value) {
    if (value.orElse(false)) {
      given.add(key);
    }
  }

  private static void report(RuleContext ctx, PlanPath object, String name, List<String> given) {
    if (given.size() > 1) {
      ctx.report(
          object.key(given.get(1)),
          Show.quoted(name) + " sets " + String.join(" and ", given),
          "keep -Usage or one usage switch, not more");
    }
  }
}
