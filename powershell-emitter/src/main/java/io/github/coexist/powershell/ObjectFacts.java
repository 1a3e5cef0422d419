package io.github.coexist.powershell;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.EmailAddressPolicy;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.Platform;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.RemoteDomain;
import io.github.coexist.core.value.SmtpDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the emitters need to know per object kind and dialect, from Microsoft's reference. */
final class ObjectFacts {
  private ObjectFacts() {}

  /**
   * Creation order: a domain before the policy and connectors that use it (the accepted domain
   * before the address policy whose templates name it; the remote domain before the connector to
   * it). The rollback runs it backwards.
   */
  static ImmutableList<ObjectKind> order(Dialect dialect) {
    return dialect == Dialect.EXCHANGE_ONLINE
        ? ImmutableList.of(
            ObjectKind.REMOTE_DOMAIN,
            ObjectKind.ACCEPTED_DOMAIN,
            ObjectKind.OUTBOUND_CONNECTOR,
            ObjectKind.INBOUND_CONNECTOR)
        : ImmutableList.of(
            ObjectKind.REMOTE_DOMAIN,
            ObjectKind.ACCEPTED_DOMAIN,
            ObjectKind.EMAIL_ADDRESS_POLICY,
            ObjectKind.SEND_CONNECTOR,
            ObjectKind.RECEIVE_CONNECTOR);
  }

  /** Why a kind has no place in a dialect (the guide's errata), for kinds {@link #order} lacks. */
  private static final Map<ObjectKind, String> NOT_ONLINE =
      Map.of(
          ObjectKind.EMAIL_ADDRESS_POLICY,
          "in Exchange Online address policies apply only to Microsoft 365 Groups and"
              + " Update-EmailAddressPolicy does not exist; mailbox addresses come from directory"
              + " synchronisation (E15)",
          ObjectKind.SEND_CONNECTOR,
          "send connectors are Exchange Server only; Exchange Online uses outbound connectors (E8)",
          ObjectKind.RECEIVE_CONNECTOR,
          "receive connectors are Exchange Server only; Exchange Online uses inbound connectors"
              + " (E7)");

  private static final Map<ObjectKind, String> NOT_SERVER =
      Map.of(
          ObjectKind.INBOUND_CONNECTOR,
          "inbound connectors are Exchange Online only; Exchange Server uses receive connectors",
          ObjectKind.OUTBOUND_CONNECTOR,
          "outbound connectors are Exchange Online only; Exchange Server uses send connectors");

  /** Refuses the objects of a kind that does not exist in the dialect. */
  static void requireKindAllowed(CoexistencePlan plan, Dialect dialect) {
    Map<ObjectKind, String> refused = dialect == Dialect.EXCHANGE_ONLINE ? NOT_ONLINE : NOT_SERVER;
    for (ObjectKind kind : ObjectKind.values()) {
      if (refused.containsKey(kind) && !plan.objects(kind).isEmpty()) {
        throw new EmissionException(path(kind, 0), refused.get(kind));
      }
    }
  }

  /** The guide step that configures objects of {@code kind}. */
  static GuideStep step(ObjectKind kind, Dialect dialect) {
    boolean online = dialect == Dialect.EXCHANGE_ONLINE;
    return switch (kind) {
      case REMOTE_DOMAIN -> online ? GuideStep.EXO_REMOTE_DOMAIN : GuideStep.ONPREM_REMOTE_DOMAIN;
      case ACCEPTED_DOMAIN ->
          online ? GuideStep.EXO_ACCEPTED_DOMAIN : GuideStep.ONPREM_ACCEPTED_DOMAIN;
      case EMAIL_ADDRESS_POLICY -> GuideStep.ONPREM_ADDRESS_POLICY;
      case SEND_CONNECTOR -> GuideStep.ONPREM_SEND_CONNECTOR;
      case RECEIVE_CONNECTOR -> GuideStep.ONPREM_RECEIVE_CONNECTOR;
      case OUTBOUND_CONNECTOR -> GuideStep.EXO_OUTBOUND;
      case INBOUND_CONNECTOR -> GuideStep.EXO_INBOUND;
    };
  }

  /** {@code receiveConnectors[0]}. */
  static String path(ObjectKind kind, int index) {
    return kind.planKey() + "[" + index + "]";
  }

  /** The script variable holding the object's lookup, e.g. {@code $receiveConnectors0}. */
  static String variable(ObjectKind kind, int index) {
    return kind.planKey() + index;
  }

  /** The object's name as a literal. */
  static PsValue.Text name(ExchangeObject object, String path) {
    return ParameterValues.text(path + ".name", object.name());
  }

