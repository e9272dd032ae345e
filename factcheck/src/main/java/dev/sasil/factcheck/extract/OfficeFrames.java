package dev.sasil.factcheck.extract;

import dev.sasil.core.Article;
import dev.sasil.core.Morpheme;
import dev.sasil.core.text.Hangul;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.entity.EntityType;
import dev.sasil.factcheck.entity.Office;
import dev.sasil.factcheck.entity.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.POS;

/**
 * Who holds what, as claims of the person: an office or title written after a full name (최가람
 * 밀양소방서장은, 윤가람 우주항공청 초대청장은: 최가람 · office · 밀양소방서장), an office a verb puts a
 * person in (윤가람이 초대 청장으로 임명됐다, 청년최고위원에는 박나래 후보가 선출됐다, 위원장에 취임한
 * 김가람은: grammar.txt's OFFICE_VERB; with no 로/에 phrase, the office of the election the sentence
 * names: 가람구청장 보궐선거에서 … 당선됐다), a prize won (남우주연상을 받은 이가람, 감독상(황가람)을
 * 수상했다: AWARD_VERB, a word ending in 상 or an AWARD_NAME) and a nomination (여우조연상 후보에 오른
 * 정가람: NOMINATION, NOMINATE_VERB). A title is a PERSON noun of generic-nouns.txt or an
 * OFFICE_TITLE the word ends in. Only full names hold one ({@link PersonNames}); a former title
 * (FORMER: 전 장관), the article's own staff (STAFF_TITLE: 기자) and a candidacy written as a title
 * (박가람 후보: NOMINATION) are none, and a negated verb (수상하지 못했다) gives nothing.
 * Stateless apart from its collaborators; thread-safe.
 */
final class OfficeFrames {

  static final String OFFICE = "office";
  static final String AWARD = "award";
  static final String NOMINEE = "nominee";

  /** How many bare nouns may stand between a name and its title (윤석열 국민의힘 대선 후보), or before an office. */
  private static final int DESCRIPTORS = 2;
  /** A prize with the names of its holders in brackets: 감독상(황가람), 남우조연상(박가람·오가람). */
  private static final Pattern BRACKETED = Pattern.compile("([^\\s(]+)\\(([^()]+)\\)");
  /** What separates the names of a list written in one word (장가람·김가람) or in brackets. */
  private static final Pattern LIST_SEPARATOR = Pattern.compile("[·,]");

  private final Grammar grammar;
  private final GenericNouns generic;

  OfficeFrames(Grammar grammar, GenericNouns generic) {
    this.grammar = grammar;
    this.generic = generic;
  }

  /** A person's name read in the sentence, at {@code [start, end)}. */
  private record Name(String person, int start, int end) {}

  /** A claim already made of the sentence: who, what and the office as written. */
  private record Held(String person, String attribute, String written) {}

  void read(Article article, SentenceContext ctx, List<ExtractedClaim> out) {
    Set<Held> seen = new HashSet<>();
    List<SentenceContext.Word> words = ctx.words;
    for (int i = 0; i < words.size(); i++) {
      apposition(article, ctx, i, seen, out);
      SentenceContext.Word w = words.get(i);
      String text = ctx.text.substring(w.start(), w.end());
      if (!verbal(ctx, w) && i + 1 < words.size() && grammar.startsWith(Grammar.Section.OFFICE_VERB, text)
          && grammar.startsWith(Grammar.Section.CONFIRMED, ctx.text.substring(words.get(i + 1).start()))
          && !ctx.negated(i + 1, grammar)) {
        byVerb(article, ctx, i, OFFICE, seen, out); // 당선이 확정됐다, 당선을 확정 지었다
      }
      if (verbal(ctx, w) && !ctx.negated(i, grammar)) {
        if (grammar.startsWith(Grammar.Section.OFFICE_VERB, text)) {
          byVerb(article, ctx, i, OFFICE, seen, out);
        }
        if (grammar.startsWith(Grammar.Section.AWARD_VERB, text)) {
          byVerb(article, ctx, i, AWARD, seen, out);
        }
        if (grammar.startsWith(Grammar.Section.NOMINATE_VERB, text) && i > 0
            && grammar.is(Grammar.Section.NOMINATION, words.get(i - 1).stem())) {
          byVerb(article, ctx, i - 1, NOMINEE, seen, out);
        }
      }
    }
    bracketed(article, ctx, seen, out);
  }

