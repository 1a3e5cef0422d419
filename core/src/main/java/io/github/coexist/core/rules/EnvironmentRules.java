package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.ERROR;
import static io.github.coexist.core.validation.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.Platform;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whether what the plan configures exists where it will run, per Microsoft's cmdlet reference (E6,
 * E7, E8, E9, E15): the generated attribute catalogue knows, for every parameter, on which
 * platforms New- and Set- take it.
 */
final class EnvironmentRules {
  private EnvironmentRules() {}

  static List<Rule> all() {
    return ImmutableList.of(
        BuiltInRule.of(
            "COEX-ENV-001",
            ERROR,
            "Every object kind exists in the plan's environment",
            "Send and receive connectors exist only on premises, inbound and outbound connectors"
                + " only in Exchange Online; the guide's section 7.1 creates the wrong ones for"
                + " Office 365 and the cmdlets would fail.",
            "E7, E8; Microsoft: exchange-cmdlets reference (Applicable)",
            EnvironmentRules::kindExists),
        BuiltInRule.of(
            "COEX-ENV-002",
            ERROR,
            "Every managed attribute exists in the plan's environment",
            "A parameter the cmdlet does not take on this platform stops the script (e.g."
                + " Exchange 2010's LiveCredentialEnabled, or on-premises-only parameters in"
                + " Exchange Online).",
            "E9; Microsoft: exchange-cmdlets reference (Applicable per parameter)",
            EnvironmentRules::attributeExists),
        BuiltInRule.of(
            "COEX-ENV-003",
            ERROR,
            "Only attributes that accept $null are set to null",
            "Setting a Boolean, number or enumeration to $null is refused by the cmdlet.",
            "Microsoft: exchange-cmdlets reference (accepted values)",
            EnvironmentRules::nullAccepted),
        BuiltInRule.of(
            "COEX-ENV-004",
            WARNING,
            "Top-level settings belong to the plan's environment",
            "exchangeVersion and transportServers mean nothing in Exchange Online, tenant and"
                + " connection nothing on premises: they are ignored, which is rarely what the"
                + " author meant.",
            "plan format (top level)",
            EnvironmentRules::topLevelSettings));
  }

  static void kindExists(CoexistencePlan plan, RuleContext ctx) {
    Platform platform = plan.platform();
    for (ObjectKind kind : ObjectKind.values()) {
      if (!plan.objects(kind).isEmpty() && !kind.platforms().contains(platform)) {
        ctx.report(
            PlanPath.root(kind.planKey()),
            kind.noun()
                + " objects do not exist in "
                + Show.platform(platform)
                + " ("
                + plan.objects(kind).size()
                + " in the plan)",
            hintFor(kind));
      }
    }
  }

  private static String hintFor(ObjectKind kind) {
    return switch (kind) {
      case SEND_CONNECTOR -> "in Exchange Online, use outboundConnectors (E8)";
      case RECEIVE_CONNECTOR -> "in Exchange Online, use inboundConnectors (E7)";
      case INBOUND_CONNECTOR -> "on premises, use receiveConnectors";
      case OUTBOUND_CONNECTOR -> "on premises, use sendConnectors";
      default -> "remove them from the plan";
    };
  }

  static void attributeExists(CoexistencePlan plan, RuleContext ctx) {
    Platform platform = plan.platform();
    for (ObjectKind kind : ObjectKind.values()) {
      List<? extends ExchangeObject> objects = plan.objects(kind);
      if (objects.isEmpty() || !kind.platforms().contains(platform)) {
        continue; // COEX-ENV-001 reports the whole list
      }
      for (int i = 0; i < objects.size(); i++) {
        for (Attribute attribute : kind.attributes()) {
          // The name is the identity: -Name of New- or -Identity of Set-, always present.
          if (attribute.key().equals("name") || attribute.existsOn(platform)) {
            continue;
          }
          if (attribute.isManagedIn(objects.get(i))) {
            Set<Platform> where = EnumSet.noneOf(Platform.class);
            where.addAll(attribute.newPlatforms());
            where.addAll(attribute.setPlatforms());
            ctx.report(
                PlanPath.of(kind, i).key(attribute.key()),
                "-"
                    + attribute.parameter()
                    + " does not exist in "
                    + Show.platform(platform)
                    + "; Microsoft documents it for "
                    + Show.platforms(where),
                "remove " + attribute.key() + " from this object");
          }
        }
      }
    }
  }

  static void nullAccepted(CoexistencePlan plan, RuleContext ctx) {
    for (ObjectKind kind : ObjectKind.values()) {
      List<? extends ExchangeObject> objects = plan.objects(kind);
      for (int i = 0; i < objects.size(); i++) {
        for (String key : objects.get(i).explicitNulls()) {
          boolean nullable = kind.attribute(key).map(Attribute::nullable).orElse(true);
          if (!nullable) {
            ctx.report(
                PlanPath.of(kind, i).key(key),
                "-" + kind.attribute(key).get().parameter() + " does not accept $null",
                "give " + key + " a value, or leave it out to keep the current one");
          }
        }
      }
    }
  }

  static void topLevelSettings(CoexistencePlan plan, RuleContext ctx) {
    String hint = "remove it, or change the plan's environment";
    if (PlanFacts.isOnline(plan)) {
      if (plan.exchangeVersion().isPresent()) {
        ctx.report(
            PlanPath.root("exchangeVersion"),
            "exchangeVersion " + plan.exchangeVersion().get() + " is ignored in Exchange Online",
            hint);
      }
      if (!plan.transportServers().isEmpty()) {
        ctx.report(
            PlanPath.root("transportServers"),
            "transportServers are ignored in Exchange Online",
            hint);
      }
    } else {
      if (plan.tenant().isPresent()) {
        ctx.report(
            PlanPath.root("tenant"),
            "tenant " + plan.tenant().get() + " is ignored on Exchange Server",
            hint);
      }
      if (plan.connection().isPresent()) {
        ctx.report(PlanPath.root("connection"), "connection is ignored on Exchange Server", hint);
      }
    }
  }
}
