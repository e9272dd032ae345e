package dev.sasil.factcheck.time;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules of {@code time-grammar.txt}, compiled against a {@link TimeLexicon}. Immutable and
 * thread-safe; {@link #standard()} is compiled once and shared.
 */
public final class TimeGrammar {

  /**
   * One rule: a name, its compiled pattern and the named groups it has.
   *
   * @param name the rule's name
   * @param pattern the pattern with macros and lexicon classes expanded
   * @param groups its named groups, each with its number (one look-up per group a resolver asks
   *     for, where a name given to the matcher is looked up again)
   */
  public record Rule(String name, Pattern pattern, Map<String, Integer> groups) {

    public Rule {
      groups = Map.copyOf(groups);
    }

    /** The text of group {@code g} in {@code m}, or null when this rule has no such group or it did not take part. */
    public String group(Matcher m, String g) {
      Integer number = groups.get(g);
      return number == null ? null : m.group(number);
    }
  }

  private static final Pattern REF = Pattern.compile("\\{(L:)?([A-Za-z_]+)\\}");

  private static final class Holder {
    static final TimeGrammar STANDARD = load("time-grammar.txt", TimeLexicon.standard());
  }

  private final List<Rule> rules;

  private TimeGrammar(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The grammar of this package over the standard lexicon, compiled on first use. */
  public static TimeGrammar standard() {
    return Holder.STANDARD;
  }

  static TimeGrammar load(String resource, TimeLexicon lexicon) {
    Map<String, String> macros = new LinkedHashMap<>();
    List<Rule> rules = new ArrayList<>();
    for (ResourceTable.Row row : ResourceTable.read(TimeGrammar.class, resource)) {
      String[] head = {row.get(0), row.get(1)};
      String regex = expand(row, row.get(2), macros, lexicon);
      switch (head[0]) {
        case "define" -> macros.put(head[1], regex);
        case "rule" -> {
          try {
            Pattern p = Pattern.compile(regex);
            rules.add(new Rule(head[1], p, p.namedGroups()));
          } catch (PatternSyntaxException e) {
            throw row.error("bad pattern: " + e.getDescription());
          }
        }
        default -> throw row.error("expected 'define' or 'rule', not '" + head[0] + "'");
      }
    }
    return new TimeGrammar(rules);
  }

  private static String expand(ResourceTable.Row row, String regex, Map<String, String> macros, TimeLexicon lexicon) {
    Matcher m = REF.matcher(regex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement;
      if (m.group(1) != null) {
        TimeLexicon.WordClass c;
        try {
          c = TimeLexicon.WordClass.valueOf(m.group(2));
        } catch (IllegalArgumentException e) {
          throw row.error("unknown lexicon class " + m.group(2));
        }
        replacement = alternation(lexicon.words(c));
      } else {
        replacement = macros.get(m.group(2));
        if (replacement == null) {
          // not a macro reference: a regex quantifier such as {1,2} never matches REF, so this is a typo
          throw row.error("unknown macro {" + m.group(2) + "}");
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The words as one alternation, factored by their first character ({@code (?:지(?:난|난해)|오(?:는))}):
   * words with different first characters never match at the same place, so grouping them keeps
   * the order in which the words that can match are tried (the file's order), and the regex engine
   * compares a position with one first character per group instead of with every word. Spaces in
   * a word match one optional space.
   */
  static String alternation(List<String> words) {
    if (words.isEmpty()) {
      return "(?!)";
    }
    Map<Character, List<String>> byFirst = new LinkedHashMap<>();
    for (String w : words) {
      if (w.isEmpty() || w.charAt(0) == ' ' || Character.isSurrogate(w.charAt(0))) {
        return unfactored(words);
      }
      byFirst.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(spaced(w.substring(1)));
    }
    List<String> groups = new ArrayList<>();
    for (Map.Entry<Character, List<String>> e : byFirst.entrySet()) {
      groups.add(Pattern.quote(String.valueOf(e.getKey())) + "(?:" + String.join("|", e.getValue()) + ")");
    }
    return "(?:" + String.join("|", groups) + ")";
  }

  private static String unfactored(List<String> words) {
    List<String> alts = new ArrayList<>();
    for (String w : words) {
      alts.add(spaced(w));
    }
    return "(?:" + String.join("|", alts) + ")";
  }

  /** A word quoted, its spaces matching one optional space. */
  private static String spaced(String w) {
    List<String> parts = new ArrayList<>();
    for (String p : w.split(" +")) {
      parts.add(Pattern.quote(p));
    }
    return String.join("[ \\u00A0]?", parts);
  }

  /** The rules in file order. */
  public List<Rule> rules() {
    return rules;
  }
}
