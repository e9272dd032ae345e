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

  /** An I/O error as one line for people: {@code no such file or directory}, not the file's name again. */
  public static String describe(java.io.IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String m = e.getMessage();
    return "cannot read (" + (m == null ? e.getClass().getSimpleName() : m.replace('\n', ' ')) + ")";
  }

  @Override
  public String toString() {
    return input + ": " + message;
  }
}
