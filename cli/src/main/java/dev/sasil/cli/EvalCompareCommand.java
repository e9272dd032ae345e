package dev.sasil.cli;

import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.eval.FindingsScore;
import dev.sasil.factcheck.eval.FindingsScorer;
import dev.sasil.factcheck.eval.GoldFindings;
import dev.sasil.factcheck.eval.GoldFindingsReader;
import dev.sasil.factcheck.eval.GoldTextCheck;
import dev.sasil.factcheck.eval.ScoreCounts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sasil eval compare}: the findings of {@code sasil compare} scored against a
 * fact-checker's gold file, with the rules of {@code tools/score_findings.py}; with {@code
 * --events}, every event of a gold directory, like {@code tools/score_corpora.py}.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Score the findings of 'sasil compare' on CORPUS against GOLD, as score_findings.py does:"
          + " one line per gold item (FOUND/MISSED; look-alikes LINKED/ok), every contradiction finding"
          + " judged true, either or false, a warning for each cited text the corpus lacks, and the figures last.",
      "With --events, GOLD is a directory of <event>/gold.json and CORPUS a directory of <event>.jsonl:"
          + " one line per event and the totals, as score_corpora.py prints them."
    })
final class EvalCompareCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { text, json }

  /** One event of {@code --events}: its name, gold file and texts. */
  private record Event(String name, Path gold, Path texts) {}

  /** An event scored. */
  record EventScore(String event, ScoreCounts counts) {}

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GOLD",
      description = "A gold file (gold.json); with --events, a directory of <event>/gold.json.")
  Path gold;

  @Parameters(index = "1", paramLabel = "CORPUS",
      description = "The articles, as 'sasil compare' reads them (usually one .jsonl);"
          + " with --events, a directory of <event>.jsonl.")
  Path corpus;

  @Option(names = "--events", description = "Score every event of a gold directory against its texts.")
  boolean events;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Override
  public Integer call() {
    return events ? scoreEvents() : scoreOne();
  }

  private int scoreOne() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    GoldFindings goldFindings;
    try {
      goldFindings = GoldFindingsReader.read(gold);
    } catch (IOException e) {
      return fail(SasilCommand.oneLine(e));
    }
    if (!Files.exists(corpus)) {
      return fail(corpus + ": no such file or directory");
    }
    CrossCheck run = CrossCheck.run(InputOptions.of(corpus.toString()), err);
    FindingsScore score = FindingsScorer.score(goldFindings, run.findings());
    List<GoldTextCheck.Missing> missing = GoldTextCheck.missing(goldFindings, texts(run));
    if (format == Format.json) {
      EvalCompareJson json = new EvalCompareJson();
      out.print(json.write(json.score(score, missing)));
    } else {
      printText(out, score, missing);
    }
    out.flush();
    return run.readExitCode();
  }

  private int scoreEvents() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(gold)) {
      return fail(gold + ": no such directory");
    }
    if (!Files.isDirectory(corpus)) {
      return fail(corpus + ": no such directory");
    }
    List<Event> all;
    try {
      all = events(gold, corpus);
    } catch (UncheckedIOException e) {
      return fail(gold + ": cannot list: " + SasilCommand.oneLine(e.getCause()));
    }
    if (all.isEmpty()) {
      return fail(gold + ": no <event>/gold.json in this directory");
    }
    List<String> noTexts = all.stream().filter(e -> !Files.isRegularFile(e.texts())).map(Event::name).toList();
    if (!noTexts.isEmpty()) {
      return fail(String.format(Locale.ROOT, "texts missing for %d of %d events (%s): no %s; rebuild them from each event's sources.tsv",
          noTexts.size(), all.size(), String.join(", ", noTexts), corpus.resolve("<event>.jsonl")));
    }
    boolean failed = false;
    List<EventScore> scores = new ArrayList<>();
    for (Event e : all) {
      GoldFindings g;
      try {
        g = GoldFindingsReader.read(e.gold());
      } catch (IOException ex) {
        err.println("sasil: " + SasilCommand.oneLine(ex));
        err.flush();
        failed = true;
        continue;
      }
      CrossCheck run = CrossCheck.run(InputOptions.of(e.texts().toString()), err);
      failed |= run.someFailed();
      for (GoldTextCheck.Missing m : GoldTextCheck.missing(g, texts(run))) {
        err.println("sasil: warning: " + e.name() + ": " + m.message());
      }
      err.flush();
      ScoreCounts c = FindingsScorer.score(g, run.findings()).counts();
      scores.add(new EventScore(e.name(), c));
      if (format == Format.text) {
        out.printf(Locale.ROOT, "%s: found %d/%d, contradiction findings %d (%d true), look-alikes linked %d%n",
            e.name(), c.found(), c.total(), c.contradictionFindings(), c.trueContradictions(), c.lookAlikesLinked());
        out.flush();
      }
    }
    ScoreCounts totals = scores.stream().map(EventScore::counts).reduce(ScoreCounts.ZERO, ScoreCounts::plus);
    if (format == Format.json) {
      EvalCompareJson json = new EvalCompareJson();
      out.print(json.write(json.events(scores, totals)));
    } else {
      out.println("events=" + scores.size() + " " + figures(totals));
    }
    out.flush();
    return failed ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  /** The events of a gold directory, sorted by name, each with where its texts should be. */
  private static List<Event> events(Path goldRoot, Path textRoot) {
    List<Event> out = new ArrayList<>();
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(goldRoot, Files::isDirectory)) {
      for (Path dir : dirs) {
        String name = dir.getFileName().toString();
        Path g = dir.resolve("gold.json");
        if (Files.isRegularFile(g)) {
          out.add(new Event(name, g, textRoot.resolve(name + ".jsonl")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.sort((a, b) -> a.name().compareTo(b.name()));
    return out;
  }

  /** Each article's text as read: the document's text, or the cleaned text of an HTML document. */
  private static List<GoldTextCheck.ArticleText> texts(CrossCheck run) {
    List<GoldTextCheck.ArticleText> out = new ArrayList<>();
    for (int i = 0; i < run.articles().size(); i++) {
      out.add(new GoldTextCheck.ArticleText(run.articles().get(i).id(), run.sourceTexts().get(i)));
    }
    return out;
  }

  private static void printText(PrintWriter out, FindingsScore score, List<GoldTextCheck.Missing> missing) {
    for (FindingsScore.ItemOutcome o : score.items()) {
      String label = switch (o.item().section()) {
        case AGREEMENTS, CONTRADICTIONS -> o.hit() ? "FOUND " : "MISSED";
        case NOT_CONTRADICTIONS -> o.hit() ? "LINKED" : "ok    ";
        case EITHER -> null;
      };
      if (label != null) {
        out.println(label + " " + o.item().id() + (o.item().stretch() ? " (stretch)" : "") + ": " + o.item().about());
      }
    }
    out.println(String.format(Locale.ROOT, "contradiction findings: %d (%d true, %d either, %d false)",
        score.contradictions().size(), count(score, FindingsScore.Judgement.TRUE),
        count(score, FindingsScore.Judgement.EITHER), count(score, FindingsScore.Judgement.FALSE)));
    for (FindingsScore.ContradictionOutcome c : score.contradictions()) {
      out.printf(Locale.ROOT, "  %-6s %s: %s%s%n", c.judgement().jsonName(), title(c.finding()), values(c.finding()),
          c.covers().isEmpty() ? "" : " (" + String.join(", ", c.covers()) + ")");
    }
    for (GoldTextCheck.Missing m : missing) {
      out.println("warning: " + m.message());
    }
    out.println(figures(score.counts()));
  }

  private static long count(FindingsScore score, FindingsScore.Judgement judgement) {
    return score.contradictions().stream().filter(c -> c.judgement() == judgement).count();
  }

  /** {@code 오픈AI · returned [period=2023-Q3]}. */
  private static String title(Finding f) {
    return f.subject() + " · " + f.attribute() + (f.qualifiers().isEmpty() ? "" : " [" + String.join(", ", f.qualifiers()) + "]");
  }

  /** {@code altman-4 2023-11-22 «22일(현지시각)»; altman-5 2023-11-21 «21일(현지시간)»}. */
  private static String values(Finding f) {
    return f.claims().stream().map(EvalCompareCommand::value).collect(Collectors.joining("; "));
  }

  private static String value(Claim c) {
    return c.evidence().articleId() + " " + c.value().normalized() + " «" + c.evidence().text() + "»";
  }

  /** The last line: {@code recall=R (F/T) contradiction_precision=P (TC/C) look-alikes_linked=L stretch=S/T}. */
  static String figures(ScoreCounts c) {
    return String.format(Locale.ROOT, "recall=%s (%d/%d) contradiction_precision=%s (%d/%d) look-alikes_linked=%d stretch=%d/%d",
        ScoreCounts.twoDecimals(c.recall()), c.found(), c.total(), ScoreCounts.twoDecimals(c.contradictionPrecision()),
        c.trueContradictions(), c.contradictionFindings(), c.lookAlikesLinked(), c.stretchFound(), c.stretchTotal());
  }

  private int fail(String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("sasil: " + message);
    err.flush();
    return ExitCodes.SOME_FAILED;
  }
}
