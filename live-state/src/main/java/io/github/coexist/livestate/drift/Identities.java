package io.github.coexist.livestate.drift;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.ExchangeEquivalence;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.RemoteDomain;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.livestate.LiveObject;
import io.github.coexist.livestate.drift.IdentityIndex.Identity;
import java.util.ArrayList;
import java.util.List;
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
  private final List<LiveObject> live;
  private final boolean[] claimed;
  // By identity beyond the name (a domain; a server and a name), and by name, each made when a
  // planned object first needs it.
  private IdentityIndex byKey;
  private IdentityIndex byName;
  // Whether every planned object so far was the live object at its own position.
  private boolean inStep = true;

  /**
   * The live objects of one kind. Two with one identity (which Exchange refuses, but an input may
   * hold) are claimed in input order.
   */
  Identities(ObjectKind kind, List<LiveObject> live) {
    this.kind = kind;
    this.live = live;
    this.claimed = new boolean[live.size()];
  }

  /**
   * The live object the planned object at {@code position} of its kind is, if any (else null), and
   * claims it: the first unclaimed live object with its identity key when it has one (its domain,
   * its server), else with its name.
   *
   * <p>A snapshot often lists a kind in the plan's order (an imported plan keeps the organisation's
   * order), so the live object at the same position is tried first. While every planned object
   * before this one was the live object at its own position, every live object before this position
   * is claimed, so the one here, if it has the identity, is the first unclaimed one with it: what
   * the index gives. The first miss ends that, and the indexes, made then, answer the rest.
   */
  LiveObject claim(ExchangeObject planned, int position) {
    Identity key = key(planned, null);
    Identity identity = key != null ? key : new Identity(null, planned.name());
    if (inStep) {
      Identity here = position < live.size() ? identityAt(position, key != null) : null;
      if (here != null && identity.matches(here)) {
        claimed[position] = true;
        return live.get(position);
      }
      inStep = false;
    }
    IdentityIndex index = key != null ? byKey() : byName();
    for (int i = index.head(identity); i >= 0; i = index.next(i)) {
      if (!claimed[i]) {
        claimed[i] = true;
        return live.get(i);
      }
    }
    return null;
  }

  /**
   * The identity of the live object at {@code position} in the index it would be looked up in
   * ({@code byKey}: by its key, null when it has none; else by its name).
   */
  private Identity identityAt(int position, boolean byKey) {
    LiveObject object = live.get(position);
    if (byKey) {
      return key(object.object(), object.identity());
    }
    return new Identity(null, object.object().name());
  }

  private IdentityIndex byKey() {
    if (byKey == null) {
      byKey = new IdentityIndex(live.size());
      for (int i = live.size() - 1; i >= 0; i--) {
        Identity key = key(live.get(i).object(), live.get(i).identity());
        if (key != null) {
          byKey.addFirst(key, i);
        }
      }
    }
    return byKey;
  }

  private IdentityIndex byName() {
    if (byName == null) {
      byName = new IdentityIndex(live.size());
      for (int i = live.size() - 1; i >= 0; i--) {
        byName.addFirst(new Identity(null, live.get(i).object().name()), i);
      }
    }
    return byName;
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
   * The identity beyond the name, or null: the domain of a domain (canonical, so compared as
   * Exchange compares domains); {@code server\name} of a receive connector (the server from the
   * object, else from a live identity {@code SERVER\Name}).
   */
  private Identity key(ExchangeObject object, String liveIdentity) {
    switch (kind) {
      case ACCEPTED_DOMAIN -> {
        return domain(((AcceptedDomain) object).domainName());
      }
      case REMOTE_DOMAIN -> {
        return domain(((RemoteDomain) object).domainName());
      }
      case RECEIVE_CONNECTOR -> {
        String server = ((ReceiveConnector) object).server().orElse(null);
        if (server == null && liveIdentity != null && liveIdentity.indexOf('\\') > 0) {
          server = liveIdentity.substring(0, liveIdentity.indexOf('\\'));
        }
        return server == null ? null : new Identity(server, object.name());
      }
      default -> {
        return null;
      }
    }
  }

  private static Identity domain(Optional<SmtpDomain> domain) {
    return domain.map(d -> new Identity(null, d.toString())).orElse(null);
  }
}
