package dev.sasil.cli;

import dev.sasil.report.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The file a report is written to ({@code -o FILE}): only a regular file, or a name that does not
 * exist yet, and always atomically (a temporary file in the same directory, then a rename), so a
 * failed run leaves no half report.
 *
 * <p>A symbolic link is followed on purpose: the report replaces the file the link points to (as
 * {@code > link} would) and the link stays a link. A link to nothing is refused, as are
 * directories, devices, pipes and sockets, and the empty name: renaming a file over any of them
 * would replace them, not write into them. Each refusal is one line.
 */
final class OutputFile {

  /** {@code -o} named something no report can be written to. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private final String name;
  private final Path target;

  private OutputFile(String name, Path target) {
    this.name = name;
    this.target = target;
  }

  /**
   * The file {@code name} designates, links followed.
   *
   * @throws Refused saying in one line why no report can be written there
   */
  static OutputFile of(String name) throws Refused {
    if (name.isBlank()) {
      throw new Refused("-o: the file name is empty");
    }
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      throw new Refused("cannot write " + name + ": not a valid path");
    }
    Path target = path;
    if (Files.isSymbolicLink(path)) {
      if (!Files.exists(path)) {
        throw new Refused("cannot write " + name + ": a symbolic link to a file that does not exist");
      }
      try {
        target = path.toRealPath();
      } catch (IOException e) {
        throw new Refused("cannot write " + name + ": cannot follow the link (" + SasilCommand.oneLine(e) + ")");
      }
    }
    if (Files.isDirectory(target)) {
      throw new Refused("cannot write " + name + ": a directory (-o takes a file name)");
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new Refused("cannot write " + name + ": not a regular file (a device, pipe or socket); "
          + "use -o - and redirect standard output");
    }
    return new OutputFile(name, target);
  }

  /** The format a file name asks for by its extension ({@code .md}, {@code .json} …), if any. */
  static Optional<ReportFormat> formatOf(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0 || name.indexOf('/', dot) >= 0) {
      return Optional.empty();
    }
    String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return switch (ext) {
      case "html", "htm" -> Optional.of(ReportFormat.HTML);
      case "md", "markdown" -> Optional.of(ReportFormat.MD);
      case "json" -> Optional.of(ReportFormat.JSON);
      case "jsonld" -> Optional.of(ReportFormat.CLAIMREVIEW);
      default -> Optional.empty();
    };
  }

  /**
   * Writes {@code text} in UTF-8 through a temporary file beside the target.
   *
   * @throws IOException with a one-line message naming the file
   */
  void write(String text) throws IOException {
    write(w -> w.write(text));
  }

  /** What writes a document to a writer. */
  interface Content {
    void writeTo(java.io.Writer out) throws IOException;
  }

  /**
   * Writes what {@code content} writes, in UTF-8, through a temporary file beside the target.
   *
   * @throws IOException with a one-line message naming the file
   */
  void write(Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp;
    try {
      tmp = Files.createTempFile(dir, ".sasil-report-", ".tmp");
    } catch (IOException e) {
      throw new IOException("cannot write " + name + ": " + why(e), e);
    }
    try {
      try (java.io.Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        content.writeTo(w);
      }
      readableByAll(tmp);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new IOException("cannot write " + name + ": " + why(e), e);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static String why(IOException e) {
    return e instanceof NoSuchFileException ? "no such directory"
        : e instanceof AccessDeniedException ? "permission denied"
        : SasilCommand.oneLine(e);
  }

  /**
   * A temporary file is created owner-only; a report is an ordinary file: it keeps the
   * permissions of the file it replaces, or gets rw-r--r--.
   */
  private void readableByAll(Path tmp) throws IOException {
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> perms = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, perms);
  }
}
