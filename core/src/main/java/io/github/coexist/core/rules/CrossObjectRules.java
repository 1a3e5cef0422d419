package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.ERROR;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Domains;
import io.github.coexist.core.model.EmailAddressPolicy;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.OutboundConnector;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.text.UnsafeText;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import io.github.coexist.core.value.AddressSpace;
import io.github.coexist.core.value.EmailAddressTemplate;
import io.github.coexist.core.value.SmtpDomain;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What must agree across objects: one Domino routing domain and one Exchange routing domain, used
 * the same way everywhere (E20), and object identities that do not collide.
 */
final class CrossObjectRules {
  private CrossObjectRules() {}

  static List<Rule> all() {
    return ImmutableList.of(
        BuiltInRule.of(
            "COEX-XOBJ-001",
            ERROR,
            "A connector carries mail to the Domino routing domain",
            "Mail for users still on Domino needs a send connector (on premises) or an outbound"
                + " connector (Exchange Online) for the Domino routing subdomain; without one it"
                + " has no route.",
            "guide 7.1.3 and 7.2.4; E8",
            CrossObjectRules::dominoHasRoute),
        BuiltInRule.of(
            "COEX-XOBJ-002",
            ERROR,
            "Connectors to Domino do not route the Exchange routing domain",
            "An address space or recipient domain that covers the Exchange routing subdomain"
                + " (e.g. \"*\" or *.contoso.com) sends mail for Exchange users to Domino, which"
                + " sends it back: a mail loop.",
            "E20; guide 7.2.4",
            CrossObjectRules::noLoop),
        BuiltInRule.of(
            "COEX-XOBJ-003",
            ERROR,
            "On premises, the email address policies stamp the Exchange routing domain",
            "Domino addresses Exchange users at the Exchange routing subdomain; the guide's 7.2.2"
                + " and 7.2.3 disagree about its name (exchange.<X>, exch.btm.com, exch.btm-lab.com)."
                + " A policy without it leaves mailboxes Domino cannot reach.",
            "E20; guide 7.2.3",
            CrossObjectRules::policiesStampRoutingDomain),
        BuiltInRule.of(
            "COEX-XOBJ-004",
            ERROR,
            "The primary, Domino routing and Exchange routing domains are three different domains",
            "Each routing subdomain must point one way only; a shared name sends mail in circles.",
            "coexistence topology (namespaces); E20",
            CrossObjectRules::distinctDomains),
        BuiltInRule.of(
            "COEX-XOBJ-005",
            ERROR,
            "The Domino routing domain is not an accepted domain",
            "Exchange would treat mail for Domino users as its own and answer it with"
                + " non-delivery reports instead of sending it to Domino.",
            "coexistence topology (namespaces); guide 7.2.4",
            CrossObjectRules::dominoNotAccepted),
        BuiltInRule.of(
            "COEX-XOBJ-006",
            ERROR,
            "Object names are unique within a kind (receive connectors within a server)",
            "The name is the object's identity: a second New- fails and a second Set- overwrites"
                + " the first object's settings.",
            "Microsoft: New-/Set- cmdlets (-Name, -Identity)",
            CrossObjectRules::uniqueNames),
        BuiltInRule.of(
            "COEX-XOBJ-007",
            ERROR,
            "Names and texts in the plan have no control or invisible characters",
            "Line breaks, NUL, bidi and zero-width characters in a name or comment break the"
                + " script's lines or make what runs differ from what a reviewer reads; spaces"
                + " other than U+0020, blank lookalikes (U+3164, U+2800, U+034F) and a space at"
                + " either end make two names that look the same (the Domino side has its own"
                + " rule, COEX-DOM-011).",
            "exchange-cmdlets reference notes (emission hygiene)",
            CrossObjectRules::printableTexts));
  }

  static void dominoHasRoute(CoexistencePlan plan, RuleContext ctx) {
    SmtpDomain domino = plan.domains().dominoRouting();
    if (PlanFacts.isOnline(plan)) {
      if (plan.outboundConnectors().isEmpty()) {
        ctx.report(
            PlanPath.root(ObjectKind.OUTBOUND_CONNECTOR.planKey()),
            "no outbound connector carries mail to " + domino,
            "add an outbound connector (connectorType OnPremises) with recipientDomains "
                + domino
                + " and the coexistence servers as smartHosts");
      }
    } else if (plan.sendConnectors().isEmpty()) {
      ctx.report(
          PlanPath.root(ObjectKind.SEND_CONNECTOR.planKey()),
          "no send connector carries mail to " + domino,
          "add a send connector with addressSpaces SMTP:"
              + domino
              + ";1 and the coexistence servers as smartHosts");
    }
  }

