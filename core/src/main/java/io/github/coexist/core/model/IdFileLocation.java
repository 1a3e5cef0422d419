package io.github.coexist.core.model;

/** BTIDFileLocation: where BTCal finds the Notes IDs it decrypts with (Appendix C). */
public enum IdFileLocation implements IniEnum {
  /** IDs and passwords in the BTIDVault database (the default). */
  BTID_VAULT_DB("BTIDVaultDB"),
  /** IDs on a file share (BTIDsDir), passwords in the BTIDVault database. */
  FILE_SYSTEM("FileSystem"),
  /** IDs attached to the Person document. */
  PERSON_DOC("PersonDoc"),
  /** The Domino ID Vault. */
  DOMINO_IDV("DominoIDV"),
  /** The Domino ID Vault, second method. */
  DOMINO_IDV2("DominoIDV2"),
  /** Per user. */
  PER_USER("PerUser");

  private final String iniValue;

  IdFileLocation(String iniValue) {
    this.iniValue = iniValue;
  }

  @Override
  public String iniValue() {
    return iniValue;
  }

  /** Reads the Notes.ini spelling, case-insensitively. */
  public static IdFileLocation parse(String text) {
    return IniEnum.parse(IdFileLocation.class, "BTIDFileLocation", text);
  }

  @Override
  public String toString() {
    return iniValue;
  }
}
