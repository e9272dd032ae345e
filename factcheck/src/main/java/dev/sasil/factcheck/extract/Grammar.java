package dev.sasil.factcheck.extract;

import dev.sasil.core.resource.ResourceLines;
import dev.sasil.factcheck.quantity.QuantityMention;
import dev.sasil.factcheck.quantity.QuantityUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Korean grammar words of claim frames ({@code grammar.txt}): verbs of change, markers of an
 * earlier value or a comparison base, forecasts, modifiers that are not a measure's name, bounds,
 * scopes and owner aliases. Loaded once, immutable and thread-safe.
 */
final class Grammar {

  private static final String RESOURCE = "grammar.txt";

  /** The word lists of the file. */
  enum Section {
    CHANGE_UP, CHANGE_DOWN, BASE_AFTER, MARK, FORECAST, AGAINST_FORECAST, MODIFIER, BOUND_MORE, BOUND_LESS, PRESENT, GENERIC_COUNT, PARTITIVE, PLAN, SHARE, SAME_PERIOD, SAME_PART, NEGATED, CATEGORY, INCLUDING, NOT_PERIOD, LINK, NEGATION, DATE_NOUN, TO_VALUE, UNINFORMATIVE, EXAMPLES, FLOW, EARN, FALLING, FALL, RECORD, TOPIC_ADVERB, PARTICLE_VERB, IDENTIFIER, PANEL, RESPECTIVELY, PEOPLE, MILESTONE, PROPOSED, REQUEST_ENDING, ORDERED_ENDING, NECESSITY_ENDING, FOUND, RECIPIENT, PLACE_UNIT, PLACE_AREA, STREAK, STREAK_LENGTH, STREAK_COUNTER, STREAK_COURSE, REMAINDER, ESTIMATE, BUILDING_SIZE, SUPERLATIVE, SINCE, CLAUSE_SINCE, SPAN_COPULA, ELAPSED, DEAL_TERM, VALUE_VERB, DEGREE, STRETCH_FROM, STRETCH_TO, FIGURE_NOUN, ANAPHOR, MEETING, BALANCE, DEFICIT, SURPLUS, PLACE_IN_SERIES, ORDINAL_COUNTER, PLACE_SCOPE, CLAUSE_SCOPE, LEFT_TO_GO, PER, MORE, SECTOR, LOCATIVE, CONJECTURE, OCCASION_MEASURE, TOPIC_BACK, BASE_OF_NOUN, CHANGED_FROM, AGED_PERSON, AGE_VALUE, AGE_GROUP, HIDDEN_NAME, DIVISION, LIST_CLOSE, RESULTS, AS_OF, AS_OF_BASE, INTERIM, FINAL_COUNT, MATCH_RESULT, TEAM, MATCH_EVENT, CONCEDED, PLAY_QUALIFIER, ALLOWED, RATIO, NO_OWNER, OF_MEASURE, GAP, GAP_ENDING, IMPOSED, IMPOSING, PASSIVE_LIGHT, ACTIVE_LIGHT, QUOTE_ENDING, ALTERNATIVE_ENDING, TOPIC_FRAME, CONDITION_NOUN, FOLLOWED, ACTOR, SERIES_ORDINAL, TAKING_PART, CHANGE_SIZE, WHERE_ENDING,
    PROSPECTIVE, PROSPECTIVE_NOUN, CONDITION, CONTRAST, COORDINATE, SEQUENCE, PAST_TENSE, DATE_REPORTED, DATE_SCHEDULED, PERIOD_FRAME, RECKONING, COMPARED_BY, COMPARISON, REFERENCE, REACH, REACH_LINK, MILESTONE_START,
    OCCASION, HOLD_VERB, OFFICE_VERB, AWARD_VERB, AWARD_NAME, NOMINATION, NOMINATE_VERB, FORMER, STAFF_TITLE, OFFICE_TITLE, CONFIRMED, ELECTION, PRIZE_ENDING,
    EVER, EARLIER, RECORD_HIGH, RECORD_LOW, RECORD_LONG, RECORD_SHORT, RECORD_WORST, RECORD_OLDEST, RECORD_YOUNGEST, RECORD_FIRST, FIRST_ALONE, FIRST_COMPLEMENT, PARTNER, FIRST_SCOPE, FIRST_WITHIN, ABOUT, RECORD_NOUN, BOUND_MEASURE, GROWN_IN_PERCENT
  }