  static void noLoop(CoexistencePlan plan, RuleContext ctx) {
    SmtpDomain exchange = plan.domains().exchangeRouting();
    List<SendConnector> send = plan.sendConnectors();
    for (int i = 0; i < send.size(); i++) {
      List<AddressSpace> spaces = send.get(i).addressSpaces();
      for (int j = 0; j < spaces.size(); j++) {
        Optional<SmtpDomain> domain = spaces.get(j).smtpDomain();
        if (domain.isPresent() && domain.get().covers(exchange)) {
          ctx.report(
              PlanPath.of(ObjectKind.SEND_CONNECTOR, i).key("addressSpaces").index(j),
              "address space " + spaces.get(j) + " sends mail for " + exchange + " to Domino",
              "limit the address space to " + plan.domains().dominoRouting());
        }
      }
    }
    List<OutboundConnector> outbound = plan.outboundConnectors();
    for (int i = 0; i < outbound.size(); i++) {
      List<SmtpDomain> domains = outbound.get(i).recipientDomains();
      for (int j = 0; j < domains.size(); j++) {
        if (domains.get(j).covers(exchange)) {
          ctx.report(
              PlanPath.of(ObjectKind.OUTBOUND_CONNECTOR, i).key("recipientDomains").index(j),
              "recipient domain " + domains.get(j) + " sends mail for " + exchange + " to Domino",
              "limit recipientDomains to " + plan.domains().dominoRouting());
        }
      }
    }
  }

  static void policiesStampRoutingDomain(CoexistencePlan plan, RuleContext ctx) {
    if (!PlanFacts.isServer(plan)) {
      return; // E15: in Exchange Online addresses come from directory synchronisation
    }
    SmtpDomain exchange = plan.domains().exchangeRouting();
    List<EmailAddressPolicy> policies = plan.emailAddressPolicies();
    for (int i = 0; i < policies.size(); i++) {
      EmailAddressPolicy policy = policies.get(i);
      boolean stamps =
          policy.enabledEmailAddressTemplates().stream()
                  .anyMatch(t -> t.domain().filter(exchange::equals).isPresent())
              || AddressPolicyRules.primaryTemplate(policy)
                  .flatMap(EmailAddressTemplate::domain)
                  .filter(exchange::equals)
                  .isPresent();
      if (!stamps) {
        ctx.report(
            PlanPath.of(ObjectKind.EMAIL_ADDRESS_POLICY, i).key("enabledEmailAddressTemplates"),
            "policy "
                + Show.quoted(policy.name())
                + " gives no address at the Exchange routing domain "
                + exchange,
            "add the template smtp:%m@" + exchange);
      }
    }
  }

  static void distinctDomains(CoexistencePlan plan, RuleContext ctx) {
    Domains d = plan.domains();
    if (d.dominoRouting().equals(d.primary())) {
      ctx.report(
          PlanPath.root("domains").key("dominoRouting"),
          "the Domino routing domain " + d.dominoRouting() + " is the primary domain",
          "use a subdomain such as domino." + d.primary());
    }
    if (d.exchangeRouting().equals(d.primary())) {
      ctx.report(
          PlanPath.root("domains").key("exchangeRouting"),
          "the Exchange routing domain " + d.exchangeRouting() + " is the primary domain",
          "use a subdomain such as exch." + d.primary());
    }
    if (d.exchangeRouting().equals(d.dominoRouting())) {
      ctx.report(
          PlanPath.root("domains").key("exchangeRouting"),
          "the Exchange and Domino routing domains are both " + d.exchangeRouting(),
          "give each system its own routing subdomain");
    }
  }

  static void dominoNotAccepted(CoexistencePlan plan, RuleContext ctx) {
    SmtpDomain domino = plan.domains().dominoRouting();
    List<AcceptedDomain> accepted = plan.acceptedDomains();
    for (int i = 0; i < accepted.size(); i++) {
      if (PlanFacts.domainOf(accepted.get(i)).filter(domino::equals).isPresent()) {
        ctx.report(
            PlanFacts.domainPath(accepted.get(i), i),
            "the Domino routing domain " + domino + " is an accepted domain",
            "remove the accepted domain; " + domino + " is a remote domain");
      }
    }
  }

