package dev.sasil.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;

/**
 * The floor of a {@code sasil} run: a bare JVM that loads Lucene Nori (its system dictionary) and
 * tokenizes the files given, nothing else: a text file whole, a JSON Lines corpus record by record
 * (its {@code text} fields). Compare their wall times and peak memory:
 *
 * <pre>
 * /usr/bin/time -v java -cp bench/target/benchmarks.jar dev.sasil.bench.NoriStartup examples/003_ea2763dd7b979d46.txt
 * /usr/bin/time -v ./sasil summarize examples/003_ea2763dd7b979d46.txt
 * </pre>
 */
public final class NoriStartup {

  private NoriStartup() {}

  public static void main(String[] args) throws IOException {
    long tokens = 0;
    try (Analyzer analyzer = new KoreanAnalyzer()) {
      for (String file : args) {
        Path path = Path.of(file);
        if (file.endsWith(".jsonl")) {
          ObjectMapper json = new ObjectMapper();
          try (var lines = Files.lines(path, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
              if (!line.isBlank()) {
                tokens += tokens(analyzer, json.readTree(line).path("text").asText());
              }
            }
          }
        } else {
          tokens += tokens(analyzer, Files.readString(path, StandardCharsets.UTF_8));
        }
      }
    }
    System.out.println(tokens + " tokens");
  }

  private static long tokens(Analyzer analyzer, String text) throws IOException {
    long n = 0;
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      ts.reset();
      while (ts.incrementToken()) {
        n++;
      }
      ts.end();
    }
    return n;
  }
}