  /** 최가람 경남 밀양소방서장은: a full name, up to {@value #DESCRIPTORS} bare nouns, and a title. */
  private void apposition(Article article, SentenceContext ctx, int i, Set<Held> seen, List<ExtractedClaim> out) {
    SentenceContext.Word w = ctx.words.get(i);
    if (w.role() != Role.BARE || ctx.text.substring(w.start(), w.end()).matches(".*[,·(].*")) {
      return; // 장가람, 김가람: a list of names, no apposition
    }
    String person = person(ctx, w.start(), w.start() + w.stem().length());
    if (person == null || i + 1 < ctx.words.size() && nameGoesOn(ctx, ctx.words.get(i + 1))) {
      return; // 기시다 후미오 총리: the name's first part
    }
    for (int j = i + 1; j < ctx.words.size() && j <= i + 1 + DESCRIPTORS; j++) {
      SentenceContext.Word t = ctx.words.get(j);
      if (grammar.is(Grammar.Section.FORMER, t.stem()) || nameAt(ctx, t) != null) {
        return; // 김가람 전 장관: no office now; 김가람 이나래: two names
      }
      String title = titleOf(ctx, t);
      if (title != null && t.role() == Role.BARE && j + 1 < ctx.words.size() && titleOf(ctx, ctx.words.get(j + 1)) != null) {
        t = ctx.words.get(++j); // 헌법재판소장 권한대행, 대통령 당선인: the title the first one qualifies
        title = titleOf(ctx, t);
      }
      if (title != null) {
        if (!grammar.is(Grammar.Section.STAFF_TITLE, title) && !title.endsWith(grammar.first(Grammar.Section.NOMINATION))) {
          add(article, ctx, person, OFFICE, phrase(ctx, i + 1, j), title, ctx.words.get(i + 1).start(), t, seen, out);
        }
        return;
      }
      if (t.role() != Role.BARE || !ctx.endsInNoun(t) || ctx.beginsWithTime(t)) {
        return;
      }
    }
  }

  /**
   * The office, prize or nomination the verb at word {@code v} (for a nomination, the word 후보) gives
   * to a person: the nearest 로/에 phrase (an object or 에 phrase for a prize, a topic when the verb is
   * one of choosing: MVP는 오가람으로 결정됐다) before it in its clause names what; who is the noun the
   * verb's relative clause modifies, the names between the office and the verb, or the clause's subject.
   */
  private void byVerb(Article article, SentenceContext ctx, int v, String attribute, Set<Held> seen,
      List<ExtractedClaim> out) {
    int r = -1;
    String head = null;
    String kind = attribute;
    for (int k = v - 1; k >= 0 && r < 0; k--) {
      SentenceContext.Word w = ctx.words.get(k);
      if (ctx.endsClause(w)) {
        break;
      }
      // a prize, or for an office verb or a nomination an office too; a prize an office verb gives
      // is won (MVP는 오가람으로 결정됐다)
      String prize = prize(w.stem());
      String found = prize != null ? prize : attribute.equals(AWARD) ? null : titleOf(ctx, w);
      String as = prize != null && attribute.equals(OFFICE) ? AWARD : attribute;
      boolean placed = w.role() == Role.BY || w.role() == Role.TO || as.equals(AWARD) && w.role() == Role.OBJECT
          || w.role() == Role.BARE && attribute.equals(NOMINEE);
      if (found != null && (placed || w.role() == Role.TOPIC && byName(ctx, v) != null)) {
        r = k;
        head = found;
        kind = as;
      } else if (attribute.equals(NOMINEE)) {
        break; // 여우조연상 후보에: the prize or office right before 후보
      }
    }
    if (r < 0 && attribute.equals(OFFICE)) { // the verb's own: no office found
      elected(article, ctx, v, seen, out);
      return;
    }
    if (r < 0) {
      return;
    }
    List<Name> holders = new ArrayList<>();
    if (ctx.adnominal(ctx.words.get(kind.equals(NOMINEE) ? v + 1 : v))) {
      int next = kind.equals(NOMINEE) ? v + 2 : v + 1;
      if (next < ctx.words.size()) {
        Name n = nameAt(ctx, ctx.words.get(next));
        if (n != null) {
          holders.add(n);
        }
      }
    } else {
      for (int k = r + 1; k < v; k++) {
        holders.addAll(namesIn(ctx, ctx.words.get(k)));
      }
      if (holders.isEmpty() && ctx.words.get(r).role() == Role.TOPIC) {
        Name n = byName(ctx, v);
        if (n != null) {
          holders.add(n);
        }
      }
      if (holders.isEmpty()) {
        Name n = subjectBefore(ctx, r);
        if (n != null) {
          holders.add(n);
        }
      }
    }
    SentenceContext.Word office = ctx.words.get(r);
    int from = r;
    while (from > 0 && r - from < DESCRIPTORS && descriptor(ctx, ctx.words.get(from - 1))) {
      from--;
    }
    String written = phrase(ctx, from, r);
    for (Name h : holders) {
      add(article, ctx, h.person(), kind, written, head, ctx.words.get(from).start(), office, seen, out);
    }
  }

