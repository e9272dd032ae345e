package dev.sasil.core.read;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream whose size is not known beforehand (standard input) up to a limit, so that no
 * input path can fill the heap: one byte more than the limit is read, and then it is refused.
 */
public final class BoundedInput {

  private BoundedInput() {}

  /**
   * All of {@code in}, at most {@code maxBytes}.
   *
   * @param what the input as named to the user ({@code standard input})
   * @throws InputException when {@code in} holds more than {@code maxBytes}
   */
  public static byte[] readAtMost(InputStream in, long maxBytes, String what) throws IOException, InputException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw new InputException(what + " is larger than the limit of " + Sizes.format(maxBytes)
          + " (raise it with --max-size)");
    }
    return bytes;
  }

  /**
   * Standard input as text, at most {@code maxBytes}, decoded as files are ({@link TextDecoder}:
   * UTF-8, UTF-16 with a byte-order mark, CP949); empty when nothing was given.
   *
   * @throws InputException when it is too large, binary or in no known encoding
   */
  public static TextDecoder.Decoded text(InputStream in, long maxBytes) throws IOException, InputException {
    byte[] bytes = readAtMost(in, maxBytes, "standard input");
    return bytes.length == 0 ? new TextDecoder.Decoded("", "UTF-8") : TextDecoder.decode(bytes);
  }
}
