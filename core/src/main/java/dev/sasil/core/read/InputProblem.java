package dev.sasil.core.read;

/**
 * An input that could not be read, or a part of one (a JSON Lines line), with a one-line message
 * for the user.
 *
 * @param input the input named as the user gave it, with a line number where it applies
 * @param message what is wrong, one line, no stack trace
 */
public record InputProblem(String input, String message) {

  public InputProblem {
    if (message.indexOf('\n') >= 0) {
      message = message.replace('\n', ' ');
    }
  }

  @Override
  public String toString() {
    return input + ": " + message;
  }
}
