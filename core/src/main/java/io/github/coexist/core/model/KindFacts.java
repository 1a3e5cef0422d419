package io.github.coexist.core.model;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.coexist.core.value.SmtpDomain;
import java.util.Objects;
import java.util.Optional;

/**
 * What holds for every object of a kind, whatever writes it: the order kinds are created in, which
 * kinds an environment has (the guide's errata), what New- needs, which attributes select exclusive
 * parameter sets, and which objects existed before coexistence. The per-attribute facts are {@link
 * ObjectKind#attributes()}; how a script says it is the emitters' business.
 *
 * <pre>{@code
 * KindFacts.creationOrder(Environment.EXCHANGE_ONLINE)
 *     // [REMOTE_DOMAIN, ACCEPTED_DOMAIN, OUTBOUND_CONNECTOR, INBOUND_CONNECTOR]
 * KindFacts.absentFrom(ObjectKind.SEND_CONNECTOR, Environment.EXCHANGE_ONLINE)
 *     // Optional[send connectors are Exchange Server only; Exchange Online uses outbound ...]
 * }</pre>
 */
public final class KindFacts {
  private KindFacts() {}

  private static final ImmutableList<ObjectKind> ONLINE_ORDER =
      ImmutableList.of(
          ObjectKind.REMOTE_DOMAIN,
          ObjectKind.ACCEPTED_DOMAIN,
          ObjectKind.OUTBOUND_CONNECTOR,
          ObjectKind.INBOUND_CONNECTOR);

  private static final ImmutableList<ObjectKind> SERVER_ORDER =
      ImmutableList.of(
          ObjectKind.REMOTE_DOMAIN,
          ObjectKind.ACCEPTED_DOMAIN,
          ObjectKind.EMAIL_ADDRESS_POLICY,
          ObjectKind.SEND_CONNECTOR,
          ObjectKind.RECEIVE_CONNECTOR);

  /** Why a kind has no place in Exchange Online (the guide's errata). */
  private static final ImmutableMap<ObjectKind, String> NOT_ONLINE =
      ImmutableMap.of(
          ObjectKind.EMAIL_ADDRESS_POLICY,
          "in Exchange Online address policies apply only to Microsoft 365 Groups and"
              + " Update-EmailAddressPolicy does not exist; mailbox addresses come from directory"
              + " synchronisation (E15)",
          ObjectKind.SEND_CONNECTOR,
          "send connectors are Exchange Server only; Exchange Online uses outbound connectors (E8)",
          ObjectKind.RECEIVE_CONNECTOR,
          "receive connectors are Exchange Server only; Exchange Online uses inbound connectors"
              + " (E7)");

  private static final ImmutableMap<ObjectKind, String> NOT_SERVER =
      ImmutableMap.of(
          ObjectKind.INBOUND_CONNECTOR,
          "inbound connectors are Exchange Online only; Exchange Server uses receive connectors",
          ObjectKind.OUTBOUND_CONNECTOR,
          "outbound connectors are Exchange Online only; Exchange Server uses send connectors");

  /** The attribute New- cannot do without, per kind (the reference marks it required). */
  private static final ImmutableMap<ObjectKind, String> REQUIRED_FOR_NEW =
      ImmutableMap.of(
          ObjectKind.REMOTE_DOMAIN, "domainName",
          ObjectKind.ACCEPTED_DOMAIN, "domainName",
          ObjectKind.SEND_CONNECTOR, "addressSpaces",
          ObjectKind.INBOUND_CONNECTOR, "senderDomains");

  /** The usage switches of the connector cmdlets' parameter sets, besides {@code -Usage}. */
  private static final ImmutableList<String> USAGE_SWITCHES =
      ImmutableList.of("custom", "internal", "internet", "partner", "client");

  /**
   * The kinds an environment has, in creation order: a domain before the policy and connectors that
   * use it (the accepted domain before the address policy whose templates name it; the remote
   * domain before the connector to it). A rollback runs it backwards.
   */
  public static ImmutableList<ObjectKind> creationOrder(Environment environment) {
    Objects.requireNonNull(environment, "environment");
    return environment == Environment.EXCHANGE_ONLINE ? ONLINE_ORDER : SERVER_ORDER;
  }