  /**
   * An office the verb at {@code v} gives with no 로/에 phrase, named by the election the sentence
   * writes before it (강서구청장 보궐선거에서 진가람 후보가 당선됐다, 제9대 대통령 선거에서 … 이가람
   * 후보의 당선이 확정됐다): the office is what the ELECTION word is of (the word before it, or the
   * start of the word: 대통령선거), the holder the name of the subject, topic or genitive between,
   * else the clause's subject before.
   */
  private void elected(Article article, SentenceContext ctx, int v, Set<Held> seen, List<ExtractedClaim> out) {
    for (int e = v - 1; e >= 0; e--) {
      SentenceContext.Word w = ctx.words.get(e);
      String stem = w.stem().replace(" ", "");
      String election = grammar.words(Grammar.Section.ELECTION).stream().filter(stem::endsWith).findFirst().orElse(null);
      if (election == null) {
        continue;
      }
      String office = stem.substring(0, stem.length() - election.length());
      int from = e;
      if (office.isEmpty() && e > 0 && descriptorOrTitle(ctx, ctx.words.get(e - 1))) {
        from = e - 1;
        office = ctx.words.get(from).stem().replace(" ", "");
      }
      String head = titleIn(office);
      if (head == null) {
        return;
      }
      Name holder = null;
      for (int k = e + 1; k < v && holder == null; k++) {
        SentenceContext.Word x = ctx.words.get(k);
        if (x.role().isActor() || x.role() == Role.GENITIVE) {
          holder = nameOrApposition(ctx, k, e + 1);
        }
      }
      if (holder == null) {
        holder = subjectBefore(ctx, from); // 진가람 후보가 강서구청장 보궐선거에서 당선됐다
      }
      if (holder != null) {
        add(article, ctx, holder.person(), OFFICE, office, head, ctx.words.get(from).start(), w, seen, out);
      }
      return;
    }
  }

  /** Whether a word is a bare noun ending in a title: the office an election word after it is of (강서구청장 보궐선거). */
  private boolean descriptorOrTitle(SentenceContext ctx, SentenceContext.Word w) {
    return w.role() == Role.BARE && ctx.endsInNoun(w) && titleIn(w.stem().replace(" ", "")) != null;
  }

  /** The longest title a text ends in, morphemes aside (강서구청장: 구청장); null if none. */
  private String titleIn(String text) {
    for (int k = 0; k + 2 <= text.length(); k++) {
      if (isTitle(text.substring(k))) {
        return text.substring(k);
      }
    }
    return null;
  }

  /** Whether a noun is a title: a PERSON noun of generic-nouns.txt or an OFFICE_TITLE of grammar.txt. */
  private boolean isTitle(String noun) {
    return generic.isTitle(noun) || grammar.is(Grammar.Section.OFFICE_TITLE, noun);
  }

  /** 감독상(황가람), 남우조연상(박가람·오가람) … 후보에 올랐다 or … 수상했다: the bracketed names hold the prize. */
  private void bracketed(Article article, SentenceContext ctx, Set<Held> seen, List<ExtractedClaim> out) {
    if (ctx.text.indexOf('(') < 0) {
      return;
    }
    Matcher m = BRACKETED.matcher(ctx.text);
    while (m.find()) {
      String head = prize(m.group(1));
      int at = ctx.wordIndexAt(m.start());
      if (head == null || at < 0) {
        continue;
      }
      String attribute = verbAfter(ctx, at);
      if (attribute == null) {
        continue;
      }
      SentenceContext.Word office = ctx.words.get(at);
      int p = m.start(2);
      for (String part : LIST_SEPARATOR.split(m.group(2), -1)) {
        int s = p + (part.length() - part.stripLeading().length());
        String person = person(ctx, s, s + part.strip().length());
        if (person != null) {
          add(article, ctx, person, attribute, m.group(1), head, m.start(), office, seen, out);
        }
        p += part.length() + 1;
      }
    }
  }

