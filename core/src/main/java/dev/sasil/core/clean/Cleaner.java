package dev.sasil.core.clean;

/** Removes boilerplate from article text, keeping offsets back to the original. Thread-safe. */
public interface Cleaner {

  CleanText clean(String text);
}
