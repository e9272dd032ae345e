package dev.sasil.cli;

import dev.sasil.core.text.KoreanSentenceSegmenter;
import dev.sasil.core.text.eval.BoundaryScore;
import dev.sasil.core.text.eval.GoldText;
import dev.sasil.core.text.eval.GoldTexts;
import dev.sasil.core.text.eval.OpenNlpSentenceBaseline;
import dev.sasil.core.text.eval.SentenceBoundaryEvaluator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sasil eval sentences FILE...}: sentence boundary precision, recall and F1 of the Korean
 * segmenter per file, and over all files.
 */
@Command(
    name = "sentences",
    mixinStandardHelpOptions = true,
    description = {
      "Sentence boundary precision, recall and F1 of the Korean segmenter.",
      "FILE is CoNLL-U (.conllu: the '# text =' sentences; '# newdoc' and '# newpar' mark documents and"
          + " paragraphs, otherwise a file is one running paragraph joined by spaces) or a sentence"
          + " fixture (one sentence per line, a blank line between paragraphs).",
      "A second line per file counts only boundaries right after . ? ! … ~ (gold and predicted)."
    })
final class EvalSentencesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--opennlp-train", paramLabel = "GOLD",
      description = "Also train an OpenNLP SentenceDetectorME on GOLD (same formats) and score it beside"
          + " the rules on each FILE. Never pass GOLD as a FILE: a model scores what it was trained on"
          + " too well.")
  Path opennlpTrain;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "CoNLL-U files or sentence fixtures.")
  List<Path> files = List.of();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SentenceBoundaryEvaluator evaluator = new SentenceBoundaryEvaluator(new KoreanSentenceSegmenter());
    SentenceBoundaryEvaluator baseline = null;
    if (opennlpTrain != null) {
      try {
        baseline = new SentenceBoundaryEvaluator(OpenNlpSentenceBaseline.train(GoldTexts.read(opennlpTrain)));
      } catch (IOException | RuntimeException e) {
        err.println(opennlpTrain + ": cannot train on it: " + e.getMessage());
        err.flush();
        return ExitCodes.USAGE;
      }
    }
    BoundaryScore total = BoundaryScore.ZERO;
    BoundaryScore totalPunctuated = BoundaryScore.ZERO;
    int failed = 0;
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        err.println(file + ": not a readable file");
        failed++;
        continue;
      }
      try {
        List<GoldText> texts = GoldTexts.read(file);
        BoundaryScore score = evaluator.score(texts);
        BoundaryScore punctuated = evaluator.score(texts, true);
        total = total.plus(score);
        totalPunctuated = totalPunctuated.plus(punctuated);
        out.println(file + "\t" + score.summary());
        out.println(file + "\tafter punctuation only: " + punctuated.summary());
        if (baseline != null) {
          String label = file.toAbsolutePath().normalize().equals(opennlpTrain.toAbsolutePath().normalize())
              ? "opennlp (trained on this file!): " : "opennlp trained on " + opennlpTrain + ": ";
          out.println(file + "\t" + label + baseline.score(texts).summary());
        }
      } catch (IOException | RuntimeException e) {
        err.println(file + ": " + e.getMessage());
        failed++;
      }
    }
    if (files.size() - failed > 1) {
      out.println("all\t" + total.summary());
      out.println("all\tafter punctuation only: " + totalPunctuated.summary());
    }
    out.flush();
    err.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }
}