  /** What the verb closing the clause after word {@code at} gives: a prize, a nomination (후보에 올랐다), or null. */
  private String verbAfter(SentenceContext ctx, int at) {
    for (int k = at + 1; k < ctx.words.size(); k++) {
      SentenceContext.Word w = ctx.words.get(k);
      String text = ctx.text.substring(w.start(), w.end());
      if (grammar.startsWith(Grammar.Section.NOMINATE_VERB, text)
          && grammar.is(Grammar.Section.NOMINATION, ctx.words.get(k - 1).stem())) {
        return NOMINEE;
      }
      if (verbal(ctx, w) && grammar.startsWith(Grammar.Section.AWARD_VERB, text) && !ctx.negated(k, grammar)) {
        return AWARD;
      }
      if (ctx.endsClause(w)) {
        return null;
      }
    }
    return null;
  }

  /** The name with 으로 right before the verb at {@code v} (오가람으로 결정됐다), or null. */
  private Name byName(SentenceContext ctx, int v) {
    if (v < 1 || ctx.words.get(v - 1).role() != Role.BY) {
      return null;
    }
    return nameAt(ctx, ctx.words.get(v - 1));
  }

  /**
   * The person the clause before word {@code r} is about: its topic or subject, or the full name
   * written before it as that noun's apposition (윤가람 서울대 교수가, 이가람 후보가); null if none.
   */
  private Name subjectBefore(SentenceContext ctx, int r) {
    for (int k = r - 1; k >= 0; k--) {
      SentenceContext.Word w = ctx.words.get(k);
      if (ctx.endsClause(w)) {
        return null;
      }
      if (w.role().isActor()) {
        return nameOrApposition(ctx, k, 0);
      }
    }
    return null;
  }

  /**
   * The name of word {@code k}, or the full name written before it, no further back than {@code
   * floor}, as its apposition: bare words up to the noun (윤가람 서울대 교수가, 이가람 나래당 후보의).
   */
  private Name nameOrApposition(SentenceContext ctx, int k, int floor) {
    Name n = nameAt(ctx, ctx.words.get(k));
    for (int b = k - 1; n == null && b >= floor && k - b <= DESCRIPTORS + 1 && ctx.words.get(b).role() == Role.BARE; b--) {
      n = nameAt(ctx, ctx.words.get(b));
    }
    return n;
  }

  /** The full names of a word: the word's stem, or each name of a list it writes (장가람·김가람). */
  private List<Name> namesIn(SentenceContext ctx, SentenceContext.Word w) {
    Name whole = nameAt(ctx, w);
    if (whole != null) {
      return List.of(whole);
    }
    List<Name> out = new ArrayList<>();
    String text = ctx.text.substring(w.start(), w.start() + w.stem().length());
    if (text.indexOf('·') < 0) {
      return out;
    }
    int p = w.start();
    // up to the stem's end: the last name's particle (장가람·김가람이) is no part of it
    for (String part : LIST_SEPARATOR.split(ctx.text.substring(w.start(), w.stemEnd()), -1)) {
      String person = person(ctx, p, p + part.length());
      if (person != null) {
        out.add(new Name(person, p, p + part.length()));
      }
      p += part.length() + 1;
    }
    return out;
  }

  /**
   * The person a full name at {@code [start, end)} names ({@link PersonNames}); null for none, for
   * a country (한국 배우), and for a name of two syllables Nori does not start with a proper noun
   * (이/NNG 번, 이/NNG 날: a demonstrative and a noun, where a family name of one syllable and a
   * given name of one are seldom written without a title's help).
   */
  private String person(SentenceContext ctx, int start, int end) {
    String p = PersonNames.person(ctx, start, end);
    if (p == null || p.isBlank() || generic.anyPlace(p).isPresent()) {
      return null;
    }
    List<Morpheme> ms = ctx.morphemesIn(start, end);
    return p.length() == 2 && (ms.isEmpty() || ms.getFirst().tag() != POS.Tag.NNP) ? null : p;
  }

  /**
   * Whether a word right after a name is the rest of it: one short proper noun of Hangul alone that
   * names no known entity or place (기시다 후미오, 마츠 말름), not an organisation or a region (김가람
   * 가람전자 사장, 최가람 경남 소방서장).
   */
  private boolean nameGoesOn(SentenceContext ctx, SentenceContext.Word w) {
    List<Morpheme> ms = ctx.morphemesOf(w);
    return w.role() == Role.BARE && generic.anyPlace(w.stem()).isEmpty() && ms.size() == 1
        && ms.getFirst().tag() == POS.Tag.NNP && w.stem().length() <= 3 && w.stem().chars().allMatch(Hangul::isSyllable)
        && ctx.mentionOf(w).map(m -> m.entity().type() == EntityType.UNKNOWN).orElse(true);
  }

