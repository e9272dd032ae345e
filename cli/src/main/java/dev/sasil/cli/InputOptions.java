package dev.sasil.cli;

import dev.sasil.core.read.ReaderOptions;
import dev.sasil.core.time.PartialDate;
import dev.sasil.core.work.Workers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The inputs shared by every command that reads articles, and the publication dates given for them. */
final class InputOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files (.txt, .html, .htm, .jsonl), directories (read recursively), http(s) URLs of web pages, "
          + "or - for standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--published",
      paramLabel = "ID=DATE",
      description = "Publication date of an article (YYYY, YYYY-MM or YYYY-MM-DD); overrides what the input says.")
  Map<String, String> published = new TreeMap<>();

  @Option(
      names = "--max-size",
      paramLabel = "SIZE",
      description = "Largest document read (a file, a JSON Lines line, standard input), e.g. 20MB or 500k; "
          + "larger ones are refused. Default: 20MB.")
  String maxSize;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads to process articles on (default: the number of processors). "
          + "The output is the same, in input order, whatever the number.")
  Integer threads;

  /** Options for the given inputs and nothing else, for commands that read inputs they name themselves. */
  static InputOptions of(String... inputs) {
    InputOptions o = new InputOptions();
    o.inputs = new ArrayList<>(List.of(inputs));
    return o;
  }

  /** The --published values parsed; a malformed date is a usage error naming it. */
  Map<String, PartialDate> publishedDates() {
    Map<String, PartialDate> out = new TreeMap<>();
    published.forEach((id, date) -> {
      try {
        out.put(id, PartialDate.parse(date));
      } catch (IllegalArgumentException e) {
        throw usage("--published " + id + "=" + date + ": " + e.getMessage());
      }
    });
    return out;
  }

  /** The workers of --threads (all processors without it); fewer than 1 is a usage error. */
  Workers workers() {
    if (threads == null) {
      return Workers.allProcessors();
    }
    if (threads < 1) {
      throw usage("--threads must be at least 1: " + threads);
    }
    return Workers.of(threads);
  }

  /** The reader options; a malformed --max-size is a usage error naming it. */
  ReaderOptions readerOptions() {
    if (maxSize == null) {
      return ReaderOptions.DEFAULT;
    }
    try {
      return ReaderOptions.ofSize(maxSize);
    } catch (IllegalArgumentException e) {
      throw usage("--max-size: " + e.getMessage());
    }
  }

  private RuntimeException usage(String message) {
    if (mixee == null) {
      return new IllegalArgumentException(message);
    }
    return new ParameterException(mixee.commandLine(), message);
  }
}