  /**
   * Why {@code kind} has no place in {@code environment} (the guide's errata), or empty when it is
   * one of {@link #creationOrder}'s kinds there.
   */
  public static Optional<String> absentFrom(ObjectKind kind, Environment environment) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(environment, "environment");
    return Optional.ofNullable(
        (environment == Environment.EXCHANGE_ONLINE ? NOT_ONLINE : NOT_SERVER).get(kind));
  }

  /**
   * Why objects of {@code kind} cannot be created in {@code environment} by Exchange PowerShell,
   * only checked: Exchange Online has no New-AcceptedDomain (E6; the domain is added and verified
   * in the Microsoft 365 admin center).
   */
  public static Optional<String> createdElsewhere(ObjectKind kind, Environment environment) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(environment, "environment");
    if (kind == ObjectKind.ACCEPTED_DOMAIN && environment == Environment.EXCHANGE_ONLINE) {
      return Optional.of(
          "Exchange Online has no New-AcceptedDomain (E6): add and verify the domain in the"
              + " Microsoft 365 admin center, then run this script again");
    }
    return Optional.empty();
  }

  /** The attribute New- of {@code kind} needs, when it needs one besides the name. */
  public static Optional<Attribute> requiredForNew(ObjectKind kind) {
    Objects.requireNonNull(kind, "kind");
    return Optional.ofNullable(REQUIRED_FOR_NEW.get(kind)).flatMap(kind::attribute);
  }

  /**
   * Whether an object of {@code kind} belongs to one server, so its name is unique only there: a
   * receive connector (its identity is {@code SERVER\Name}, and Get- lists it with {@code
   * -Server}).
   */
  public static boolean belongsToOneServer(ObjectKind kind) {
    return Objects.requireNonNull(kind, "kind") == ObjectKind.RECEIVE_CONNECTOR;
  }

  /**
   * The property of {@code kind}'s Get- output that identifies an object: {@code DomainName} for
   * accepted and remote domains (the domain is what identifies one; an administrator may have named
   * it anything, the guide's own screenshots name it "Exchange Sub-Domain (Inbound from Domino)"),
   * {@code Name} for every other kind. Get-AcceptedDomain and Get-RemoteDomain list every domain
   * without -Identity and show its DomainName
   * (https://learn.microsoft.com/powershell/module/exchangepowershell/get-accepteddomain,
   * https://learn.microsoft.com/powershell/module/exchangepowershell/get-remotedomain).
   */
  public static String identifyingProperty(ObjectKind kind) {
    Objects.requireNonNull(kind, "kind");
    return kind == ObjectKind.ACCEPTED_DOMAIN || kind == ObjectKind.REMOTE_DOMAIN
        ? "DomainName"
        : "Name";
  }

  /**
   * Whether Get- of {@code kind} pages its results in {@code environment} and takes {@code
   * -ResultSize Unlimited} (Exchange Online, every kind but the address policy, per the reference).
   */
  public static boolean pagedIn(ObjectKind kind, Environment environment) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(environment, "environment");
    return environment == Environment.EXCHANGE_ONLINE
        && kind != ObjectKind.EMAIL_ADDRESS_POLICY
        && !belongsToOneServer(kind);
  }

  /**
   * The attributes that select exclusive parameter sets of New-: {@code -Usage} and the usage
   * switches of the send and receive connectors, of which a plan may give one; empty for the other
   * kinds.
   */
  public static ImmutableList<Attribute> exclusiveUsage(ObjectKind kind) {
    Objects.requireNonNull(kind, "kind");
    if (kind != ObjectKind.SEND_CONNECTOR && kind != ObjectKind.RECEIVE_CONNECTOR) {
      return ImmutableList.of();
    }
    return kind.attributes().stream()
        .filter(a -> a.key().equals("usage") || USAGE_SWITCHES.contains(a.key()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Why {@code object} existed before coexistence and must outlive its rollback: the organisation's
   * primary accepted domain, or the default remote domain ({@code *}) every organisation has.
   */
  public static Optional<String> existedBefore(ExchangeObject object, CoexistencePlan plan) {
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(plan, "plan");
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
}