  /**
   * The {@code -Identity} of Set-, Update- and Remove-: the name, or {@code SERVER\Name} for a
   * receive connector (a receive connector belongs to one server; its name is unique only there).
   */
  static PsValue.Text identity(ExchangeObject object, String path) {
    if (object instanceof ReceiveConnector receive) {
      return ParameterValues.text(path + ".name", server(receive, path) + "\\" + object.name());
    }
    return name(object, path);
  }

  /**
   * The Get- call that lists the candidates a lookup filters by name. Get- without -Identity lists
   * every object (its Identity is optional in the reference), so "not found" is an empty list and
   * never an error; Exchange Online pages results, hence {@code -ResultSize Unlimited} where the
   * reference documents it.
   */
  static CmdletCall get(ExchangeObject object, Dialect dialect, String path) {
    String name = "Get-" + object.kind().noun();
    if (object instanceof ReceiveConnector receive) {
      return CmdletCall.exchange(
          name,
          List.of(
              Parameter.of(
                  "Server", ParameterValues.text(path + ".server", server(receive, path)))),
          false);
    }
    boolean paged =
        dialect == Dialect.EXCHANGE_ONLINE && object.kind() != ObjectKind.EMAIL_ADDRESS_POLICY;
    return CmdletCall.exchange(
        name,
        paged ? List.of(Parameter.of("ResultSize", PsValue.word("Unlimited"))) : List.of(),
        false);
  }

  /**
   * {@code Update-EmailAddressPolicy} after an address policy is created or changed (Exchange
   * Server only: Exchange Online has no such cmdlet, E15), with {@code
   * -UpdateSecondaryAddressesOnly} unless the plan asks to rewrite primary addresses. The switch
   * exists from Exchange 2013 on
   * (https://learn.microsoft.com/powershell/module/exchangepowershell/update-emailaddresspolicy).
   */
  static Optional<CmdletCall> update(
      ExchangeObject object, Platform platform, String path, PsValue identity) {
    if (!(object instanceof EmailAddressPolicy policy) || platform == Platform.EXCHANGE_ONLINE) {
      return Optional.empty();
    }
    List<Parameter> parameters = new ArrayList<>();
    if (policy.updateSecondaryAddressesOnly()) {
      if (platform == Platform.EXCHANGE_2010) {
        throw new EmissionException(
            path + ".updateSecondaryAddressesOnly",
            "Exchange Server 2010's Update-EmailAddressPolicy has no -UpdateSecondaryAddressesOnly;"
                + " set it to false to apply the policy to primary addresses too");
      }
      parameters.add(Parameter.flag("UpdateSecondaryAddressesOnly"));
    }
    return Optional.of(PowerShellEmitter.change("Update-EmailAddressPolicy", identity, parameters));
  }

  private static String server(ReceiveConnector receive, String path) {
    return receive
        .server()
        .orElseThrow(
            () ->
                new EmissionException(
                    path + ".server",
                    "a receive connector belongs to one server (E21); name the server"));
  }

  /** What {@code -WhatIf} and {@code -Confirm} show: the plan path and the name. */
  static PsValue.Text target(ExchangeObject object, String path) {
    return ParameterValues.text(path + ".name", path + " " + object.name());
  }

