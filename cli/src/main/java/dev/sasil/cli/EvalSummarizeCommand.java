package dev.sasil.cli;

import dev.sasil.core.morph.NoriAnalyzer;
import dev.sasil.summarizer.CleanLead;
import dev.sasil.summarizer.RankingParameters;
import dev.sasil.summarizer.SelectionModel;
import dev.sasil.summarizer.SentenceFeature;
import dev.sasil.summarizer.SummaryOptions;
import dev.sasil.summarizer.TextRankSummarizer;
import dev.sasil.summarizer.eval.EvaluationReport;
import dev.sasil.summarizer.eval.LabelledArticle;
import dev.sasil.summarizer.eval.LabelledCorpus;
import dev.sasil.summarizer.eval.MorphemeTokenizer;
import dev.sasil.summarizer.eval.Part;
import dev.sasil.summarizer.eval.RougeTokenizer;
import dev.sasil.summarizer.eval.SelectionFit;
import dev.sasil.summarizer.eval.SelectionRates;
import dev.sasil.summarizer.eval.SummaryEvaluation;
import dev.sasil.summarizer.eval.WeightSearch;
import dev.sasil.summarizer.eval.WordTokenizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sasil eval summarize}: ROUGE of our summaries beside Lead-k, the cleaned Lead-k,
 * Longest-k and the Oracle, with the selection rates of the system and the gold; or, with {@code
 * --search}, the fit of the news ranking's weights on the training parts.
 */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    description = {
      "ROUGE-1/2/L F1 of summaries against labelled sentences, beside Lead-k (the first k labelled"
          + " sentences), Lead-k after the summarizer's cleaning (headlines, bylines, captions and tag"
          + " lines skipped), the k longest sentences and the greedy Oracle, all computed in the same"
          + " run; then how the system and the labellers choose: summaries with a direct quote, with"
          + " the article's last sentence, with its lead, and the mean length of a chosen sentence.",
      "Tokens: 'words' are the tokens of score_summaries.py (lower-cased runs of [가-힣a-z0-9]);"
          + " 'morphemes' are Nori morphemes without punctuation.",
      "--part test keeps to the third of each corpus held out of fitting (by the CRC-32 of the id);"
          + " --search fits the news weights on the other two thirds, for the first FILE, keeping the others above --floor."
    })
final class EvalSummarizeCommand implements Callable<Integer> {

  /** Which tokenizations to score with. */
  enum Tokens { words, morphemes, both }

