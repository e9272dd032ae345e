package dev.sasil.core.read;

import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.time.PartialDate;
import dev.sasil.core.work.Workers;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads inputs into articles: {@link DocumentReader} for the documents, the caller's publication
 * dates put over theirs, {@link ArticlePipeline} for the rest. What the CLI and the library both
 * use, so that a file reads the same way from either. Immutable and thread-safe (a {@link
 * DocumentReader} is made per call); the {@code with…} methods return new readers sharing the
 * pipeline.
 *
 * <p>Documents are read one after the other; turning them into articles (cleaning, dating,
 * Nori) runs on the reader's {@link Workers} (one thread unless {@link #withWorkers(Workers)}
 * says otherwise), and the articles come out in input order whatever the number of threads.
 */
public final class ArticleReader {

  /** Told after each document is processed: {@code done} of {@code total}. */
  @FunctionalInterface
  public interface Progress {
    /** Tells nothing. */
    Progress NONE = (done, total) -> {};

    /** {@code done} of {@code total} documents are processed. */
    void advance(int done, int total);

    /** The document read from {@code origin} is about to be processed. */
    default void starting(String origin) {}
  }

  /**
   * The articles read and what went wrong.
   *
   * @param articles the articles, in input order
   * @param documents the documents they were made from (same order, same length; with the
   *     caller's dates applied)
   * @param problems inputs, or parts of them, that gave no article: one line each
   * @param warnings what was read but may be wrong (a replaced byte, a language not Korean, a
   *     date given for an id no input has)
   * @param documentsRead every document the inputs held, those that gave no article included
   */
  public record Result(List<Article> articles, List<RawDocument> documents, List<InputProblem> problems,
      List<InputProblem> warnings, int documentsRead) {

    public Result {
      articles = List.copyOf(articles);
      documents = List.copyOf(documents);
      problems = List.copyOf(problems);
      warnings = List.copyOf(warnings);
      if (articles.size() != documents.size()) {
        throw new IllegalArgumentException(articles.size() + " articles from " + documents.size() + " documents");
      }
    }

    /** A result whose every document gave an article. */
    public Result(List<Article> articles, List<RawDocument> documents, List<InputProblem> problems,
        List<InputProblem> warnings) {
      this(articles, documents, problems, warnings, documents.size());
    }

    /** Whether some input gave no article. */
    public boolean someFailed() {
      return !problems.isEmpty();
    }
  }

  /**
   * One document as {@link Batch#process} hands it on: its article and what the caller's function
   * made of it, or the problem that stopped it.
   *
   * @param document the document (with the caller's date applied)
   * @param article the article, or null when {@code problem} is set
   * @param result what the caller's function returned for the article, or null when {@code
   *     problem} is set
   * @param problem why the document gave no article, or null
   */
  public record Processed<R>(RawDocument document, Article article, R result, InputProblem problem) {

    /** Whether the document gave an article. */
    public boolean ok() {
      return problem == null;
    }

    /** The article's warnings, each naming the document. */
    public List<InputProblem> warnings() {
      return article == null ? List.of()
          : article.warnings().stream().map(w -> new InputProblem(document.origin(), w)).toList();
    }
  }

  /**
   * The documents of some inputs, read and dated but not yet turned into articles, with what
   * went wrong reading them: known before the first article is made, so that a caller can say so
   * first. {@link #process} then makes the articles. Not thread-safe; use it once.
   */
  public final class Batch {

    private final List<RawDocument> documents;
    private final List<InputProblem> problems;
    private final List<InputProblem> warnings;
    private final List<InputProblem> unusedDates;

    private Batch(List<RawDocument> documents, List<InputProblem> problems, List<InputProblem> warnings,
        List<InputProblem> unusedDates) {
      this.documents = new ArrayList<>(documents);
      this.problems = List.copyOf(problems);
      this.warnings = List.copyOf(warnings);
      this.unusedDates = List.copyOf(unusedDates);
    }

    /** Inputs, or parts of them, that gave no document (an unreadable file, a malformed record). */
    public List<InputProblem> problems() {
      return problems;
    }

