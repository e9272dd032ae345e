package dev.sasil.cli;

import dev.sasil.Sasil;
import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.read.ArticleReader;
import dev.sasil.core.read.InputProblem;
import dev.sasil.core.read.RawDocument;
import java.io.PrintWriter;
import java.util.List;

/**
 * Reads the inputs of a command with the library's {@link ArticleReader} and prints one line per
 * problem to stderr ({@code sasil: INPUT: message}) and one per warning ({@code sasil: warning:
 * INPUT: message}).
 */
final class ArticleLoader {

  /**
   * The articles read, the documents they were made from (same order, same length) and whether
   * some input failed.
   */
  record Loaded(List<Article> articles, List<RawDocument> documents, boolean someFailed) {
    Loaded {
      articles = List.copyOf(articles);
      documents = List.copyOf(documents);
    }

    int exitCode() {
      return someFailed ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
  }

  private ArticleLoader() {}

  static ArticlePipeline pipeline() {
    return Sasil.standard().reader().pipeline();
  }

  /** Loads the inputs of {@code options}, honouring its {@code --published} and {@code --max-size}. */
  static Loaded load(InputOptions options, PrintWriter err) {
    return load(options, err, ArticleReader.Progress.NONE);
  }

  /** Loads the inputs of {@code options}, telling {@code progress} after each document. */
  static Loaded load(InputOptions options, PrintWriter err, ArticleReader.Progress progress) {
    ArticleReader reader = Sasil.standard().reader()
        .withOptions(options.readerOptions())
        .withPublished(options.publishedDates());
    ArticleReader.Result read = reader.read(options.inputs, progress);
    for (InputProblem p : read.problems()) {
      err.println("sasil: " + p);
    }
    for (InputProblem w : read.warnings()) {
      err.println("sasil: warning: " + w);
    }
    err.flush();
    return new Loaded(read.articles(), read.documents(), read.someFailed());
  }
}
