package dev.sasil.cli;

import dev.sasil.Sasil;
import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.read.ArticleReader;
import dev.sasil.core.read.RawDocument;
import java.io.PrintWriter;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Streams the inputs of a command through the library's {@link ArticleReader} and prints one line
 * per problem to stderr ({@code sasil: INPUT: message}), one per warning ({@code sasil: warning:
 * INPUT: message}) and, last, one line of what was read, kept and refused ({@link BatchCounts}).
 */
final class ArticleLoader {

  private ArticleLoader() {}

  /** Passes progress on and remembers the document last started, to name it when the heap runs out. */
  private static final class Tracking implements ArticleReader.Progress {
    private final ArticleReader.Progress progress;
    private String current;

    Tracking(ArticleReader.Progress progress) {
      this.progress = progress;
    }

    @Override
    public void advance(int done, int total) {
      progress.advance(done, total);
    }

    @Override
    public void starting(String origin) {
      current = origin;
    }

    OutOfMemory outOfMemory() {
      return current == null ? OutOfMemory.inRun() : OutOfMemory.on(current);
    }
  }

  static ArticlePipeline pipeline() {
    return Sasil.standard().reader().pipeline();
  }

  /** The standard reader with the options' threads, size limit and dates. */
  private static ArticleReader reader(InputOptions options) {
    return Sasil.standard().reader()
        .withWorkers(options.workers())
        .withOptions(options.readerOptions())
        .withPublished(options.publishedDates());
  }

  /** What a streamed load leaves: whether some input failed, and the batch's counts. */
  record Streamed(boolean someFailed, BatchCounts counts) {

    int exitCode() {
      return someFailed ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
  }

  /**
   * Reads the inputs of {@code options} and hands each article, with what {@code then} made of it
   * on the workers of {@code --threads}, to {@code sink} as soon as it and every article before it
   * are done, in input order; no article is kept. The problems and warnings of reading are printed
   * first, a document that fails on its own line when its turn comes (the others still go to
   * {@code sink}), and the batch's counts line last unless {@code quiet}.
   */
  static <R> Streamed stream(InputOptions options, PrintWriter err, ArticleReader.Progress progress, boolean quiet,
      Function<Article, R> then, BiConsumer<Article, R> sink) {
    return stream(options, err, progress, quiet, then, (d, a, r) -> sink.accept(a, r));
  }

  /** What receives each article of a stream, with the document it was read from and what was made of it. */
  interface Sink<R> {
    void accept(RawDocument document, Article article, R result);
  }

  /** {@link #stream(InputOptions, PrintWriter, ArticleReader.Progress, boolean, Function, BiConsumer)}, the sink also given each document. */
  static <R> Streamed stream(InputOptions options, PrintWriter err, ArticleReader.Progress progress, boolean quiet,
      Function<Article, R> then, Sink<R> sink) {
    ArticleReader reader = reader(options);
    ArticleReader.Batch batch = reader.documents(options.inputs);
    batch.problems().forEach(p -> err.println("sasil: " + p));
    batch.warnings().forEach(w -> err.println("sasil: warning: " + w));
    err.flush();
    int[] refused = {batch.problems().size()};
    BatchCounts.Tally tally = new BatchCounts.Tally();
    Tracking tracking = new Tracking(progress);
    try {
      batch.<R>process(tracking, then, p -> {
        if (!p.ok()) {
          err.println("sasil: " + p.problem());
          err.flush();
          refused[0]++;
          return;
        }
        p.warnings().forEach(w -> err.println("sasil: warning: " + w));
        tally.add(p.document().content(), p.article());
        sink.accept(p.document(), p.article(), p.result());
      });
    } catch (OutOfMemoryError e) {
      throw tracking.outOfMemory();
    }
    batch.unusedDates().forEach(w -> err.println("sasil: warning: " + w));
    BatchCounts counts = tally.counts(options.inputs.size(), batch.size(), refused[0]);
    if (!quiet) {
      err.println("sasil: " + counts.line());
    }
    err.flush();
    return new Streamed(refused[0] > 0, counts);
  }
}
