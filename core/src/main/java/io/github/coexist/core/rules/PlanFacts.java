package io.github.coexist.core.rules;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.RemoteDomain;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.value.InvalidValueException;
import io.github.coexist.core.value.IpAddress;
import io.github.coexist.core.value.SmtpDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Facts about a plan that several rules read the same way. */
final class PlanFacts {
  private PlanFacts() {}

  static boolean isOnline(CoexistencePlan plan) {
    return plan.environment() == Environment.EXCHANGE_ONLINE;
  }

  static boolean isServer(CoexistencePlan plan) {
    return plan.environment() == Environment.EXCHANGE_SERVER;
  }

  /**
   * The domain an accepted domain stands for: its {@code domainName}, or else its name, which is
   * the domain itself when the plan only refers to an existing one (always so in Exchange Online,
   * where {@code -DomainName} does not exist).
   */
  static Optional<SmtpDomain> domainOf(AcceptedDomain domain) {
    return domain.domainName().or(() -> lenientDomain(domain.name()));
  }

  /** The domain a remote domain stands for: its {@code domainName}, or else its name. */
  static Optional<SmtpDomain> domainOf(RemoteDomain domain) {
    return domain.domainName().or(() -> lenientDomain(domain.name()));
  }

  /** The path of the attribute {@link #domainOf(AcceptedDomain)} read. */
  static PlanPath domainPath(AcceptedDomain domain, int index) {
    return PlanPath.of(ObjectKind.ACCEPTED_DOMAIN, index)
        .key(domain.domainName().isPresent() ? "domainName" : "name");
  }

  /** The path of the attribute {@link #domainOf(RemoteDomain)} read. */
  static PlanPath domainPath(RemoteDomain domain, int index) {
    return PlanPath.of(ObjectKind.REMOTE_DOMAIN, index)
        .key(domain.domainName().isPresent() ? "domainName" : "name");
  }

  private static Optional<SmtpDomain> lenientDomain(String name) {
    try {
      return Optional.of(SmtpDomain.parse(name));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /** The coexistence servers' addresses. */
  static AddressSet serverAddresses(CoexistencePlan plan) {
    List<IpAddress> addresses = new ArrayList<>();
    for (CoexistenceServer server : plan.coexistenceServers()) {
      addresses.add(server.address());
    }
    return AddressSet.of(addresses);
  }

  /**
   * The IP addresses Exchange Online knows the coexistence servers by: each server's public
   * address, or else its address; servers known by a host name have none here.
   */
  static AddressSet onlineServerAddresses(CoexistencePlan plan) {
    List<IpAddress> addresses = new ArrayList<>();
    for (CoexistenceServer server : plan.coexistenceServers()) {
      server.onlineAddress().address().ifPresent(addresses::add);
    }
    return AddressSet.of(addresses);
  }

  /**
   * A server or object name as Exchange compares names: case-insensitively (Locale.ROOT, so the
   * result does not depend on the JVM's language).
   */
  static String nameKey(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
