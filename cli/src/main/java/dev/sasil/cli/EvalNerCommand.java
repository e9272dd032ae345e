package dev.sasil.cli;

import dev.sasil.factcheck.eval.KlueNerEvaluation;
import dev.sasil.factcheck.quantity.QuantityNormalizer;
import dev.sasil.factcheck.time.TimeNormalizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sasil eval ner FILE}: recall of time and quantity extraction against KLUE-NER DT/TI/QT entities. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = {
      "Recall of time and quantity extraction against KLUE-NER DT/TI/QT entities (span overlap),",
      "with exact-span recall and the share of our mentions that overlap such an entity (precision~)."
    })
final class EvalNerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A KLUE-NER TSV file (character<tab>BIO tag).")
  Path file;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(file)) {
      err.println("sasil eval ner: " + file + ": no such file");
      return ExitCodes.SOME_FAILED;
    }
    KlueNerEvaluation.Result r;
    try {
      r = new KlueNerEvaluation(TimeNormalizer.standard(), QuantityNormalizer.standard()).evaluate(file);
    } catch (IOException e) {
      err.println("sasil eval ner: " + SasilCommand.oneLine(e));
      return ExitCodes.SOME_FAILED;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(file + ": " + r.sentences() + " sentences (times resolved against an unknown anchor)");
    for (KlueNerEvaluation.Score s : r.scores()) {
      out.println(s);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