  /** A scope, a word that states it, its pattern, and the character every match of the pattern starts with. */
  record Scope(String label, String word, Pattern pattern, char first) {}

  private static final class Holder {
    static final Grammar STANDARD = load();
  }

  private final Map<Section, List<String>> lists;
  /** The same words as sets, for whole-word look-ups. */
  private final Map<Section, java.util.Set<String>> sets;
  /** The same words by their first character, for {@link #startsWith}: a text is compared with those alone. */
  private final Map<Section, Map<Character, List<String>>> byFirst;
  private final List<Scope> scopes;
  /** The scopes' words without spaces, for {@link #isScopeWord}. */
  private final java.util.Set<String> scopeWords;
  private final List<String> divisionsLongestFirst;
  /** The maps of the labelled lines (OWNER_ALIAS, COUNTED, RATE_OF, PLAY): each word to its label. */
  private final Map<Labelled, Map<String, String>> labelled;

  /**
   * The lines that give each of their words a label (COUNTED 득표수 표: 표 counts 득표수), and whether a
   * word is looked up with its spaces dropped.
   */
  private enum Labelled {
    /** Another name of an owner (OWNER_ALIAS 국내총생산 GDP). */
    OWNER_ALIAS(true),
    /** The noun a counter counts (골: 득점). */
    COUNTED(false),
    /** The rate of each measure's figures, by that measure (득표수: 득표율). */
    RATE_OF(false),
    /** The play of a baseball game each word names (투런포: 홈런). */
    PLAY(true),
    /** The count of those of a whole who took part, by the whole's measure (electorate: votes.cast). */
    TOOK_PART(false);

    final boolean squeezed;

    Labelled(boolean squeezed) {
      this.squeezed = squeezed;
    }

    static Optional<Labelled> of(String name) {
      for (Labelled l : values()) {
        if (l.name().equals(name)) {
          return Optional.of(l);
        }
      }
      return Optional.empty();
    }
  }

  private Grammar(Map<Section, List<String>> lists, List<Scope> scopes, Map<Labelled, Map<String, String>> labelled) {
    this.lists = lists;
    Map<Section, java.util.Set<String>> sets = new EnumMap<>(Section.class);
    lists.forEach((k, v) -> sets.put(k, java.util.Set.copyOf(v)));
    this.sets = sets;
    Map<Section, Map<Character, List<String>>> first = new EnumMap<>(Section.class);
    lists.forEach((k, v) -> {
      Map<Character, List<String>> m = new LinkedHashMap<>();
      for (String w : v) {
        m.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
      }
      m.replaceAll((c, ws) -> List.copyOf(ws));
      first.put(k, Map.copyOf(m));
    });
    this.byFirst = first;
    this.scopes = List.copyOf(scopes);
    this.scopeWords = scopes.stream().map(x -> x.word().replace(" ", "")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.divisionsLongestFirst = lists.getOrDefault(Section.DIVISION, List.of()).stream()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    Map<Labelled, Map<String, String>> maps = new EnumMap<>(Labelled.class);
    labelled.forEach((k, v) -> maps.put(k, Map.copyOf(v)));
    this.labelled = maps;
  }

  static Grammar standard() {
    return Holder.STANDARD;
  }

  static Grammar load() {
    Map<Section, List<String>> lists = new EnumMap<>(Section.class);
    for (Section s : Section.values()) {
      lists.put(s, new ArrayList<>());
    }
    List<Scope> scopes = new ArrayList<>();
    Map<Labelled, Map<String, String>> labelled = new EnumMap<>(Labelled.class);
    for (Labelled l : Labelled.values()) {
      labelled.put(l, new LinkedHashMap<>());
    }
    for (ResourceLines.Line line : ResourceLines.read(Grammar.class, RESOURCE)) {
      String text = line.text().strip();
      String[] head = text.split("\\s+", 3);
      String name = head[0];
      Optional<Labelled> label = Labelled.of(name);
      if (name.equals("SCOPE") || label.isPresent()) {
        if (head.length < 3) {
          throw ResourceLines.malformed(RESOURCE, line, "expected " + name + " LABEL word | word");
        }
        for (String w : words(head[2])) {
          if (label.isEmpty()) {
            scopes.add(new Scope(head[1], w, Pattern.compile(Pattern.quote(w).replace(" ", "\\E\\s*\\Q")), w.charAt(0)));
          } else {
            labelled.get(label.get()).put(label.get().squeezed ? w.replace(" ", "") : w, head[1]);
          }
        }
        continue;
      }
      Section section;
      try {
        section = Section.valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ResourceLines.malformed(RESOURCE, line, "unknown section " + name);
      }
      String rest = text.substring(name.length()).strip();
      if (rest.isEmpty()) {
        throw ResourceLines.malformed(RESOURCE, line, "no words");
      }
      lists.get(section).addAll(words(rest));
    }
    lists.get(Section.UNINFORMATIVE).addAll(lists.get(Section.MEETING)); // a meeting says nothing of a fact either
    lists.replaceAll((k, v) -> List.copyOf(v));
    return new Grammar(lists, scopes, labelled);
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.split("\\|")) {
      if (!w.strip().isEmpty()) {
        out.add(w.strip());
      }
    }
    return out;
  }

