package dev.sasil.factcheck.entity;

/** The quotation marks Korean news write around names and titles (‘그록’, “파묘”, 「명량」, 《채식주의자》). */
public final class Quotes {

  private static final String OPENING = "‘'“\"「『<《";
  private static final String CLOSING = "’'”\"」』>》";

  private Quotes() {}

  /** Whether {@code c} opens a quotation. */
  public static boolean opens(char c) {
    return OPENING.indexOf(c) >= 0;
  }

  /** Whether {@code c} closes a quotation. */
  public static boolean closes(char c) {
    return CLOSING.indexOf(c) >= 0;
  }
}