  /** How many of the best combinations {@code --search} prints. */
  private static final int SHOWN = 10;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE.jsonl",
      description = "Labelled corpora: id, title, text, sentences, summary (indices into sentences).")
  List<Path> files;

  @Option(names = "--sentences", paramLabel = "N", defaultValue = "3",
      description = "Sentences per summary, and k of the baselines (default: ${DEFAULT-VALUE}).")
  int sentences;

  @Option(names = "--tokens", paramLabel = "TOKENS", defaultValue = "both",
      description = "words, morphemes or both (default: ${DEFAULT-VALUE}).")
  Tokens tokens;

  @Option(names = "--part", paramLabel = "PART", defaultValue = "all",
      description = "all, train or test: the records scored (default: ${DEFAULT-VALUE}).")
  String part;

  @Option(names = "--search",
      description = "Fit the news weights (length, lead window, straight-news window and reach, reactions,"
          + " closing, key terms, redundancy) on the training"
          + " parts: the best combinations by the ROUGE-L of the first FILE among those keeping every"
          + " other FILE at or above --floor.")
  boolean search;

  @Option(names = "--grid", paramLabel = "NAME=V1,V2,...",
      description = "With --search: the values tried for a parameter, instead of the built-in news grid"
          + " (repeatable; any ranking parameter).")
  Map<String, String> grid = new LinkedHashMap<>();

  @Option(names = "--floor", paramLabel = "R-L", defaultValue = "64",
      description = "With --search: the ROUGE-L (x 100) every FILE but the first must keep on its training"
          + " part (default: ${DEFAULT-VALUE}).")
  double floor;

  @Option(names = "--fit", paramLabel = "MODEL.txt",
      description = "Fit the selection model (the logistic weights of the sentence features that rank an"
          + " article of at most modelSentences candidates) on the training parts of every FILE, and write it"
          + " to MODEL.txt; the bundled one is summarizer/src/main/resources/dev/sasil/summarizer/"
          + SelectionModel.RESOURCE + ".")
  Path fit;

  @Option(names = "--param", paramLabel = "NAME=VALUE",
      description = "Override a ranking parameter (e.g. lengthExponent=0, similarity=tfidf_cosine), for tuning.")
  Map<String, String> params = new TreeMap<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SummaryOptions options;
    RankingParameters ranking;
    Part selected;
    try {
      options = SummaryOptions.ofSentences(sentences);
      ranking = RankingParameters.DEFAULT.with(params);
      selected = Part.valueOf(part.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    List<List<LabelledArticle>> corpora = new ArrayList<>();
    for (Path file : files) {
      try {
        corpora.add(LabelledCorpus.read(file));
      } catch (IOException e) {
        err.println("sasil: " + file + ": " + dev.sasil.core.read.InputProblem.describe(e));
        err.flush();
        return ExitCodes.SOME_FAILED;
      }
    }
    if (search) {
      return search(out, ranking, corpora, options);
    }
    if (fit != null) {
      return fit(out, err, ranking, corpora);
    }
    List<RougeTokenizer> tokenizers = new ArrayList<>();
    if (tokens != Tokens.morphemes) {
      tokenizers.add(new WordTokenizer());
    }
    if (tokens != Tokens.words) {
      tokenizers.add(new MorphemeTokenizer(NoriAnalyzer.withBundledDictionary()));
    }
    SummaryEvaluation evaluation = new SummaryEvaluation(
        ArticleLoader.pipeline(), new TextRankSummarizer(ranking), new CleanLead(ranking), tokenizers);
    for (int f = 0; f < files.size(); f++) {
      if (f > 0) {
        out.println();
      }
      print(out, files.get(f), selected, evaluation.evaluate(selected.of(corpora.get(f)), options, sentences));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private void print(PrintWriter out, Path file, Part selected, EvaluationReport report) {
    out.printf(Locale.ROOT, "%s%s: %d articles, %d sentences per summary; ROUGE F1 x 100%n", file.getFileName(),
        selected == Part.ALL ? "" : " (" + selected.name().toLowerCase(Locale.ROOT) + " part)",
        report.articles(), sentences);
    out.printf(Locale.ROOT, "%-10s %-13s %6s %6s %6s %10s%n", "tokens", "system", "R-1", "R-2", "R-L", "sentences");
    for (EvaluationReport.Row r : report.rows()) {
      out.printf(Locale.ROOT, "%-10s %-13s %6.1f %6.1f %6.1f %10.2f%n", r.tokens(), r.system(),
          100 * r.mean().rouge1(), 100 * r.mean().rouge2(), 100 * r.mean().rougeL(), r.meanSentences());
    }
    out.printf(Locale.ROOT, "%-10s %14s %14s %14s %12s%n", "chooses", "direct quote", "last sentence", "lead",
        "mean chars");
    rates(out, "system", report.systemRates());
    rates(out, "gold", report.goldRates());
  }

  private static void rates(PrintWriter out, String who, SelectionRates r) {
    out.printf(Locale.ROOT, "%-10s %14s %14s %14s %12.0f%n", who, share(r.quote(), r.summaries()),
        share(r.last(), r.summaries()), share(r.lead(), r.summaries()), r.meanChars());
  }

  private static String share(double rate, int n) {
    return String.format(Locale.ROOT, "%d/%d", Math.round(rate * n), n);
  }

  private int fit(PrintWriter out, PrintWriter err, RankingParameters ranking, List<List<LabelledArticle>> corpora) {
    TextRankSummarizer summarizer = new TextRankSummarizer(ranking);
    List<SelectionFit.Example> examples = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (int f = 0; f < files.size(); f++) {
      List<LabelledArticle> train = Part.TRAIN.of(corpora.get(f));
      examples.addAll(SelectionFit.examples(ArticleLoader.pipeline(), summarizer, train));
      sources.add(files.get(f).getFileName() + " (" + train.size() + " of " + corpora.get(f).size() + " articles)");
    }
    if (examples.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "--fit: no article with a candidate sentence in the training parts of " + files);
    }
    long kept = examples.stream().filter(SelectionFit.Example::kept).count();
    SelectionFit how = SelectionFit.STANDARD;
    SelectionModel model = how.fit(examples);
    List<String> header = List.of(
        "The weights of dev.sasil.summarizer.SelectionModel: the log-odds that an editor keeps a candidate",
        "sentence are bias + the sum of weight x value over the features (dev.sasil.summarizer.SentenceFeature",
        "says what each value is). Written by `sasil eval summarize --fit`, do not edit by hand:",
        "",
        "  fitted on the training parts (two thirds, by the CRC-32 of the id) of " + String.join(", ", sources),
        String.format(Locale.ROOT, "  %d candidate sentences, %d of them kept by the labellers;", examples.size(), kept),
        String.format(Locale.ROOT, "  logistic regression, L2 %.1f on standardized features, %d gradient steps of %.2f;",
            how.l2(), how.iterations(), how.rate()),
        "  the weights are on the features' own scale.",
        "");
    try {
      Files.writeString(fit, model.format(header), StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("sasil: " + fit + ": " + dev.sasil.core.read.InputProblem.describe(e));
      err.flush();
      return ExitCodes.SOME_FAILED;
    }
    out.printf(Locale.ROOT, "wrote %s: %d weights fitted on %d candidate sentences (%d kept) of %s%n", fit,
        SentenceFeature.COUNT, examples.size(), kept, String.join(", ", sources));
    out.flush();
    return ExitCodes.OK;
  }

  private int search(PrintWriter out, RankingParameters base, List<List<LabelledArticle>> corpora,
      SummaryOptions options) {
    List<List<LabelledArticle>> train = corpora.stream().map(Part.TRAIN::of).toList();
    WeightSearch searcher = new WeightSearch(ArticleLoader.pipeline(), train);
    Map<String, List<String>> axes = WeightSearch.NEWS_GRID;
    if (!grid.isEmpty()) {
      axes = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : grid.entrySet()) {
        axes.put(e.getKey(), List.of(e.getValue().split(",")));
      }
    }
    List<WeightSearch.Result> results;
    try {
      results = searcher.run(base, axes, options, floor / 100);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    out.printf(Locale.ROOT, "search over %d combinations of %s; training parts: %s; floor for all but the first: %.1f%n",
        results.size(), axes, trainSizes(train), floor);
    out.println("first R-L  mean R-L  R-L per file  parameters");
    for (WeightSearch.Result r : results.subList(0, Math.min(SHOWN, results.size()))) {
      result(out, r, r.changes().toString());
    }
    result(out, searcher.score(Map.of(), base, options), "the parameters given (defaults and --param)");
    out.flush();
    return ExitCodes.OK;
  }

  private static void result(PrintWriter out, WeightSearch.Result r, String what) {
    out.printf(Locale.ROOT, "%9.1f  %8.1f  %-12s  %s%n", 100 * r.target(), 100 * r.mean(),
        r.rougeL().stream().map(v -> String.format(Locale.ROOT, "%.1f", 100 * v)).toList(), what);
  }

  private String trainSizes(List<List<LabelledArticle>> train) {
    List<String> out = new ArrayList<>();
    for (int f = 0; f < files.size(); f++) {
      out.add(files.get(f).getFileName() + " " + train.get(f).size());
    }
    return String.join(", ", out);
  }
}
