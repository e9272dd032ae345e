package dev.sasil.core.text;

import dev.sasil.core.resource.ResourceLines;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The language knowledge of {@link KoreanSentenceSegmenter}, read from a commented resource file
 * ({@code segmentation-rules.txt}): abbreviations, sentence-final syllables, endings that close a
 * sentence without punctuation, quotative particles and heading bullets. Immutable and thread-safe.
 *
 * @param abbreviations Latin words that take a period without ending a sentence, without the period
 * @param finalSyllables last syllables of Korean sentence endings (for heading detection)
 * @param strongFinalSyllables the stricter set for ellipses, tildes and periods without a following space
 * @param unpunctuatedEndings endings that close a sentence without punctuation, longest first; a
 *     leading {@code -} means "only after a stem"
 * @param quotatives words that continue a sentence after a closing quote mark, longest first
 * @param headingBullets single characters that start a section-head line
 * @param notEndingWords whole words that end like an unpunctuated ending but never close a sentence
 *     (견줘 of 에 견줘, compared with), written with a leading {@code !} among the endings
 */
public record SegmentationRules(
    Set<String> abbreviations,
    Set<Character> finalSyllables,
    Set<Character> strongFinalSyllables,
    List<String> unpunctuatedEndings,
    List<String> quotatives,
    Set<Character> headingBullets,
    Set<String> notEndingWords) {

  private static final String RESOURCE = "segmentation-rules.txt";
  private static final List<String> SECTIONS = List.of(
      "abbreviations", "final-syllables", "strong-final-syllables", "unpunctuated-endings",
      "quotatives", "heading-bullets");

  public SegmentationRules {
    abbreviations = Set.copyOf(abbreviations);
    finalSyllables = Set.copyOf(finalSyllables);
    strongFinalSyllables = Set.copyOf(strongFinalSyllables);
    unpunctuatedEndings = longestFirst(unpunctuatedEndings);
    notEndingWords = Set.copyOf(notEndingWords);
    quotatives = longestFirst(quotatives);
    headingBullets = Set.copyOf(headingBullets);
  }

  /** The bundled rules, parsed once per process on first use. */
  public static SegmentationRules bundled() {
    return Bundled.RULES;
  }

  /**
   * Parses rules in the resource format: {@code [section]} headers, one entry a line, {@code #}
   * comment lines. Sections of single characters reject longer entries.
   *
   * @throws IllegalArgumentException on an unknown section, an entry outside a section, or a
   *     multi-character entry in a character section, naming the line
   * @throws IOException when reading fails
   */
  public static SegmentationRules parse(Reader reader) throws IOException {
    return parse(ResourceLines.read(reader));
  }

  private static SegmentationRules parse(List<ResourceLines.Line> lines) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    SECTIONS.forEach(s -> sections.put(s, new ArrayList<>()));
    String current = null;
    for (ResourceLines.Line line : lines) {
      String t = line.text().strip();
      if (t.startsWith("[") && t.endsWith("]")) {
        current = t.substring(1, t.length() - 1);
        if (!sections.containsKey(current)) {
          throw new IllegalArgumentException("line " + line.number() + ": unknown section [" + current + "]");
        }
        continue;
      }
      if (current == null) {
        throw new IllegalArgumentException("line " + line.number() + ": entry before any section: " + t);
      }
      sections.get(current).add(t);
    }
    return new SegmentationRules(
        Set.copyOf(sections.get("abbreviations")),
        chars(sections.get("final-syllables"), "final-syllables"),
        chars(sections.get("strong-final-syllables"), "strong-final-syllables"),
        sections.get("unpunctuated-endings").stream().filter(e -> !e.startsWith("!")).toList(),
        sections.get("quotatives"),
        chars(sections.get("heading-bullets"), "heading-bullets"),
        sections.get("unpunctuated-endings").stream().filter(e -> e.startsWith("!")).map(e -> e.substring(1))
            .collect(java.util.stream.Collectors.toSet()));
  }

  /**
   * The unpunctuated ending that the word {@code text[wordStart, wordEnd)} ends with, or null. An
   * entry written with a leading {@code -} ({@code -고요}) matches only after a stem, not as a
   * whole word (the noun 고요).
   */
  String unpunctuatedEndingOf(CharSequence text, int wordStart, int wordEnd) {
    int wordLength = wordEnd - wordStart;
    if (!notEndingWords.isEmpty() && notEndingWords.contains(text.subSequence(wordStart, wordEnd).toString())) {
      return null; // 에 견줘: a compound particle, not the imperative 줘
    }
    for (String entry : unpunctuatedEndings) {
      int from = entry.startsWith("-") ? 1 : 0;
      int len = entry.length() - from;
      if (wordLength >= len + from && regionEquals(text, wordEnd - len, entry, from)) {
        return entry.substring(from);
      }
    }
    return null;
  }

  /**
   * Whether {@code text[at, end)} starts with a quotative word that is complete: the text ends or
   * a character other than a letter or digit follows it.
   */
  boolean startsWithQuotative(CharSequence text, int at, int end) {
    for (String q : quotatives) {
      int qe = at + q.length();
      if (qe <= end && regionEquals(text, at, q, 0) && (qe == end || !Character.isLetterOrDigit(text.charAt(qe)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} at {@code at} reads {@code s} from index {@code from} on. */
  private static boolean regionEquals(CharSequence text, int at, String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (text.charAt(at + i - from) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static Set<Character> chars(List<String> entries, String section) {
    List<Character> out = new ArrayList<>();
    for (String e : entries) {
      if (e.length() != 1) {
        throw new IllegalArgumentException("[" + section + "] takes single characters, not '" + e + "'");
      }
      out.add(e.charAt(0));
    }
    return Set.copyOf(out);
  }

  private static List<String> longestFirst(List<String> entries) {
    List<String> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return List.copyOf(sorted);
  }

  /** Lazy holder: the resource is parsed on first use, once, by the class-loading lock. */
  private static final class Bundled {
    static final SegmentationRules RULES = parse(ResourceLines.read(SegmentationRules.class, RESOURCE));
  }
}
