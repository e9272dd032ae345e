package dev.sasil.bench;

import dev.sasil.core.read.DocumentReader;
import dev.sasil.core.read.RawDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bundled example articles, found from the working directory (the repository root or bench/). */
final class SeedArticles {

  /** Articles in {@code seeds.jsonl}: the operations per invocation of a loop over them. */
  static final int COUNT = 5;

  private SeedArticles() {}

  /** The {@value #COUNT} seed articles; fails when the file holds another number. */
  static List<RawDocument> load() {
    List<RawDocument> docs = new DocumentReader().read(List.of(path().toString())).documents();
    if (docs.size() != COUNT) {
      throw new IllegalStateException("expected " + COUNT + " seed articles, read " + docs.size());
    }
    return docs;
  }

  /** What a benchmark's {@code corpus} parameter names: {@code seeds} for the bundled examples, else itself. */
  static String input(String corpus) {
    return corpus.equals("seeds") ? path().toString() : corpus;
  }

  /** {@code examples/seeds.jsonl}, from the repository root or bench/. */
  static Path path() {
    for (String dir : List.of("examples", "../examples")) {
      Path corpus = Path.of(dir, "seeds.jsonl");
      if (Files.isRegularFile(corpus)) {
        return corpus;
      }
    }
    throw new IllegalStateException("examples/seeds.jsonl not found: run from the repository root");
  }
}
