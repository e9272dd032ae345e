package dev.sasil.core.read;

/**
 * An input that cannot be read, with a one-line message for the user (no stack trace is ever
 * shown for it).
 */
public final class InputException extends Exception {

  public InputException(String message) {
    super(message.replace('\n', ' '), null, false, false);
  }
}