  static void uniqueNames(CoexistencePlan plan, RuleContext ctx) {
    for (ObjectKind kind : ObjectKind.values()) {
      List<? extends ExchangeObject> objects = plan.objects(kind);
      if (objects.size() < 2) {
        continue; // nothing to compare
      }
      Map<String, Integer> seen = Maps.newHashMapWithExpectedSize(objects.size());
      for (int i = 0; i < objects.size(); i++) {
        ExchangeObject object = objects.get(i);
        String scope = "";
        if (object instanceof ReceiveConnector) {
          scope = PlanFacts.nameKey(((ReceiveConnector) object).server().orElse("")) + "\\";
        }
        Integer first = seen.putIfAbsent(scope + PlanFacts.nameKey(object.name()), i);
        if (first != null) {
          ctx.report(
              PlanPath.of(kind, i).key("name"),
              Show.quoted(object.name())
                  + " is also the name of "
                  + kind.planKey()
                  + "["
                  + first
                  + "]"
                  + (scope.isEmpty() ? "" : " on the same server"),
              "give each " + kind.noun() + " its own name");
        }
      }
    }
  }

  /** Per kind, its free-text attributes: the only ones a value type has not already checked. */
  private static final Map<ObjectKind, ImmutableList<Attribute>> TEXT_ATTRIBUTES = textAttributes();

  private static Map<ObjectKind, ImmutableList<Attribute>> textAttributes() {
    Map<ObjectKind, ImmutableList<Attribute>> texts = new EnumMap<>(ObjectKind.class);
    for (ObjectKind kind : ObjectKind.values()) {
      texts.put(
          kind,
          kind.attributes().stream()
              .filter(a -> a.valueType() == String.class)
              .collect(ImmutableList.toImmutableList()));
    }
    return Collections.unmodifiableMap(texts);
  }

  static void printableTexts(CoexistencePlan plan, RuleContext ctx) {
    for (ObjectKind kind : ObjectKind.values()) {
      List<? extends ExchangeObject> objects = plan.objects(kind);
      for (int i = 0; i < objects.size(); i++) {
        int index = i;
        for (Attribute attribute : TEXT_ATTRIBUTES.get(kind)) {
          Optional<Object> value = attribute.valueIn(objects.get(i));
          if (value.isEmpty()) {
            continue;
          }
          Supplier<PlanPath> path = () -> PlanPath.of(kind, index).key(attribute.key());
          if (attribute.multiValued()) {
            List<?> values = (List<?>) value.get();
            for (int j = 0; j < values.size(); j++) {
              int element = j;
              checkPrintable((String) values.get(j), () -> path.get().index(element), ctx);
            }
          } else {
            checkPrintable((String) value.get(), path, ctx);
          }
        }
      }
    }
    List<String> transport = plan.transportServers();
    for (int k = 0; k < transport.size(); k++) {
      int index = k;
      checkPrintable(transport.get(k), () -> PlanPath.root("transportServers").index(index), ctx);
    }
    for (int k = 0; k < plan.coexistenceServers().size(); k++) {
      int index = k;
      checkPrintable(
          plan.coexistenceServers().get(k).name(),
          () -> PlanPath.root("coexistenceServers").index(index).key("name"),
          ctx);
    }
    plan.organization().ifPresent(o -> checkPrintable(o, () -> PlanPath.root("organization"), ctx));
  }

  /** Reports the first control or invisible character; the path is built only for a finding. */
  private static void checkPrintable(String text, Supplier<PlanPath> path, RuleContext ctx) {
    if (UnsafeText.hasEdgeSpace(text)) {
      // "A" and "A " look the same in every admin tool and are two names to Exchange.
      ctx.report(
          path.get(),
          Show.quoted(text) + " starts or ends with a space",
          "remove the space: names and texts have no space at either end");
      return;
    }
    int at = Show.firstControlOrInvisible(text);
    if (at >= 0) {
      ctx.report(
          path.get(),
          Show.quoted(text)
              + " contains "
              + Show.codePoint(text.codePointAt(at))
              + ", a control or invisible character",
          "remove the character: names and texts are one line of visible characters");
    }
  }
}
