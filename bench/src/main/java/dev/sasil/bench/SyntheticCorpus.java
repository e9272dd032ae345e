package dev.sasil.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sasil.core.read.RawDocument;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated JSON Lines corpus of {@link SyntheticNews} articles ({@code id}, {@code published},
 * {@code text}) in events of {@value #PER_EVENT} articles, each event with names of its own, for
 * measuring whole runs on more articles than the repository holds: the same seed and size give
 * the same file.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar dev.sasil.bench.SyntheticCorpus 10000 corpus.jsonl}</pre>
 */
public final class SyntheticCorpus {

  /** The seed of the corpora in the README's measurements. */
  public static final long SEED = 20240313L;

  /** Sentences per generated article. */
  public static final int SENTENCES = 25;

  /** Articles per event: the development corpora have five. */
  public static final int PER_EVENT = 5;

  private SyntheticCorpus() {}

  /** Writes {@code count} articles as JSON Lines. */
  public static void write(long seed, int count, Writer out) throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (RawDocument d : new SyntheticNews(seed).events(count, SENTENCES, PER_EVENT)) {
      ObjectNode n = json.createObjectNode();
      n.put("id", d.id());
      n.put("published", d.published().date().toString());
      n.put("text", d.content());
      out.write(json.writeValueAsString(n));
      out.write('\n');
    }
    out.flush();
  }

  /** {@code SyntheticCorpus COUNT FILE}: writes the corpus of {@link #SEED}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: SyntheticCorpus COUNT FILE");
      System.exit(2);
    }
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      write(SEED, Integer.parseInt(args[0]), w);
    }
  }
}
