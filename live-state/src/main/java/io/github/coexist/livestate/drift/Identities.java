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
  // Each key's live objects as a chain in input order: the first one's index by key, and for each
  // object the next one with its key (-1 at the end). No list per key: most keys have one object.
  private final Map<Object, Integer> firstByKey = new HashMap<>();
  private final int[] nextByKey;
  // By name, made when a planned object without a key first asks.
  private Map<Object, Integer> firstByName;
  private int[] nextByName;

  /**
   * Indexes the live objects of one kind. Two with one identity (which Exchange refuses, but an
   * input may hold) are claimed in input order.
   */
  Identities(ObjectKind kind, List<LiveObject> live) {
    this.kind = kind;
    this.name = kind.attribute("name").orElseThrow();
    this.live = live;
    this.claimed = new boolean[live.size()];
    this.nextByKey = new int[live.size()];
    for (int i = live.size() - 1; i >= 0; i--) {
      Object key = key(live.get(i).object(), live.get(i).identity());
      Integer next = key == null ? null : firstByKey.put(key, i);
      nextByKey[i] = next == null ? -1 : next;
    }
  }

  /**
   * The live object the planned one is, if any (else null), and claims it: the identity key when
   * the planned object has one (its domain, its server), else the name.
   */
  LiveObject claim(ExchangeObject planned) {
    Object key = key(planned, null);
    Integer first;
    int[] next;
    if (key != null) {
      first = firstByKey.get(key);
      next = nextByKey;
    } else {
      if (firstByName == null) {
        indexNames();
      }
      first = firstByName.get(nameKey(planned.name()));
      next = nextByName;
    }
    for (int index = first == null ? -1 : first; index >= 0; index = next[index]) {
      if (!claimed[index]) {
        claimed[index] = true;
        return live.get(index);
      }
    }
    return null;
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

  private void indexNames() {
    firstByName = new HashMap<>();
    nextByName = new int[live.size()];
    for (int i = live.size() - 1; i >= 0; i--) {
      Integer next = firstByName.put(nameKey(live.get(i).object().name()), i);
      nextByName[i] = next == null ? -1 : next;
    }
  }

  /**
   * The identity beyond the name, or null: the domain of a domain; {@code server\name} of a receive
   * connector (the server from the object, else from a live identity {@code SERVER\Name}).
   */
  private Object key(ExchangeObject object, String liveIdentity) {
    switch (kind) {
      case ACCEPTED_DOMAIN:
        return text(((AcceptedDomain) object).domainName());
      case REMOTE_DOMAIN:
        return text(((RemoteDomain) object).domainName());
      case RECEIVE_CONNECTOR:
        String server = ((ReceiveConnector) object).server().orElse(null);
        if (server == null && liveIdentity != null && liveIdentity.indexOf('\\') > 0) {
          server = liveIdentity.substring(0, liveIdentity.indexOf('\\'));
        }
        return server == null ? null : nameKey(server) + "\\" + nameKey(object.name());
      default:
        return null;
    }
  }

  private static String text(Optional<SmtpDomain> domain) {
    return domain.isPresent() ? domain.get().toString() : null;
  }

  private Object nameKey(String text) {
    return ExchangeEquivalence.key(name, text);
  }
}