    /** What the reading warns of: a replaced byte, an id used twice. */
    public List<InputProblem> warnings() {
      return warnings;
    }

    /** A warning for each date given for an id no input has. */
    public List<InputProblem> unusedDates() {
      return unusedDates;
    }

    /** The number of documents the inputs held. */
    public int size() {
      return documents.size();
    }

    /**
     * Turns every document into its article and hands each on, as soon as it and every document
     * before it are done: its article and what {@code then} makes of it (both run on the
     * reader's workers), or the problem that stopped it. The batch lets go of each document as
     * it is handed on, so memory holds a window of articles in flight, not every article. {@code
     * sink} and {@code progress} are called on the caller's thread, in input order.
     *
     * @param then what to make of each article (a summary, its claims); must be thread-safe when
     *     the workers have several threads; a {@code RuntimeException} it throws is the
     *     document's problem
     */
    public <R> void process(Progress progress, Function<? super Article, ? extends R> then,
        Consumer<? super Processed<R>> sink) {
      int total = documents.size();
      int[] next = {0};
      Iterator<RawDocument> docs = new Iterator<>() {
        @Override
        public boolean hasNext() {
          return next[0] < total;
        }

        @Override
        public RawDocument next() {
          RawDocument d = documents.set(next[0]++, null); // let go of it once it is processed
          progress.starting(d.origin());
          return d;
        }
      };
      int[] done = {0};
      Workers on = total < 2 ? Workers.single() : workers; // one document: no pool to start
      on.<RawDocument, Processed<R>>forEachOrdered(docs, d -> processed(d, then), p -> {
        sink.accept(p);
        progress.advance(++done[0], total);
      });
    }
  }

  private final ArticlePipeline pipeline;
  private final ReaderOptions options;
  private final Supplier<InputStream> stdin;
  private final Map<String, PartialDate> published;
  private final PageFetcher.Settings fetching;
  private final Workers workers;

  /** A reader with the default options, reading {@code -} from {@link System#in}, on one thread. */
  public ArticleReader(ArticlePipeline pipeline) {
    this(pipeline, ReaderOptions.DEFAULT, () -> System.in, Map.of(), PageFetcher.Settings.DEFAULT, Workers.single());
  }