  /** Whether {@code text} starts with a word of the section (after leading spaces). */
  boolean startsWith(Section section, String text) {
    return prefix(section, text.stripLeading()) != null;
  }

  /** The text after the section's word {@code text} starts with (leading space aside), or null when it starts with none. */
  String after(Section section, String text) {
    String t = text.stripLeading();
    String w = prefix(section, t);
    return w == null ? null : t.substring(w.length());
  }

  /** The first of the section's words {@code t} starts with, even as part of a longer word; null if none. */
  private String prefix(Section section, String t) {
    if (t.isEmpty()) {
      return null;
    }
    for (String w : byFirst.get(section).getOrDefault(t.charAt(0), List.of())) {
      if (t.startsWith(w)) {
        return w;
      }
    }
    return null;
  }

  /**
   * Whether {@code text} contains a word of the section at the start of one of its words (기대 in
   * 기대를 모았다, not in 분기대비).
   */
  boolean contains(Section section, String text) {
    for (String w : lists.get(section)) {
      for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
        if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) || !Character.isLetter(w.charAt(0))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The text after a figure without the particles that link it to the next word (을, 로, 이 …),
   * a 각각, adverbs of degree and the size of a change: {@code 를 넘었다} and {@code 를 훌쩍 넘었다}
   * give {@code 넘었다}, {@code 가장 큰 폭으로 떨어졌다} gives {@code 떨어졌다}.
   */
  String afterLink(String text) {
    String t = text.stripLeading();
    for (String w = linkingWord(t); w != null; w = linkingWord(t)) {
      t = t.substring(w.length()).stripLeading();
    }
    return t;
  }

  /** The particle or adverb of degree {@code t} starts with as a word of its own, or null. */
  private String linkingWord(String t) {
    for (Section s : LINKING) {
      String w = wordAtStart(s, t);
      if (w != null) {
        return w;
      }
    }
    return null;
  }

  /** The first of the section's words {@code t} starts with, not followed by a letter; null if none. */
  private String wordAtStart(Section section, String t) {
    for (String w : lists.get(section)) {
      if (t.startsWith(w) && (t.length() == w.length() || !Character.isLetter(t.charAt(w.length())))) {
        return w;
      }
    }
    return null;
  }

  /**
   * Whether the text after a figure makes it the size of a change: a verb of change up or down, or
   * a word of more (추가) with any verb after it.
   */
  boolean changes(String text) {
    String t = afterLink(text);
    return startsWith(Section.CHANGE_UP, t) || startsWith(Section.CHANGE_DOWN, t) || startsWith(Section.MORE, t);
  }

  /** Whether the change the text after a figure states is down: 감소했다, 추가 하락했다 (but not 추가 배정했다). */
  boolean changesDown(String text) {
    String t = afterLink(text);
    String more = prefix(Section.MORE, t);
    return startsWith(Section.CHANGE_DOWN, more == null ? t : afterLink(t.substring(more.length())));
  }

  /**
   * The word of difference (GAP) {@code text} starts with, as a word of its own or before a particle
   * or an ending of the copula (차로, 차이가, 차였다; not 차지, 차량), or null.
   */
  String gapAtStart(String text) {
    for (String w : lists.get(Section.GAP)) {
      if (text.startsWith(w)) {
        String r = text.substring(w.length());
        if (r.isEmpty() || !Character.isLetter(r.charAt(0)) || startsWith(Section.LINK, r) || startsWith(Section.GAP_ENDING, r)) {
          return w;
        }
      }
    }
    return null;
  }

  /** Whether {@code text} starts with one of the section's words as a word of its own (중 of 중 찬성, not 중국). */
  boolean startsWithWord(Section section, String text) {
    return wordAtStart(section, text.stripLeading()) != null;
  }

  /** What {@link #afterLink} skips: particles, and adverbs of degree (6%를 훌쩍 넘어섰다, 1.0% 소폭 상승). */
  private static final List<Section> LINKING = List.of(Section.LINK, Section.DEGREE, Section.CHANGE_SIZE);

  /**
   * {@link #afterLink} past a noun of a mark and its particle too: {@code 고지를 넘어선} gives
   * {@code 넘어선}, for the verb that says whether a figure written as a mark was passed.
   */
  String afterMark(String text) {
    String t = afterLink(text);
    for (String mark : lists.get(Section.MARK)) {
      if (t.startsWith(mark) && wordAtStart(Section.LINK, t.substring(mark.length())) != null) {
        return afterLink(t.substring(mark.length()));
      }
    }
    return t;
  }

  /** {@link #afterLink} after a leading modifier too: {@code 가량을 차지했다} gives {@code 차지했다}. */
  String afterModifier(String text) {
    String t = afterLink(text);
    for (String w : lists.get(Section.MODIFIER)) {
      if (w.length() > 1 && t.startsWith(w)) {
        return afterLink(t.substring(w.length()));
      }
    }
    return t;
  }

  /** Whether {@code text} ends in one of the section's words, inside a word too (수감된지). */
  boolean endsWith(Section section, String text) {
    for (String w : lists.get(section)) {
      if (text.endsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} ends in one of the section's words, written as a word of its own (770명 중). */
  boolean endsWithWord(Section section, String text) {
    String t = text.stripTrailing();
    for (String w : lists.get(section)) {
      if (t.endsWith(w) && (t.length() == w.length() || Character.isWhitespace(t.charAt(t.length() - w.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** The section's words as one group of a regular expression, each literal: {@code (?:대비|보다|…)}. */
  String alternation(Section section) {
    return lists.get(section).stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
  }

  /** The section's words, in the data file's order. */
  List<String> words(Section section) {
    return List.copyOf(lists.get(section));
  }

  /** The first word of a section, which some sections use as the name of what the others mark (DEAL_TERM). */
  String first(Section section) {
    return lists.get(section).get(0);
  }

  /** Whether {@code text} holds a word of the section anywhere, inside a word too (an ending glued to a verb). */
  boolean holds(Section section, String text) {
    return lists.get(section).stream().anyMatch(text::contains);
  }

  /** Whether a whole word (a stem) is one of the section's words. */
  boolean is(Section section, String word) {
    return sets.get(section).contains(word);
  }

  /** Whether {@code text} holds a word of the scope {@code label}, spaces aside (누적관객 holds 누적). */
  boolean namesScope(String label, String text) {
    String squeezed = text.replace(" ", "");
    return scopes.stream().anyMatch(s -> s.label().equals(label) && squeezed.contains(s.word().replace(" ", "")));
  }

  /** Whether a word is all of a scope's word (국내, 내수), spaces aside: a scope, no owner. */
  boolean isScopeWord(String word) {
    return scopeWords.contains(word.replace(" ", ""));
  }

  /** The last scope stated in {@code text}, if any. */
  Optional<String> scopeIn(String text) {
    return scopeIn(text, label -> true);
  }

  /** A scope written in a text, from {@code start} to {@code end}. */
  private record ScopeHit(int start, int end, String label) {}

  /** Every scope of the labels {@code wanted} takes written in {@code text}, scope by scope in file order. */
  private List<ScopeHit> scopeHits(String text, java.util.function.Predicate<String> wanted) {
    List<ScopeHit> hits = new ArrayList<>();
    for (Scope s : scopes) {
      if (text.indexOf(s.first()) < 0 || !wanted.test(s.label())) {
        continue; // a scope is written from its first character on
      }
      java.util.regex.Matcher m = s.pattern().matcher(text);
      while (m.find()) {
        hits.add(new ScopeHit(m.start(), m.end(), s.label()));
      }
    }
    return hits;
  }

  /**
   * The scopes written in {@code text} in their order, the longer of two that overlap (전년 동기와
   * 전분기 대비: yoy, qoq): the bases of a list of rates given 각각, one for each.
   */
  List<String> joinedScopes(String text) {
    List<ScopeHit> hits = scopeHits(text, label -> true);
    hits.sort(java.util.Comparator.comparingInt(ScopeHit::start).thenComparingInt(h -> h.start() - h.end()));
    List<String> out = new ArrayList<>();
    int end = -1;
    for (ScopeHit h : hits) {
      if (h.start() >= end) {
        out.add(h.label());
        end = h.end();
      }
    }
    return out;
  }

  /** The last scope of the labels {@code wanted} takes stated in {@code text}, if any. */
  Optional<String> scopeIn(String text, java.util.function.Predicate<String> wanted) {
    String found = null;
    int at = -1;
    int end = -1;
    for (ScopeHit h : scopeHits(text, wanted)) {
      boolean inWord = h.end() < text.length() && Character.UnicodeBlock.of(text.charAt(h.end()))
          == Character.UnicodeBlock.HANGUL_SYLLABLES && "에의는도만서은이가로".indexOf(text.charAt(h.end())) < 0 && !text.startsWith("보다", h.end())
          && !text.startsWith("으로", h.end());
      // the last scope written; of two that overlap, the longer (지난해 2분기 대비 holds 분기 대비)
      boolean within = h.start() >= at && h.end() <= end;
      boolean holds = h.start() <= at && h.end() >= end && h.end() - h.start() > end - at;
      if (!inWord && (holds || h.start() > at && !within)) {
        at = h.start();
        end = h.end();
        found = h.label();
      }
    }
    return Optional.ofNullable(found);
  }

  /** The noun a counter names what it counts by (석: 의석), if it does. */
  Optional<String> counted(String counter) {
    return Optional.ofNullable(labelled.get(Labelled.COUNTED).get(counter));
  }

  /**
   * The noun the counter of a figure names what it counts by (98승: 승수), if it does; a span of
   * time counts none (2주간 is two weeks, not the shares 110만주 counts).
   */
  Optional<String> counted(QuantityMention q) {
    return q.quantity().unit() == QuantityUnit.DURATION ? Optional.empty() : counted(QuantityMention.counterOf(q.text()));
  }

  /** The measure that is the rate of a measure's figure (득표율 of 득표수), if the grammar names one. */
  Optional<String> rateOf(String measure) {
    return Optional.ofNullable(labelled.get(Labelled.RATE_OF).get(measure));
  }

  /**
   * The measure of those of a whole who took part (유권자 4439만명 중 3524만명이 참여했다: votes.cast
   * of electorate), by the whole's measure, if the grammar names one.
   */
  Optional<String> tookPart(String wholeMeasure) {
    return Optional.ofNullable(labelled.get(Labelled.TOOK_PART).get(wholeMeasure));
  }

  /** The play of a baseball game a word names (솔로포, 투런 홈런: 홈런; 1타점: 적시타), if the grammar names one. */
  Optional<String> play(String word) {
    return Optional.ofNullable(labelled.get(Labelled.PLAY).get(word));
  }

  /** Whether a noun is one a counter names (득점 of 골, 의석 of 석). */
  boolean countedNoun(String noun) {
    return labelled.get(Labelled.COUNTED).containsValue(noun);
  }

  /** Whether a word is a name with a division word written on it (H&A사업본부, 모바일사업부문). */
  boolean namesDivision(String word) {
    for (String division : divisionsLongestFirst) {
      if (word.endsWith(division) && word.length() - division.length() >= 2) {
        // not 사업부문 (사업 and 부문): a division word of two is no name
        return !is(Section.DIVISION, word.substring(0, word.length() - division.length()).strip());
      }
    }
    return false;
  }

  /**
   * The name an owner stands for ({@code 경제} gives GDP), or the owner itself without the division
   * word it ends in (생활가전 부문, 생활가전사업 and 생활가전 사업부 are all 생활가전).
   */
  String owner(String owner) {
    String alias = labelled.get(Labelled.OWNER_ALIAS).get(owner.replace(" ", ""));
    if (alias != null) {
      return alias;
    }
    for (String division : divisionsLongestFirst) {
      if (owner.endsWith(division) && owner.length() - division.length() >= 2) {
        return owner.substring(0, owner.length() - division.length()).strip();
      }
    }
    return owner;
  }
}
