package dev.sasil.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;

/**
 * The start-up floor of {@code sasil summarize ONE.txt}: a bare JVM that loads Lucene Nori (its
 * system dictionary) and tokenizes one file, nothing else. Compare their wall times:
 *
 * <pre>
 * /usr/bin/time -v java -cp bench/target/benchmarks.jar dev.sasil.bench.NoriStartup examples/003_ea2763dd7b979d46.txt
 * /usr/bin/time -v ./sasil summarize examples/003_ea2763dd7b979d46.txt
 * </pre>
 */
public final class NoriStartup {

  private NoriStartup() {}

  public static void main(String[] args) throws IOException {
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    int tokens = 0;
    try (Analyzer analyzer = new KoreanAnalyzer(); TokenStream ts = analyzer.tokenStream("body", text)) {
      ts.reset();
      while (ts.incrementToken()) {
        tokens++;
      }
      ts.end();
    }
    System.out.println(tokens + " tokens");
  }
}
