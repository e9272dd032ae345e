package dev.sasil.cli;

import dev.sasil.core.time.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs shared by every command that reads articles, and the publication dates given for them. */
final class InputOptions {

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files (.txt, .html, .jsonl), directories (read recursively) or - for standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--published",
      paramLabel = "ID=DATE",
      description = "Publication date of an article (YYYY, YYYY-MM or YYYY-MM-DD); overrides what the input says.")
  Map<String, String> published = new TreeMap<>();

  /** The --published values parsed; a malformed date is a usage error naming it. */
  Map<String, PartialDate> publishedDates() {
    Map<String, PartialDate> out = new TreeMap<>();
    published.forEach((id, date) -> out.put(id, PartialDate.parse(date)));
    return out;
  }
}