  /**
   * Why the script can only check the object, not create it: Exchange Online has no
   * New-AcceptedDomain (E6), or the plan lacks what New- needs.
   */
  static Optional<String> checkOnlyReason(ExchangeObject object, Dialect dialect) {
    if (object.kind() == ObjectKind.ACCEPTED_DOMAIN && dialect == Dialect.EXCHANGE_ONLINE) {
      return Optional.of(
          "Exchange Online has no New-AcceptedDomain (E6): add and verify the domain in the"
              + " Microsoft 365 admin center, then run this script again");
    }
    Optional<String> required = requiredForNew(object.kind());
    if (required.isPresent()) {
      Attribute attribute = object.kind().attribute(required.get()).orElseThrow();
      if (!attribute.isManagedIn(object)) {
        return Optional.of(
            "the plan gives no "
                + required.get()
                + ", which New-"
                + object.kind().noun()
                + " needs: create it first or add "
                + required.get()
                + " to the plan");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> requiredForNew(ObjectKind kind) {
    return switch (kind) {
      case REMOTE_DOMAIN, ACCEPTED_DOMAIN -> Optional.of("domainName");
      case SEND_CONNECTOR -> Optional.of("addressSpaces");
      case INBOUND_CONNECTOR -> Optional.of("senderDomains");
      default -> Optional.empty();
    };
  }

  /**
   * Why the rollback must keep an object the apply script could create: the organisation's primary
   * accepted domain and the default remote domain existed before coexistence.
   */
  static Optional<String> protectedReason(ExchangeObject object, CoexistencePlan plan) {
    SmtpDomain primary = plan.domains().primary();
    if (object instanceof AcceptedDomain accepted
        && (Ascii.equalsIgnoreCase(accepted.name(), primary.toString())
            || accepted.domainName().map(primary::equals).orElse(false))) {
      return Optional.of("the organisation's primary accepted domain existed before coexistence");
    }
    if (object instanceof RemoteDomain remote
        && (Ascii.equalsIgnoreCase(remote.name(), "Default")
            || remote.domainName().map(SmtpDomain.STAR::equals).orElse(false))) {
      return Optional.of("the default remote domain belongs to every organisation");
    }
    return Optional.empty();
  }

  /** The parameters of one object, split by the cmdlet that takes them on the platform. */
  record Split(
      ImmutableList<Parameter> onNew,
      ImmutableList<Parameter> setOnly,
      ImmutableList<Parameter> onSet) {}

  /**
   * Every attribute the object manages (except its name), as parameters: those New- takes go on
   * New-, those only Set- takes follow it on Set-, and every one Set- takes goes on the Set- that
   * brings an existing object to the plan.
   */
  static Split parameters(ExchangeObject object, Platform platform, String path) {
    requireOneUsage(object, path);
    List<Parameter> onNew = new ArrayList<>();
    List<Parameter> setOnly = new ArrayList<>();
    List<Parameter> onSet = new ArrayList<>();
    for (Attribute attribute : object.kind().attributes()) {
      if (attribute.key().equals("name") || !attribute.isManagedIn(object)) {
        continue;
      }
      if (!attribute.existsOn(platform)) {
        throw new EmissionException(
            path + "." + attribute.key(),
            "-" + attribute.parameter() + " is not available in " + platformName(platform));
      }
      Optional<Parameter> parameter = ParameterValues.of(attribute, object, path);
      if (parameter.isEmpty()) {
        continue;
      }
      boolean onNewCmdlet = attribute.newPlatforms().contains(platform);
      boolean onSetCmdlet = attribute.setPlatforms().contains(platform);
      if (onNewCmdlet) {
        onNew.add(parameter.get());
      } else if (onSetCmdlet) {
        setOnly.add(parameter.get());
      }
      if (onSetCmdlet) {
        onSet.add(parameter.get());
      }
    }
    return new Split(
        ImmutableList.copyOf(onNew), ImmutableList.copyOf(setOnly), ImmutableList.copyOf(onSet));
  }

  private static final ImmutableList<String> USAGE_SWITCHES =
      ImmutableList.of("custom", "internal", "internet", "partner", "client");

  /** Per connector kind, -Usage and the usage switches it has, in the catalogue's order. */
  private static final Map<ObjectKind, ImmutableList<Attribute>> USAGE_ATTRIBUTES =
      Map.of(
          ObjectKind.SEND_CONNECTOR, usageAttributes(ObjectKind.SEND_CONNECTOR),
          ObjectKind.RECEIVE_CONNECTOR, usageAttributes(ObjectKind.RECEIVE_CONNECTOR));

  private static ImmutableList<Attribute> usageAttributes(ObjectKind kind) {
    return kind.attributes().stream()
        .filter(a -> a.key().equals("usage") || USAGE_SWITCHES.contains(a.key()))
        .collect(ImmutableList.toImmutableList());
  }

  /** -Usage and the usage switches select parameter sets: never both, never two switches. */
  private static void requireOneUsage(ExchangeObject object, String path) {
    List<Attribute> usage = USAGE_ATTRIBUTES.get(object.kind());
    if (usage == null) {
      return;
    }
    List<String> given = new ArrayList<>();
    for (Attribute attribute : usage) {
      boolean selected =
          attribute.key().equals("usage")
              ? attribute.valueIn(object).isPresent()
              : attribute.valueIn(object).map(Boolean.TRUE::equals).orElse(false);
      if (selected) {
        given.add(attribute.key());
      }
    }
    if (given.size() > 1) {
      throw new EmissionException(
          path + "." + given.get(1),
          "-Usage and the usage switches are exclusive; the plan sets "
              + String.join(" and ", given));
    }
  }

  /** The reference's name of a platform. */
  static String platformName(Platform platform) {
    return switch (platform) {
      case EXCHANGE_ONLINE -> "Exchange Online";
      case EXCHANGE_SE -> "Exchange Server SE";
      default -> "Exchange Server " + platform.name().substring("EXCHANGE_".length());
    };
  }
}
