package dev.sasil.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where tests find data: the repository's {@code examples/} (always there) and {@code
 * ../shared} (only beside a development checkout; tests that need it are skipped without it).
 */
public final class TestData {

  private TestData() {}

  /** The repository root (Surefire sets {@code sasil.root}; otherwise found from the working directory). */
  public static Path root() {
    String prop = System.getProperty("sasil.root");
    if (prop != null && Files.isDirectory(Path.of(prop, "examples"))) {
      return Path.of(prop);
    }
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("examples"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("cannot find the repository root (no examples/ above the working directory)");
    }
    return p;
  }

  /** {@code examples/}: the five seed articles, {@code seeds.jsonl}, {@code gold.json}, {@code published.tsv}. */
  public static Path examples() {
    return root().resolve("examples");
  }

  /** {@code ../shared} if it is there. */
  public static Optional<Path> shared() {
    String prop = System.getProperty("sasil.shared");
    Path p = prop != null ? Path.of(prop) : root().resolve("../shared");
    return Files.isDirectory(p) ? Optional.of(p.normalize()) : Optional.empty();
  }

  /**
   * A file under {@code ../shared}; the calling test is skipped, with a message saying so, when
   * it is absent.
   */
  public static Path sharedFile(String relative) {
    Optional<Path> shared = shared();
    assume(shared.isPresent(), "../shared is absent: skipping a test that needs " + relative);
    Path p = shared.get().resolve(relative);
    assume(Files.exists(p), "../shared/" + relative + " is absent: skipping");
    return p;
  }

  /**
   * Skips the calling test unless {@code condition} holds, saying why on stderr too: Surefire
   * counts skipped tests without their reasons, so the build log shows this line.
   */
  public static void assume(boolean condition, String why) {
    if (!condition) {
      System.err.println("skipped: " + why);
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(condition, why);
  }
}