  private ArticleReader(ArticlePipeline pipeline, ReaderOptions options, Supplier<InputStream> stdin,
      Map<String, PartialDate> published, PageFetcher.Settings fetching, Workers workers) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.options = Objects.requireNonNull(options, "options");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.published = Map.copyOf(published);
    this.fetching = Objects.requireNonNull(fetching, "fetching");
    this.workers = Objects.requireNonNull(workers, "workers");
  }

  /** The pipeline that turns documents into articles. */
  public ArticlePipeline pipeline() {
    return pipeline;
  }

  /** This reader with other reading options (the size limit). */
  public ArticleReader withOptions(ReaderOptions newOptions) {
    return new ArticleReader(pipeline, newOptions, stdin, published, fetching, workers);
  }

  /** This reader taking standard input ({@code -}) from {@code newStdin}. */
  public ArticleReader withStdin(Supplier<InputStream> newStdin) {
    return new ArticleReader(pipeline, options, newStdin, published, fetching, workers);
  }

  /**
   * This reader giving the articles of these ids these publication dates, over what the inputs
   * say ({@code --published ID=DATE}); an id no input has gives a warning.
   */
  public ArticleReader withPublished(Map<String, PartialDate> dates) {
    return new ArticleReader(pipeline, options, stdin, new TreeMap<>(dates), fetching, workers);
  }

  /** This reader fetching web pages with these settings (time limit, redirects, User-Agent). */
  public ArticleReader withFetching(PageFetcher.Settings settings) {
    return new ArticleReader(pipeline, options, stdin, published, settings, workers);
  }

  /**
   * This reader turning documents into articles on {@code newWorkers}' threads; the articles
   * are the same, in the same order, whatever their number.
   */
  public ArticleReader withWorkers(Workers newWorkers) {
    return new ArticleReader(pipeline, options, stdin, published, fetching, newWorkers);
  }

  /** The workers documents are processed on. */
  public Workers workers() {
    return workers;
  }

  /** Reads every input (files, directories, JSON Lines, {@code -}); a bad one does not stop the others. */
  public Result read(List<String> inputs) {
    return read(inputs, Progress.NONE);
  }

  /** Reads every input, telling {@code progress} after each document. */
  public Result read(List<String> inputs, Progress progress) {
    Batch batch = documents(inputs);
    int total = batch.size();
    List<Article> articles = new ArrayList<>();
    List<RawDocument> documents = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>(batch.problems());
    List<InputProblem> warnings = new ArrayList<>(batch.warnings());
    batch.process(progress, a -> Boolean.TRUE, p -> {
      if (p.ok()) {
        warnings.addAll(p.warnings());
        articles.add(p.article());
        documents.add(p.document());
      } else {
        problems.add(p.problem());
      }
    });
    warnings.addAll(batch.unusedDates());
    return new Result(articles, documents, problems, warnings, total);
  }

  /**
   * Reads the documents of every input and dates them, without making articles yet: {@link
   * Batch#process} does, on this reader's workers, handing each on as it is done.
   */
  public Batch documents(List<String> inputs) {
    ReadResult read = documentReader().read(inputs);
    Set<String> unused = new TreeSet<>(published.keySet());
    List<RawDocument> dated = new ArrayList<>(read.documents().size());
    for (RawDocument doc : read.documents()) {
      PartialDate given = published.get(doc.id());
      dated.add(given == null ? doc : ArticleSource.DEFAULT.withPublished(given).applyTo(doc));
      unused.remove(doc.id());
    }
    List<InputProblem> unusedDates = new ArrayList<>();
    for (String id : unused) {
      unusedDates.add(new InputProblem("--published " + id, "no article has this id"));
    }
    return new Batch(dated, read.problems(), read.warnings(), unusedDates);
  }

  private <R> Processed<R> processed(RawDocument d, Function<? super Article, ? extends R> then) {
    try {
      Article a = pipeline.process(d);
      return new Processed<>(d, a, then.apply(a), null);
    } catch (RuntimeException e) {
      return new Processed<>(d, null, null, new InputProblem(d.origin(), oneLine(e)));
    }
  }

  /**
   * The one article of a text or HTML file.
   *
   * @throws InputException saying why, when the file cannot be read or holds no article or
   *     several (a directory, a JSON Lines corpus: use {@link #read(List)})
   */
  public Article read(Path file, ArticleSource source) throws InputException {
    return one(file.toString(), source);
  }

  /**
   * The article of a web page, fetched over HTTP(S); its id is the URL, its outlet the page's
   * {@code og:site_name} or the URL's host.
   *
   * @throws InputException with one line saying why, when the page cannot be fetched or is not
   *     an article (a 404, an image, a page over the size limit)
   */
  public Article read(URI url, ArticleSource source) throws InputException {
    if (!PageFetcher.isUrl(url.toString())) {
      throw new InputException(url + ": not an http(s) URL");
    }
    return one(url.toString(), source);
  }

  private Article one(String input, ArticleSource source) throws InputException {
    ReadResult read = documentReader().read(List.of(input));
    if (!read.problems().isEmpty()) {
      throw new InputException(read.problems().get(0).toString());
    }
    if (read.documents().size() != 1) {
      throw new InputException(input + ": holds " + read.documents().size()
          + " articles; read a directory or a corpus with read(List)");
    }
    return process(read.documents().get(0), source);
  }

  /**
   * The article of a text, plain or HTML (when it starts with {@code <}). Its id is the source's,
   * or {@code text}.
   */
  public Article read(String text, ArticleSource source) {
    Objects.requireNonNull(text, "text");
    String id = source.id() == null ? "text" : source.id();
    boolean html = text.stripLeading().startsWith("<");
    return process(new RawDocument(id, id, null, null, null, text, html), source);
  }

  private DocumentReader documentReader() {
    return new DocumentReader(options, stdin, fetching);
  }

  private Article process(RawDocument doc, ArticleSource source) {
    return pipeline.process(source.applyTo(doc));
  }

  private static String oneLine(RuntimeException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replace('\n', ' ');
  }
}
