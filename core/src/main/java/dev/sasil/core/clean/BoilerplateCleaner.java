package dev.sasil.core.clean;

/** PLACEHOLDER: leaves text as it is. To be replaced by the pattern-driven boilerplate cleaner. */
public final class BoilerplateCleaner implements Cleaner {

  /** The cleaner with the bundled patterns. */
  public static BoilerplateCleaner standard() {
    return new BoilerplateCleaner();
  }

  @Override
  public CleanText clean(String text) {
    return CleanText.identity(text);
  }
}
