package dev.sasil.factcheck.extract;

import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.core.resource.ResourceLines;
import dev.sasil.core.text.RequiredText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measure cues ({@code measures.txt}): words that say what a nearby number measures, with the
 * units that number must have. Immutable and thread-safe; the standard lexicon is loaded once.
 */
public final class MeasureLexicon {

  private static final String RESOURCE = "measures.txt";
  /** The measure of a share of a whole (점유율, 비중, 전체의 60%를 차지했다), as measures.txt names it. */
  public static final String SHARE = "share";

  /** The attribute of the size of a change of a measure (증감: 170원 올랐다), as claims name it. */
  public static final String CHANGE = "증감";

  /** The attribute of a rate of change, whose subject is what changed (매출 · growth.rate). */
  public static final String GROWTH_RATE = "growth.rate";

  /**
   * The scopes of grammar.txt that compare with an earlier period (전분기, 전년, 전월 대비), as a
   * claim's scope qualifier names them (scope=qoq).
   */
  public static final Set<String> COMPARISON_SCOPES = Set.of("qoq", "yoy", "mom");

  private static final Set<QuantityUnit> MONEY = currencies();

  /** Every currency unit ({@link QuantityUnit#isCurrency}): what MONEY in measures.txt allows. */
  private static Set<QuantityUnit> currencies() {
    Set<QuantityUnit> out = EnumSet.noneOf(QuantityUnit.class);
    for (QuantityUnit u : QuantityUnit.values()) {
      if (u.isCurrency()) {
        out.add(u);
      }
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  /**
   * One cue: the attribute it signals, its pattern, the units it allows, and whether the amount it
   * names is the attribute's negative (영업손실 3000억원 is an operating profit of -3000억원).
   */
  public record Cue(String attribute, String text, Pattern pattern, Set<QuantityUnit> units, boolean negative) {

    /**
     * The cue's first word: a text without it holds no match of the pattern, so {@link #find}
     * runs the pattern only on texts that contain it.
     */
    String firstWord() {
      int space = text.indexOf(' ');
      return space < 0 ? text : text.substring(0, space);
    }
  }

  /** A cue found in a text. */
  public record CueMatch(Cue cue, int start, int end) {}

  private static final class Holder {
    static final MeasureLexicon STANDARD = load();
  }

  /** Longest cue text first: the most specific cue wins. */
  private final List<Cue> cues;

  /** The {@link Cue#firstWord() first word} of each cue of {@link #cues}, at the same index. */
  private final String[] firstWords;

  /** The {@link RequiredText#charMask} of each of {@link #firstWords}: a text lacking a bit lacks the word. */
  private final long[] firstWordMasks;

  /** The attributes some cue names the negative of (operating.profit of 영업손실), for {@link #namesNegative}. */
  private final Set<String> negativeAttributes;

  /** The units any cue of each attribute allows (derived from {@link #cues}, for {@link #allows}). */
  private final Map<String, Set<QuantityUnit>> unitsByAttribute;

  /** The cues of each attribute, in the order of {@link #cues}, for {@link #everyCue}. */
  private final Map<String, List<Cue>> cuesByAttribute;

  /**
   * The cues by the last character of their text without spaces, each list in the order of {@link
   * #cues}: a head phrase can end only in a cue that ends in its own last character, so {@link
   * #forHead} tries those alone.
   */
  private final Map<Character, List<Squeezed>> byLastChar;

  /** A cue with its text without spaces, as {@link #forHead} compares it. */
  private record Squeezed(Cue cue, String text) {}

  /** The cues of several words, in the order of {@link #cues}, for {@link #phraseAt}. */
  private final List<Cue> phrases;

  /**
   * The measure each cue word of two syllables or more names, without spaces, when it names its
   * measure's amount (not its negative): {@link #withLead}.
   */
  private final Map<String, String> attributeByWord;

  /** The first cue written for each attribute in measures.txt: the word that names it. */
  private final Map<String, String> leads;

  /** The {@link Cue#firstWord() first word} of each of {@link #phrases}, at the same index. */
  private final String[] phraseFirstWords;

  /** @param written the cues in the order measures.txt writes them */
  private MeasureLexicon(List<Cue> written) {
    List<Cue> cues = new ArrayList<>(written);
    cues.sort(Comparator.comparingInt((Cue c) -> -c.text().replace(" ", "").length()));
    Map<String, String> lead = new HashMap<>();
    Map<String, String> byWord = new HashMap<>();
    for (Cue c : written) {
      lead.putIfAbsent(c.attribute(), c.text().replace(" ", ""));
      String word = c.text().replace(" ", "");
      if (!c.negative() && !oneSyllable(word)) {
        byWord.putIfAbsent(word, c.attribute());
      }
    }
    this.leads = Map.copyOf(lead);
    this.attributeByWord = Map.copyOf(byWord);
    this.cues = List.copyOf(cues);
    this.firstWords = this.cues.stream().map(Cue::firstWord).toArray(String[]::new);
    this.firstWordMasks = java.util.Arrays.stream(firstWords).mapToLong(RequiredText::charMask).toArray();
    this.phrases = this.cues.stream().filter(c -> c.text().indexOf(' ') >= 0).toList();
    this.phraseFirstWords = phrases.stream().map(Cue::firstWord).toArray(String[]::new);
    this.negativeAttributes = this.cues.stream().filter(Cue::negative).map(Cue::attribute)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    Map<String, Set<QuantityUnit>> units = new HashMap<>();
    Map<Character, List<Squeezed>> byLast = new HashMap<>();
    for (Cue c : cues) {
      units.computeIfAbsent(c.attribute(), k -> EnumSet.noneOf(QuantityUnit.class)).addAll(c.units());
      String t = c.text().replace(" ", "");
      byLast.computeIfAbsent(t.charAt(t.length() - 1), k -> new ArrayList<>()).add(new Squeezed(c, t));
    }
    byLast.replaceAll((k, v) -> List.copyOf(v));
    this.byLastChar = Map.copyOf(byLast);
    units.replaceAll((k, v) -> Set.copyOf(v));
    this.unitsByAttribute = Map.copyOf(units);
    Map<String, List<Cue>> byAttribute = new HashMap<>();
    for (Cue c : cues) {
      byAttribute.computeIfAbsent(c.attribute(), k -> new ArrayList<>()).add(c);
    }
    byAttribute.replaceAll((k, v) -> List.copyOf(v));
    this.cuesByAttribute = Map.copyOf(byAttribute);
  }

  public static MeasureLexicon standard() {
    return Holder.STANDARD;
  }

  static MeasureLexicon load() {
    List<Cue> cues = new ArrayList<>();
    for (ResourceLines.Line line : ResourceLines.read(MeasureLexicon.class, RESOURCE)) {
      String[] p = line.text().strip().split("\\s+", 3);
      if (p.length != 3) {
        throw ResourceLines.malformed(RESOURCE, line, "expected ATTRIBUTE UNITS CUE | CUE ...");
      }
      Set<QuantityUnit> units = EnumSet.noneOf(QuantityUnit.class);
      for (String u : p[1].split(",")) {
        if (u.equals("MONEY")) {
          units.addAll(MONEY);
        } else {
          try {
            units.add(QuantityUnit.valueOf(u));
          } catch (IllegalArgumentException e) {
            throw ResourceLines.malformed(RESOURCE, line, "unknown unit " + u);
          }
        }
      }
      for (String c : p[2].split("\\|")) {
        String t = c.strip();
        boolean negative = t.startsWith("-");
        t = negative ? t.substring(1).strip() : t;
        if (t.isEmpty()) {
          continue;
        }
        String regex = Pattern.quote(t).replace(" ", "\\E\\s*\\Q");
        if (oneSyllable(t)) {
          regex = "(?<![가-힣])" + regex + "(?![가-힣])"; // 은 is silver only as a word of its own, never the particle of 서점은
        }
        cues.add(new Cue(p[0], t, Pattern.compile(regex), Set.copyOf(units), negative));
      }
    }
    return new MeasureLexicon(cues);
  }

  /** A measure named by a head phrase: its cue and what precedes the cue in the phrase (its owner). */
  public record HeadMatch(Cue cue, String prefix) {}

  /**
   * The measure a head phrase names ({@code 민간소비성장률} ends in the cue 성장률, owner 민간소비): the
   * longest cue the phrase ends with that allows the unit (any unit for null: a phrase no figure
   * is written with, 가계 빚이 역대 최대를 기록했다). Spaces are ignored.
   */
  public Optional<HeadMatch> forHead(String phrase, QuantityUnit unit) {
    String p = phrase.replace(" ", "");
    if (p.isEmpty()) {
      return Optional.empty();
    }
    for (Squeezed s : byLastChar.getOrDefault(p.charAt(p.length() - 1), List.of())) {
      String t = s.text();
      Cue c = s.cue();
      if ((unit == null || c.units().contains(unit)) && (oneSyllable(t) ? p.equals(t) : p.endsWith(t))) {
        return Optional.of(new HeadMatch(c, p.substring(0, p.length() - t.length())));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a head phrase ends in a cue of two syllables or more (한국 출고가 in 출고가) and no cue
   * that allows the unit ends it: the phrase names a measure written in other units.
   */
  public boolean namesOtherUnits(String phrase, QuantityUnit unit) {
    String p = phrase.replace(" ", "");
    if (p.isEmpty() || forHead(p, unit).isPresent()) {
      return false;
    }
    for (Squeezed s : byLastChar.getOrDefault(p.charAt(p.length() - 1), List.of())) {
      if (!oneSyllable(s.text()) && p.endsWith(s.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The word measures.txt writes first for the measure a word names, when the word is another
   * spelling of it, one holding the other (매출 for 매출액, 수출액 for 수출): one measure written two
   * ways is one thing. The word as it is otherwise: a cue of one syllable (비) or of a negative
   * (영업손실), a kind of the measure rather than its spelling (가격 beside 출고가, 관중 beside
   * 관객), or a phrase (가람전자매출액, 공시가격), whose last word may be a measure of its own.
   */
  public String withLead(String word) {
    String w = word.replace(" ", "");
    String attribute = attributeByWord.get(w);
    String lead = attribute == null ? null : leads.get(attribute);
    return lead != null && (lead.contains(w) || w.contains(lead)) ? lead : word;
  }

  /** Whether an attribute has cues and every one of them passes {@code test}. */
  public boolean everyCue(String attribute, java.util.function.Predicate<String> test) {
    List<Cue> own = cuesByAttribute.getOrDefault(attribute, List.of());
    return !own.isEmpty() && own.stream().allMatch(c -> test.test(c.text()));
  }

  /** Whether some cue names the negative of an attribute (영업손실 of operating.profit). */
  public boolean namesNegative(String attribute) {
    return negativeAttributes.contains(attribute);
  }

  /** A cue of one syllable (금, 은) names its measure only as a whole word: inside a word it is anything. */
  private static boolean oneSyllable(String cue) {
    return cue.length() == 1;
  }

  /** Whether the lexicon says in which units a measure is written (강수량 in METERS). */
  public boolean measuredIn(String attribute) {
    return unitsByAttribute.containsKey(attribute);
  }

  /**
   * Whether a measure read for a figure in {@code from} may be carried to a figure in {@code unit}:
   * a measure of this lexicon when one of its cues allows the unit, any other only to the same unit.
   */
  public boolean allows(String attribute, QuantityUnit unit, QuantityUnit from) {
    Set<QuantityUnit> units = unitsByAttribute.get(attribute);
    return units == null ? unit == from : units.contains(unit);
  }

  /**
   * The measure a cue of several words names when it starts at {@code from} ({@code 거래를 마감했다}
   * after 2441.44로: 종가), the longest such cue that allows the unit; empty when none does. A
   * one-word cue is left to the morphemes of the word, which know a noun from a verb.
   */
  public Optional<Cue> phraseAt(String text, int from, QuantityUnit unit) {
    boolean inText = from >= 0 && from <= text.length(); // else region() throws, as it did before
    for (int i = 0; i < phraseFirstWords.length; i++) {
      Cue c = phrases.get(i);
      if (c.units().contains(unit) && (!inText || text.startsWith(phraseFirstWords[i], from))) {
        Matcher m = c.pattern().matcher(text).region(from, text.length());
        if (m.lookingAt()) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /** Every cue occurrence in {@code text}, none overlapping (longer cues first), ordered by position. */
  public List<CueMatch> find(String text) {
    return find(text, at -> true);
  }

  /**
   * As {@link #find(String)}, of the occurrences that start where {@code mayStart} allows (where a
   * morpheme starts: 상한 is no cue inside 인상한).
   */
  public List<CueMatch> find(String text, java.util.function.IntPredicate mayStart) {
    List<CueMatch> out = new ArrayList<>();
    long chars = RequiredText.charMask(text);
    for (int i = 0; i < firstWords.length; i++) {
      if ((firstWordMasks[i] & ~chars) != 0 || !text.contains(firstWords[i])) {
        continue;
      }
      Cue c = cues.get(i);
      Matcher m = c.pattern().matcher(text);
      while (m.find()) {
        int s = m.start();
        int e = m.end();
        if (mayStart.test(s) && out.stream().noneMatch(x -> x.start() < e && s < x.end())) {
          out.add(new CueMatch(c, s, e));
        }
      }
    }
    out.sort(Comparator.comparingInt(CueMatch::start));
    return out;
  }
}
