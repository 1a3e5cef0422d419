package io.github.coexist.core.model;

/** BTZAPPSUPPORT: what ZApp does with the bodies of mail bound for Exchange (Appendix A). */
public enum ZappSupport implements IniEnum {
  /** 0: ZApp not used or not licensed. */
  NONE("0"),
  /** 1: keep the original body in the BT Document Store and send a link. */
  DOCUMENT_STORE_LINK("1"),
  /** 2: turn the original body into an attachment. */
  ATTACHMENT("2"),
  /** 3: a combination of 1 and 2. */
  COMBINED("3");

  private final String iniValue;

  ZappSupport(String iniValue) {
    this.iniValue = iniValue;
  }

  @Override
  public String iniValue() {
    return iniValue;
  }

  /** Reads {@code 0}..{@code 3}. */
  public static ZappSupport parse(String text) {
    return IniEnum.parse(ZappSupport.class, "BTZAPPSUPPORT", text);
  }

  @Override
  public String toString() {
    return iniValue;
  }
}
