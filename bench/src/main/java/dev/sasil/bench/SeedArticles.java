package dev.sasil.bench;

import dev.sasil.core.read.DocumentReader;
import dev.sasil.core.read.RawDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bundled example articles, found from the working directory (the repository root or bench/). */
final class SeedArticles {

  private SeedArticles() {}

  static List<RawDocument> load() {
    for (String dir : List.of("examples", "../examples")) {
      Path corpus = Path.of(dir, "seeds.jsonl");
      if (Files.isRegularFile(corpus)) {
        return new DocumentReader().read(List.of(corpus.toString())).documents();
      }
    }
    throw new IllegalStateException("examples/seeds.jsonl not found: run from the repository root");
  }
}
