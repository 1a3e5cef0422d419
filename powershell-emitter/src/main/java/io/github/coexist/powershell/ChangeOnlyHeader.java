package io.github.coexist.powershell;

import java.util.ArrayList;
import java.util.List;

/** The header lines that say what a change-only script is and what it will change. */
final class ChangeOnlyHeader {
  private ChangeOnlyHeader() {}

  static PowerShellScript add(PowerShellScript script, ChangeScope scope) {
    List<Statement.Comment> header = new ArrayList<>(script.header());
    header.add(
        new Statement.Comment(
            "Change-only: written against a snapshot of the organisation (coexist emit"
                + " powershell --against)."));
    int objects = scope.objectsInScope();
    if (objects == 0) {
      header.add(
          new Statement.Comment(
              "The organisation held this plan when the snapshot was taken: this script changes"
                  + " nothing."));
    } else {
      header.add(
          new Statement.Comment(
              objects
                  + (objects == 1 ? " object differed" : " objects differed")
                  + "; only those are looked up and created or set, each only where it differed."));
    }
    for (String path : scope.notSettable()) {
      header.add(
          new Statement.Comment(
              path + " differs, but only New- sets it: re-create the object to change it."));
    }
    return PowerShellScript.builder().from(script).header(header).build();
  }
}
