package io.github.coexist.livestate.drift;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.ExchangeEquivalence;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.RemoteDomain;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.livestate.LiveObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What identifies an object of each kind, and which live object a planned one is. Domains are
 * identified by the domain they name (an accepted or remote domain can be renamed, its domain
 * cannot: <a href="https://learn.microsoft.com/powershell/module/exchange/set-accepteddomain">
 * Set-AcceptedDomain</a> and <a
 * href="https://learn.microsoft.com/powershell/module/exchange/set-remotedomain">Set-RemoteDomain</a>
 * take -Name but no -DomainName); a receive connector by {@code SERVER\Name} (its name is unique
 * only on its server; <a
 * href="https://learn.microsoft.com/powershell/module/exchange/get-receiveconnector">Get-ReceiveConnector</a>
 * identifies it as {@code ServerName\Name}); every other kind by its name. Names compare as
 * Exchange compares them, case-insensitively ({@link ExchangeEquivalence}).
 */
final class Identities {
  private final ObjectKind kind;
  private final Attribute name;
  private final List<LiveObject> live;
  private final boolean[] claimed;
  private final Map<Object, List<Integer>> byKey = new HashMap<>();
  private final Map<Object, List<Integer>> byName = new HashMap<>();

  /**
   * Indexes the live objects of one kind. Two with one identity (which Exchange refuses, but an
   * input may hold) are claimed in input order.
   */
  Identities(ObjectKind kind, List<LiveObject> live) {
    this.kind = kind;
    this.name = kind.attribute("name").orElseThrow();
    this.live = live;
    this.claimed = new boolean[live.size()];
    for (int i = 0; i < live.size(); i++) {
      ExchangeObject object = live.get(i).object();
      Optional<Object> key = key(object, live.get(i).identity());
      if (key.isPresent()) {
        byKey.computeIfAbsent(key.get(), k -> new ArrayList<>(1)).add(i);
      }
      byName.computeIfAbsent(nameKey(object.name()), k -> new ArrayList<>(1)).add(i);
    }
  }

  /**
   * The live object the planned one is, if any, and claims it: the identity key when the planned
   * object has one (its domain, its server), else the name.
   */
  Optional<LiveObject> claim(ExchangeObject planned) {
    Optional<Object> key = key(planned, null);
    List<Integer> candidates =
        key.isPresent() ? byKey.get(key.get()) : byName.get(nameKey(planned.name()));
    if (candidates != null) {
      for (int index : candidates) {
        if (!claimed[index]) {
          claimed[index] = true;
          return Optional.of(live.get(index));
        }
      }
    }
    return Optional.empty();
  }

  /** The live objects no planned object claimed, in input order. */
  List<LiveObject> unclaimed() {
    List<LiveObject> rest = new ArrayList<>();
    for (int i = 0; i < live.size(); i++) {
      if (!claimed[i]) {
        rest.add(live.get(i));
      }
    }
    return rest;
  }

  /**
   * The identity beyond the name: the domain of a domain; {@code server\name} of a receive
   * connector (the server from the object, else from a live identity {@code SERVER\Name}).
   */
  private Optional<Object> key(ExchangeObject object, String liveIdentity) {
    switch (kind) {
      case ACCEPTED_DOMAIN -> {
        return ((AcceptedDomain) object).domainName().map(SmtpDomain::toString);
      }
      case REMOTE_DOMAIN -> {
        return ((RemoteDomain) object).domainName().map(SmtpDomain::toString);
      }
      case RECEIVE_CONNECTOR -> {
        Optional<String> server = ((ReceiveConnector) object).server();
        if (server.isEmpty() && liveIdentity != null && liveIdentity.indexOf('\\') > 0) {
          server = Optional.of(liveIdentity.substring(0, liveIdentity.indexOf('\\')));
        }
        return server.map(s -> nameKey(s) + "\\" + nameKey(object.name()));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private Object nameKey(String text) {
    return ExchangeEquivalence.key(name, text);
  }
}