  /** The full name a word's stem is (before a bracket: 김가람(득표순)), or null. */
  private Name nameAt(SentenceContext ctx, SentenceContext.Word w) {
    int bracket = w.stem().indexOf('(');
    int end = w.start() + (bracket < 0 ? w.stem().length() : bracket);
    String person = end <= ctx.text.length() ? person(ctx, w.start(), end) : null;
    return person == null ? null : new Name(person, w.start(), end);
  }

  /** Whether a word is a bare noun that narrows the office after it (신임, 청년, 드라마 시리즈 부문). */
  private boolean descriptor(SentenceContext ctx, SentenceContext.Word w) {
    return w.role() == Role.BARE && ctx.endsInNoun(w) && !ctx.beginsWithTime(w) && nameAt(ctx, w) == null
        && titleOf(ctx, w) == null && w.stem().indexOf('·') < 0 && !ctx.text.substring(w.start(), w.end()).contains(",");
  }

  /** The words {@code from} to {@code to} (inclusive) by their stems, as written apart, brackets aside (오가람 (시장)). */
  private static String phrase(SentenceContext ctx, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k <= to; k++) {
      b.append(k > from ? " " : "").append(ctx.words.get(k).stem().replace("(", "").replace(")", ""));
    }
    return b.toString();
  }

  /**
   * The title ({@link #isTitle}) a word's stem ends in (밀양소방서장: 서장, 초대청장: 청장), starting
   * where one of its morphemes does (not the 차장 of 주차/장); null if none.
   */
  private String titleOf(SentenceContext ctx, SentenceContext.Word w) {
    int bracket = ctx.text.indexOf('(', w.start());
    int end = ctx.base + (bracket >= 0 && bracket < w.end() ? bracket : w.end());
    List<Morpheme> ms = new ArrayList<>(ctx.morphemesOf(w).stream().filter(m -> m.start() < end).toList());
    while (!ms.isEmpty() && !nounLike(ms.getLast())) {
      ms.removeLast(); // 청장은, 대통령으로: the particles after the stem (and a gloss: 후보(왼쪽)가)
    }
    String stem = w.stem().replace(" ", "");
    StringBuilder suffix = new StringBuilder();
    String found = null;
    for (int k = ms.size() - 1; k >= 0 && nounLike(ms.get(k)); k--) {
      suffix.insert(0, ms.get(k).surface());
      String s = suffix.toString();
      if (s.length() >= 2 && stem.endsWith(s) && isTitle(s)) {
        found = s; // the longest: 위원장 over 원장
      }
    }
    return found;
  }

  private static boolean nounLike(Morpheme m) {
    return m.isNoun() || m.tag() == POS.Tag.SL || m.tag() == POS.Tag.SH || m.tag() == POS.Tag.XSN;
  }

  /** The prize a stem names: a word of Hangul ending in a PRIZE_ENDING (남우주연상) or an AWARD_NAME (MVP), or null. */
  private String prize(String stem) {
    String s = stem.replace(" ", "");
    boolean named = s.length() >= 3 && grammar.words(Grammar.Section.PRIZE_ENDING).stream().anyMatch(s::endsWith)
        && s.chars().allMatch(Hangul::isSyllable);
    if (named || grammar.is(Grammar.Section.AWARD_NAME, s)) {
      return s;
    }
    return null;
  }

  /** Whether a word holds a verb or a noun made one (당선됐다, 받은, 수상했다): no bare noun (당선이). */
  private static boolean verbal(SentenceContext ctx, SentenceContext.Word w) {
    return ctx.morphemesOf(w).stream().anyMatch(Morpheme::isVerbal);
  }

  private static void add(Article article, SentenceContext ctx, String person, String attribute, String written,
      String head, int start, SentenceContext.Word at, Set<Held> seen, List<ExtractedClaim> out) {
    if (!seen.add(new Held(person, attribute, written))) {
      return;
    }
    int end = at.start() + at.stem().length();
    Evidence evidence = new Evidence(article.id(), ctx.sentence.index(), ctx.text, ctx.base + start, ctx.base + end,
        ctx.text.substring(start, end));
    out.add(new ExtractedClaim(new Claim(person, attribute, new Office(written, head), List.of(), evidence, ""), true));
  }
}
