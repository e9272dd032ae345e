package dev.sasil.factcheck.extract;

import org.apache.lucene.analysis.ko.POS;
import dev.sasil.core.Morpheme;
import dev.sasil.core.Sentence;
import dev.sasil.core.morph.MorphemeIndex;
import dev.sasil.core.text.Hangul;
import dev.sasil.factcheck.NormalizedValue;
import dev.sasil.factcheck.entity.Entity;
import dev.sasil.factcheck.entity.EntityMention;
import dev.sasil.factcheck.entity.EntityType;
import dev.sasil.factcheck.entity.Particles;
import dev.sasil.factcheck.entity.Role;
import dev.sasil.factcheck.quantity.QuantityMention;
import dev.sasil.factcheck.time.HalfDays;
import dev.sasil.factcheck.time.TimeMention;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence prepared for claim extraction: its words with their roles, entity names, time
 * expressions and quantities, all with offsets into the sentence text. Immutable once built,
 * except for facts of the whole sentence read on first use; one thread reads a context.
 */
final class SentenceContext {

  /** Glosses in parentheses, quotes, brackets and bullets: not part of a word's stem. */
  private static final Pattern STEM_NOISE = Pattern.compile("\\([^()]*\\)|[‘’'“”\"「」『』<>◇■▲△·\\[\\]]");
  /** The characters every match of {@link #STEM_NOISE} starts with: most words have none, and skip the regex. */
  private static final String NOISE_CHARS = "(‘’'“”\"「」『』<>◇■▲△·[]";

  /**
   * A word (eojeol) of the sentence.
   *
   * @param start offset of its first character
   * @param end offset after its last character
   * @param stem the word without particles, quotes and glosses
   * @param stemEnd offset after the stem
   * @param role the role its particles give it
   */
  record Word(int start, int end, String stem, int stemEnd, Role role) {}

  final Sentence sentence;
  final String text;
  /** The bullets that start each item of a written list (▲서울 3곳 ▲부산 2곳). */
  static final String BULLETS = "▲△▶▷■□◆◇●○•";
  /**
   * Where the sentence's commas are, in order, but those grouping digits (1,795조8,000억원): {@link
   * #listedTogether} without scanning the text.
   */
  private final int[] commas;
  /** Where the sentence's bullets are, in order. */
  private final int[] bullets;
  final int base;
  /** The sentence's morphemes, indexed by offset. */
  final MorphemeIndex morphemes;
  final List<Word> words;
  /** The morphemes of each of {@link #words}, looked up once (the frames ask for them again and again). */
  private final List<List<Morpheme>> wordMorphemes;
  /** See {@link #firstWordByOffset(List, int)}. */
  private final int[] firstWordByOffset;
  private final int[] actorsBefore;
  /** The parentheses open before each offset (opened minus closed). */
  private final int[] parenDepth;
  /** The indices of the topic words, ascending. */
  private final int[] topicWords;
  final List<EntityMention> mentions;
  final List<TimeMention> times;
  final List<QuantityMention> quantities;
  /** The offsets {@link #times} cover. */
  private final BitSet timeCovered;
  /** The {@link #mentions} by start, and the furthest end of each and those before it. */
  private final int[] mentionStarts;
  private final int[] mentionEndsSoFar;
  /** Whether {@link #mentions} is in start order (as the matcher gives it), so that the arrays above index it too. */
  private final boolean mentionsInStartOrder;

  /** Quoted speech: spans in double quotes, or long spans in single quotes. */
  final List<int[]> speech;
  /**
   * Country and region words (PLACE of generic-nouns.txt) written as a clause's topic, subject or
   * genitive (한국은, 미국이, 일본의), in order. They are no names of events (a release in 한국 is a
   * place qualifier), but they own the figures their clause states (한국은 금메달 13개를 땄다).
   */
  final List<EntityMention> placeOwners;
  /** The age groups the sentence talks about (AgeGroups: 60대가, 40대 취업자는), in order; no figures. */
  final List<EntityMention> ageGroups;
  /** The names and the place owners of the sentence, by end. */
  final List<EntityMention> owners;

  /** Where the article writes 오전 or 오후, for the hours written without it. */
  private final HalfDays halfDays;

  SentenceContext(Sentence sentence, Particles particles, GenericNouns generic, List<EntityMention> mentions,
      List<TimeMention> times, List<QuantityMention> quantities) {
    this(sentence, MorphemeIndex.of(sentence.morphemes()), particles, generic, mentions, times, quantities,
        HalfDays.NONE);
  }

  /** As above, with the sentence's morphemes already indexed ({@code morphemes}, of {@code sentence.morphemes()}). */
  SentenceContext(Sentence sentence, MorphemeIndex morphemes, Particles particles, GenericNouns generic,
      List<EntityMention> mentions, List<TimeMention> times, List<QuantityMention> quantities, HalfDays halfDays) {
    this.sentence = sentence;
    this.halfDays = halfDays;
    this.text = sentence.text();
    this.commas = java.util.Arrays.stream(positionsOf(text, ","))
        .filter(i -> i == 0 || i + 1 >= text.length() || !Character.isDigit(text.charAt(i - 1)) || !Character.isDigit(text.charAt(i + 1)))
        .toArray();
    this.bullets = positionsOf(text, BULLETS);
    this.base = sentence.start();
    this.morphemes = morphemes;
    List<List<Morpheme>> ofWords = new ArrayList<>();
    Quotations quotations = quotations(text);
    this.words = speakerAside(words(sentence, morphemes, particles, ofWords), quotations.firstReported());
    this.wordMorphemes = List.copyOf(ofWords);
    this.firstWordByOffset = firstWordByOffset(words, text.length());
    this.actorsBefore = actorsBefore(words);
    this.parenDepth = new int[text.length() + 1];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      parenDepth[i + 1] = parenDepth[i] + (c == '(' ? 1 : c == ')' ? -1 : 0);
    }
    // loops rather than streams below: a context is made per sentence, and the streams' set-up cost more than their work
    int[] topics = new int[words.size()];
    int topicCount = 0;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).role() == Role.TOPIC) {
        topics[topicCount++] = i;
      }
    }
    this.topicWords = java.util.Arrays.copyOf(topics, topicCount);
    this.speech = quotations.speech();
    // 114.65(2020년=100): the base of an index is no time of anything the sentence states
    List<TimeMention> keptTimes = new ArrayList<>(times.size());
    for (TimeMention t : times) {
      if (!inSpeech(t.start()) && !indexBase(text, t)) {
        keptTimes.add(t);
      }
    }
    this.times = java.util.Collections.unmodifiableList(keptTimes);
    this.timeCovered = new BitSet(text.length());
    for (TimeMention t : this.times) {
      timeCovered.set(t.start(), t.end());
    }
    // figures in quoted speech are kept: 소방서장은 "사망자는 149명"이라고 밝혔다 reports a count
    // as much as the same words outside quotes do; they are read within the quotation (speechFloor)
    // 60대가 19만명 늘었다: an age group is whose figures the clause states, not a figure
    List<QuantityMention> figures = new ArrayList<>(quantities.size());
    List<EntityMention> groups = new ArrayList<>();
    for (QuantityMention q : quantities) {
      if (AgeGroups.personsAge(q, text)) {
        continue; // 김모(60대·여): the person's age (AgeFrames), no figure of the clause
      }
      Optional<EntityMention> group = AgeGroups.of(q, text, words, wordIndexAt(q.end() - 1));
      if (group.isPresent()) {
        groups.add(group.get());
      } else {
        figures.add(q);
      }
    }
    this.quantities = java.util.Collections.unmodifiableList(figures);
    int[] bareOrgStarts = new int[mentions.size()];
    int bareOrgs = 0;
    EntityMention previous = null;
    for (EntityMention o : mentions) {
      if (o.role() == Role.BARE && (o.entity().type() == dev.sasil.factcheck.entity.EntityType.ORG
          || affiliation(previous, o))) {
        bareOrgStarts[bareOrgs++] = o.start();
      }
      previous = o;
    }
    bareOrgStarts = java.util.Arrays.copyOf(bareOrgStarts, bareOrgs);
    java.util.Arrays.sort(bareOrgStarts);
    List<EntityMention> kept = new ArrayList<>();
    int reported = quotations.firstReported();
    for (EntityMention m : mentions) {
      boolean speaker = m.end() <= reported && (m.role() == Role.TOPIC || m.role() == Role.SUBJECT);
      kept.add(speaker ? retag(m, Role.OTHER) : withContextRole(m, bareOrgStarts, generic));
    }
    this.mentions = List.copyOf(kept);
    this.ageGroups = List.copyOf(groups);
    this.placeOwners = placeOwners(words, generic);
    if (placeOwners.isEmpty()) {
      this.owners = this.mentions;
    } else {
      List<EntityMention> all = new ArrayList<>(this.mentions);
      all.addAll(placeOwners);
      all.sort(Comparator.comparingInt(EntityMention::end));
      this.owners = List.copyOf(all);
    }
    List<EntityMention> byStart = new ArrayList<>(this.mentions);
    byStart.sort(Comparator.comparingInt(EntityMention::start));
    this.mentionsInStartOrder = byStart.equals(this.mentions);
    this.mentionStarts = new int[byStart.size()];
    this.mentionEndsSoFar = new int[byStart.size()];
    for (int k = 0; k < byStart.size(); k++) {
      mentionStarts[k] = byStart.get(k).start();
      mentionEndsSoFar[k] = Math.max(k == 0 ? Integer.MIN_VALUE : mentionEndsSoFar[k - 1], byStart.get(k).end());
    }
  }

  private static boolean indexBase(String text, TimeMention t) {
    int i = t.end();
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && text.charAt(i) == '=';
  }

  /** Whether a time expression of the sentence covers offset {@code p}. */
  boolean inTime(int p) {
    return p >= 0 && timeCovered.get(p);
  }

  /** Whether a mention of the sentence overlaps {@code [s, e)}: one starting before {@code e} ends after {@code s}. */
  boolean mentionOverlaps(int s, int e) {
    int before = lowerBound(mentionStarts, e); // mentions [0, before) start before e
    return before > 0 && mentionEndsSoFar[before - 1] > s;
  }

  /** The first index of the ascending {@code a} whose value is at least {@code key}, or its length. */
  private static int lowerBound(int[] a, int key) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Where the quoted speech holding offset {@code p} starts (after its opening quote), or 0 when
   * {@code p} is outside speech: a figure inside a quotation is measured and owned by the words
   * of the quotation, never by the speaker outside it. The opening quote counts as inside: a word
   * starting with it ("물가상승률이) is the quotation's.
   */
  int speechFloor(int p) {
    int floor = 0;
    for (int[] s : speech) {
      if (p >= s[0] && p < s[1]) {
        floor = Math.max(floor, s[0] + 1);
      }
    }
    return floor;
  }

  /**
   * The Korean region written within the two plain or genitive nouns before word {@code w} (서울 of
   * 서울(의) 공동주택 공시가격은): a region's figure or change is not the nation's; empty when none, and
   * never past a figure, a time or a list separator (the words of the list's item before).
   */
  Optional<String> regionBefore(int w) {
    for (int k = w - 1; k >= 0 && k >= w - 2; k--) {
      Word b = words.get(k);
      if (b.role() != Role.BARE && b.role() != Role.GENITIVE || !endsInNoun(b)
          || inQuantity(b.start(), b.start() + 1) || inTime(b.start()) || listedApart(b, words.get(k + 1).start())) {
        return Optional.empty(); // 울진 1만8463ha, 삼척 2184ha: the item before, not 삼척's region
      }
      Optional<String> region = regionOf(b, b.stem());
      if (region.isPresent()) {
        return region;
      }
    }
    return Optional.empty();
  }

  /**
   * The Korean region a word's text names (속초 of 속초의), unless the word is a part of a longer
   * quoted name: 서울 of '서울의 봄' (a film) is no place.
   */
  Optional<String> regionOf(Word w, String text) {
    return longerQuotedName(w).isPresent() ? Optional.empty()
        : dev.sasil.factcheck.entity.Regions.standard().of(text.replace(" ", ""));
  }

  /** The quoted name of several words a word is a part of (서울의 of '서울의 봄'), or empty. */
  Optional<EntityMention> longerQuotedName(Word w) {
    return mentionOf(w).filter(m -> m.how() == EntityMention.Source.QUOTED && m.end() > w.end());
  }

  /**
   * The half of the day of the article's last time of day before an offset of this sentence that
   * writes its part of the day (오후 7시 44분 … 곧이어 8시 32분), or null.
   */
  dev.sasil.factcheck.time.ClockTime.Half halfBefore(int p) {
    return halfDays.before(base + p);
  }

  /**
   * The value of a time of this sentence kept to the minute when the text writes a clock time
   * (19일 오전 7시 18분: 07:18 on the 19th), else its resolved value.
   */
  NormalizedValue clocked(TimeMention t) {
    return dev.sasil.factcheck.time.ClockTime.of(t, after(t.end()), halfBefore(t.start()))
        .<NormalizedValue>map(c -> c).orElse(t.value());
  }

  /** Whether an offset lies in quoted speech. */
  boolean inSpeech(int p) {
    for (int[] s : speech) {
      if (p > s[0] && p < s[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the quotation {@code text[open, close]} reports when something happened, as an
   * official's briefing does (“오전 7시 35분에 화재가 발생했으며 10시 26분 완전히 진화했다”고 밝혔다):
   * it writes a time, ends in a statement in the past tense (a syllable with ㅆ before 다: 했다,
   * 됐다, 났다), and 고 follows it. Its times and figures are then read as the sentence's own; a
   * quotation of anything else (a plan, an opinion, a question, a report with no time: “주불 진화는
   * 완료했다”) stays speech.
   */
  private static boolean reportedFact(String text, int open, int close) {
    int e = close - 1;
    while (e > open && (text.charAt(e) == '.' || Character.isWhitespace(text.charAt(e)))) {
      e--;
    }
    return e - 1 > open && text.charAt(e) == '다' && text.startsWith("고", close + 1)
        && (Hangul.finalConsonant(text.charAt(e - 1)) == Hangul.FINAL_SS || pastClause(text, open, e - 1))
        && QUOTED_TIME.matcher(text).region(open, close).find();
  }

  /**
   * Whether a clause in {@code text[open, end)} ends in the past tense before a connective ending
   * (“오전 11시 초진을 완료했지만 잔불 정리에 시간이 걸릴 것으로 보인다”: the first clause states
   * what happened, whatever the last one expects).
   */
  private static boolean pastClause(String text, int open, int end) {
    Matcher m = PAST_CONNECTIVE.matcher(text).region(open + 1, end);
    while (m.find()) {
      if (Hangul.finalConsonant(text.charAt(m.start())) == Hangul.FINAL_SS) {
        return true;
      }
    }
    return false;
  }

  /**
   * A syllable before a connective ending that closes a clause of its own, grammar.txt's
   * COORDINATE (했지만, 했고, 했으며, 했으나), as written.
   */
  private static final Pattern PAST_CONNECTIVE =
      Pattern.compile("[가-힣](?=" + Grammar.standard().alternation(Grammar.Section.COORDINATE) + "[\\s,])");

  /** A time written inside a quotation: a number of a clock or calendar unit, or a day word. */
  private static final Pattern QUOTED_TIME = Pattern.compile("\\d\\s*(?:시|일|월|년)|오늘|어제|이날|전날");

  /**
   * The words with the speaker of a quotation that reports a fact set aside: a topic or subject
   * before it (최만우 서장은 “오전 7시 35분에 화재가 발생했다”고 밝혔다) is who said it, no party to
   * what it reports.
   */
  private static List<Word> speakerAside(List<Word> words, int reported) {
    if (reported < 0) {
      return words;
    }
    List<Word> out = new ArrayList<>(words.size());
    for (Word w : words) {
      boolean speaker = w.end() <= reported && (w.role() == Role.TOPIC || w.role() == Role.SUBJECT);
      out.add(speaker ? new Word(w.start(), w.end(), w.stem(), w.stemEnd(), Role.OTHER) : w);
    }
    return List.copyOf(out);
  }

  /**
   * A sentence's quotations, read once: the spans that are speech, and where the first that
   * reports a fact ({@link #reportedFact}) opens, or -1.
   */
  private record Quotations(List<int[]> speech, int firstReported) {}

  private static Quotations quotations(String text) {
    List<int[]> out = new ArrayList<>();
    int firstReported = -1;
    String[][] pairs = {{"“", "”"}, {"\"", "\""}, {"‘", "’"}, {"「", "」"}};
    for (String[] p : pairs) {
      int i = text.indexOf(p[0]);
      while (i >= 0) {
        int j = text.indexOf(p[1], i + 1);
        if (j < 0) {
          break;
        }
        boolean single = p[0].equals("‘");
        if (reportedFact(text, i, j)) {
          firstReported = firstReported < 0 ? i : Math.min(firstReported, i);
        } else if (!single || j - i > 30) {
          out.add(new int[] {i, j});
        }
        i = text.indexOf(p[0], j + 1);
      }
    }
    return new Quotations(out, firstReported);
  }

  /**
   * 머스크 CEO는, 샘 올트먼 오픈AI CEO는: a person followed by its title (and the organization of
   * the title) takes the title's role, while the organization stays a modifier; 알리바바의 경우:
   * a topic.
   */
  private EntityMention withContextRole(EntityMention m, int[] bareOrgStarts, GenericNouns generic) {
    if (m.role() == Role.TOPIC) {
      // 오픈AI의 GPT-4o는 물론 …: "not only", not the topic
      int nw = wordIndexFrom(m.end());
      return nw >= 0 && words.get(nw).stem().startsWith("물론") ? retag(m, Role.OTHER) : m;
    }
    if (m.role() != Role.BARE && m.role() != Role.GENITIVE) {
      return m;
    }
    int w = wordIndexFrom(m.end());
    int own = wordIndexAt(m.end() - 1);
    if (w < 0 || w == own) {
      return m;
    }
    Word next = words.get(w);
    if (m.role() == Role.GENITIVE) {
      return generic.isTopical(next.stem()) ? retag(m, Role.TOPIC) : m;
    }
    dev.sasil.factcheck.entity.EntityType type = m.entity().type();
    if (type != dev.sasil.factcheck.entity.EntityType.PERSON && type != dev.sasil.factcheck.entity.EntityType.UNKNOWN
        || java.util.Arrays.binarySearch(bareOrgStarts, m.start()) >= 0) {
      return m; // 최가람 나래그룹 회장은: the group is the person's, whom the title's role goes to
    }
    boolean sawTitle = false;
    for (int x = w; x < Math.min(words.size(), w + 4); x++) {
      Word t = words.get(x);
      boolean title = generic.type(t.stem()).orElse(null) == dev.sasil.factcheck.entity.EntityType.PERSON;
      // a bare organization name starting in the word (among all mentions, quoted speech included)
      int firstOrg = lowerBound(bareOrgStarts, t.start());
      boolean org = !title && firstOrg < bareOrgStarts.length && bareOrgStarts[firstOrg] < t.end();
      org |= !title && x == w && MeasureFrames.surelyPerson(m.entity()) && beforeTitle(x, generic);
      if (!title && !(org && !sawTitle)) {
        return m;
      }
      sawTitle |= title;
      if (title && t.role() != Role.BARE) {
        return retag(m, t.role());
      }
    }
    return m;
  }

  /**
   * Whether word {@code x}, right after a person's full name, stands between the name and its
   * title: a bare word of nouns no table knows (한가람 나래그룹 회장은) or the word for former
   * (한가람 전 회장은).
   */
  private boolean beforeTitle(int x, GenericNouns generic) {
    Word t = words.get(x);
    return x + 1 < words.size() && t.role() == Role.BARE
        && (endsInNoun(t) && !inTime(t.start()) || Grammar.standard().is(Grammar.Section.FORMER, t.stem()))
        && generic.isTitle(words.get(x + 1).stem());
  }

  /**
   * Whether {@code m}, a name no table types, written right after a person's bare full name, is
   * where the person works (최가람 SK그룹 회장은), not a person itself.
   */
  private boolean affiliation(EntityMention person, EntityMention m) {
    return person != null && person.role() == Role.BARE && m.entity().type() == dev.sasil.factcheck.entity.EntityType.UNKNOWN
        && !dev.sasil.factcheck.entity.Surnames.standard().mayBeFullName(m.entity().canonical())
        && text.substring(person.end(), m.start()).isBlank() && MeasureFrames.surelyPerson(person.entity());
  }

  private static EntityMention retag(EntityMention m, Role role) {
    return new EntityMention(m.entity(), m.start(), m.end(), role, m.how());
  }

  private List<EntityMention> placeOwners(List<Word> words, GenericNouns generic) {
    List<EntityMention> out = new ArrayList<>();
    for (Word w : words) {
      if ((w.role() == Role.TOPIC || w.role() == Role.SUBJECT || w.role() == Role.GENITIVE) && !inSpeech(w.start())
          && longerQuotedName(w).isEmpty()) { // '서울의 봄' names no place
        generic.anyPlace(w.stem()).ifPresent(place -> out.add(placeMention(place, w)));
      }
    }
    return List.copyOf(out);
  }

  /** A place written as word {@code w}, as a mention of an entity no table knows. */
  static EntityMention placeMention(String place, Word w) {
    return new EntityMention(new Entity(place, "", EntityType.PLACE, false, " "), w.start(), w.stemEnd(), w.role(),
        EntityMention.Source.UNKNOWN);
  }

  /** The words of the sentence; the morphemes of each word are added to {@code ofWords}, in the same order. */
  private static List<Word> words(Sentence sentence, MorphemeIndex morphemes, Particles particles,
      List<List<Morpheme>> ofWords) {
    String text = sentence.text();
    int base = sentence.start();
    List<Word> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i <= s) {
        continue;
      }
      int e = i;
      while (e > s && ",.·;:!?’'”\")]」』>".indexOf(text.charAt(e - 1)) >= 0) {
        e--;
      }
      // trailing particles of the word, from Nori: its morphemes up to e (those of the whole word
      // ending there or before, as MorphemeIndex.within(base + s, base + e) gives them)
      List<Morpheme> ofWord = morphemes.within(base + s, base + i);
      ofWords.add(java.util.Collections.unmodifiableList(ofWord));
      int particleStart = -1;
      for (Morpheme m : ofWord) {
        if (m.end() > base + e) {
          continue;
        }
        int ms = m.start() - base;
        if (m.isParticle() || m.tag() == POS.Tag.VCP) {
          if (particleStart < 0) {
            particleStart = ms;
          }
        } else if (!m.isEnding()) {
          particleStart = -1;
        }
      }
      if (particleStart >= 0 && particleStart + 1 < e && text.charAt(particleStart) == '도'
          && particles.role(text.substring(particleStart + 1, e)).isPresent()) {
        particleStart++; // 기여도는, 만족도가: 도 then a particle is a noun's 도 (degree), not 'also'
      }
      int about = particleStart >= 0 && countedBefore(text, s, particleStart)
          ? particles.approximate(text.substring(particleStart, e)) : 0;
      if (about > 0) {
        particleStart = particleStart + about < e ? particleStart + about : -1; // 오후 4시께: about four, no 께 (to)
      }
      int stemEnd = particleStart >= 0 ? particleStart : e;
      Role role = Role.BARE;
      if (particleStart >= 0) {
        role = particles.role(text.substring(particleStart, e)).orElse(Role.OTHER);
      }
      String raw = text.substring(s, Math.max(s, stemEnd));
      String stem = (hasStemNoise(raw) ? STEM_NOISE.matcher(raw).replaceAll("") : raw).strip();
      out.add(new Word(s, i, stem, stemEnd, role));
    }
    particlesAfterBrackets(text, out);
    basesOfComparisons(text, out);
    return List.copyOf(out);
  }

  /**
   * A word written before the word a comparison's base is written before (grammar.txt's
   * COMPARED_BY: 공시가 대비, 주가 대비) is that base whole: the 가 Nori read as a subject particle
   * is the noun's own (공시가, the 공시가격), for no subject stands right before 대비.
   */
  private static void basesOfComparisons(String text, List<Word> words) {
    for (int i = 0; i + 1 < words.size(); i++) {
      Word w = words.get(i);
      Word next = words.get(i + 1);
      // not 성장률(전분기 대비)이: the particle after the bracket is the noun's, the bracket its aside
      if (w.role() == Role.SUBJECT && next.role() == Role.BARE && text.lastIndexOf('(', w.end() - 1) < w.start()
          && Grammar.standard().is(Grammar.Section.COMPARED_BY, next.stem())) {
        int e = w.end();
        while (e > w.stemEnd() && !Hangul.isSyllable(text.charAt(e - 1))) {
          e--;
        }
        words.set(i, new Word(w.start(), w.end(), text.substring(w.start(), e).strip(), e, Role.BARE));
      }
    }
  }

  /** Whether the word's text before {@code end} ends in a digit, or a digit and one counter syllable (4시). */
  private static boolean countedBefore(String text, int start, int end) {
    int i = end - 1;
    if (i > start && !Character.isDigit(text.charAt(i))) {
      i--;
    }
    return i >= start && Character.isDigit(text.charAt(i));
  }

  /** How many words on a bracket opened in a word may close and still give it its particle. */
  private static final int PARTICLE_BRACKET_REACH = 6;

  /**
   * A particle written after a bracket that opened in an earlier word is that word's: in 환자
   * 수(재입원 포함)는 the topic is 수, not 포함. The opening word takes the role, its stem ends at
   * the bracket, and the word that closes it is bare.
   */
  static void particlesAfterBrackets(String text, List<Word> words) {
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      int open = w.start();
      while (open < w.end() && text.charAt(open) != '(') {
        open++; // within the word only: most words have no bracket
      }
      if (open >= w.end() || open == w.start() || balance(text, w.start(), w.end()) <= 0) {
        continue;
      }
      int depth = 0;
      for (int j = i; j < words.size() && j <= i + PARTICLE_BRACKET_REACH; j++) {
        Word x = words.get(j);
        depth += balance(text, x.start(), x.end());
        if (depth <= 0) {
          int close = x.stemEnd() - 1; // the particle follows the bracket right away
          if (j > i && x.role() != Role.BARE && x.role() != Role.OTHER && close > x.start() && text.charAt(close) == ')') {
            words.set(i, new Word(w.start(), w.end(), text.substring(w.start(), open).strip(), open, x.role()));
            words.set(j, new Word(x.start(), x.end(), text.substring(x.start(), close).strip(), close, Role.BARE));
          }
          break;
        }
      }
    }
  }

  /** Opening minus closing round brackets in {@code text[from, to)}. */
  private static int balance(String text, int from, int to) {
    int b = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      b += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    return b;
  }

  /** Whether {@link #STEM_NOISE} may match in {@code s}: it has an opening parenthesis or one of the noise characters. */
  private static boolean hasStemNoise(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Hangul.isSyllable(c) && NOISE_CHARS.indexOf(c) >= 0) { // no Hangul syllable is noise
        return true;
      }
    }
    return false;
  }

  /** The morphemes of a word, in order (an index lookup, not a scan of the sentence). */
  List<Morpheme> morphemesOf(Word w) {
    int i = wordIndexAt(w.start());
    if (i >= 0 && (words.get(i) == w || words.get(i).equals(w))) {
      return wordMorphemes.get(i);
    }
    return morphemes.within(base + w.start(), base + w.end());
  }

  /** Whether a word has a morpheme of the tag. */
  boolean has(Word w, POS.Tag tag) {
    for (Morpheme m : morphemesOf(w)) {
      if (m.tag() == tag) {
        return true;
      }
    }
    return false;
  }

  /** A reported statement: …했다고 (28일) 밝혔다, …라고 발표했다. */
  private static final java.util.regex.Pattern REPORTING =
      java.util.regex.Pattern.compile("[다라]고\\s*(\\d{1,2}일\\s*)?(밝혔|발표했|전했|말했|설명했|덧붙였|알렸|보도했)");

  /** A source named for what the sentence says: …에 따르면. */
  private static final java.util.regex.Pattern SOURCED = java.util.regex.Pattern.compile("에\\s*따르면");
  /** A source's short name, then 에 따르면 or 에 의하면 (경찰에 따르면, 7월 소비자물가동향에 따르면). */
  private static final java.util.regex.Pattern SOURCE_AHEAD =
      java.util.regex.Pattern.compile("[^,.·]{0,30}?에\\s*(따르면|의하면)");

  /** {@link #cues}, found on first use, and the lexicon they were found with. */
  private List<MeasureLexicon.CueMatch> cues;
  private MeasureLexicon cuesOf;

  /**
   * The measure cues the sentence writes ({@link MeasureLexicon#find}), each starting a morpheme
   * (not 상한 in 인상한 2.25%); found once, on first use.
   */
  List<MeasureLexicon.CueMatch> cues(MeasureLexicon lexicon) {
    if (cuesOf != lexicon) {
      cues = List.copyOf(lexicon.find(text, at -> morphemes.startsMorpheme(base + at)));
      cuesOf = lexicon;
    }
    return cues;
  }

  /** {@link #reports}, read once on first use: 0 not yet, 1 no, 2 yes. */
  private byte reports;
  /** {@link #sourceEnd}, read once on first use; {@value #UNREAD} not yet. */
  private int sourceEnd = UNREAD;
  private static final int UNREAD = -2;

  /** Whether the sentence reports what someone said (…했다고 밝혔다): its topic is the one who said it. */
  boolean reports() {
    if (reports == 0) {
      // every match has 고 (…다고 밝혔다): most sentences have none, and need no search
      reports = text.indexOf('고') >= 0 && REPORTING.matcher(text).find() ? (byte) 2 : (byte) 1;
    }
    return reports == 2;
  }

  /**
   * Whether the text from {@code p} names a source before 에 따르면 (25일 경찰에 따르면: the time is
   * when the source spoke; 발표한 7월 소비자물가동향에 따르면: the time names what the report covers).
   */
  boolean sourceAhead(int p) {
    return SOURCE_AHEAD.matcher(text).region(p, text.length()).lookingAt();
  }

  /** Whether the sentence names its source (…에 따르면), as a reporting verb does ({@link #reports}). */
  boolean sourced() {
    return sourceEnd() >= 0;
  }

  /** Where the sentence's …에 따르면 ends, or -1 when it names no source so; searched once, on first use. */
  int sourceEnd() {
    if (sourceEnd == UNREAD) {
      java.util.regex.Matcher m = SOURCED.matcher(text);
      sourceEnd = text.contains("따르면") && m.find() ? m.end() : -1;
    }
    return sourceEnd;
  }

  /** Whether a word is an adverb alone (마침내, 이미, 벌써; 역시, 또한): nothing a figure's head or owner is written with. */
  boolean adverb(Word w) {
    boolean any = false;
    for (Morpheme m : morphemesOf(w)) {
      if (m.isSymbol()) {
        continue;
      }
      if (m.tag() != POS.Tag.MAG && m.tag() != POS.Tag.MAJ) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * The connective ending a word ends in, as Nori writes it (고 of 열고, 다고 of 철회했다고, 아야 of
   * 찬성해야), symbols aside; empty when its last morpheme is no connective ending.
   */
  String connective(Word w) {
    List<Morpheme> ms = morphemesOf(w);
    for (int k = ms.size() - 1; k >= 0; k--) {
      Morpheme m = ms.get(k);
      if (!m.isSymbol()) {
        return m.tag() == POS.Tag.EC ? m.surface() : "";
      }
    }
    return "";
  }

  /**
   * Whether a word ends its clause: a verb or adjective with a connective or final ending (늘며,
   * 따르면, 밝혔다), or a verb noun before a comma that takes the object before it (1614만표를 득표,).
   */
  boolean endsClause(Word w) {
    return endsWithEnding(w, false) || nounBeforeComma(w);
  }

  /** Whether a word ends its clause as {@link #endsClause} says, or with a copula and its ending (14명이며, 14명이고). */
  boolean endsClauseOrCopula(Word w) {
    return endsWithEnding(w, true) || nounBeforeComma(w);
  }

  /**
   * Whether a word is a lone noun with a comma after it, right after a word in 을/를: news writes
   * such a verb noun for its verb and connective (1614만표를 득표, 두 후보의 표 차이는: 득표하고).
   */
  private boolean nounBeforeComma(Word w) {
    if (w.role() != Role.BARE || text.charAt(w.end() - 1) != ',') {
      return false;
    }
    List<Morpheme> ms = morphemesOf(w).stream().filter(m -> !m.isSymbol()).toList();
    if (ms.size() != 1 || ms.getFirst().tag() != POS.Tag.NNG) {
      return false;
    }
    int i = wordIndexAt(w.start());
    return i >= 1 && words.get(i - 1).role() == Role.OBJECT;
  }

  /** Whether a connective or final ending follows a verb or adjective in the word (or a copula, when {@code copula}). */
  private boolean endsWithEnding(Word w, boolean copula) {
    if (particleVerb(w)) {
      return false;
    }
    boolean verbal = false;
    for (Morpheme m : morphemesOf(w)) {
      if (m.isVerbal() || copula && m.tag() == POS.Tag.VCP) {
        verbal = true;
      } else if (verbal && (m.tag() == POS.Tag.EC || m.tag() == POS.Tag.EF)) {
        return true;
      }
    }
    return false;
  }

  /** Connective endings that join a compound particle's verb to what follows (따라, 통해, 따라서). */
  private static final java.util.Set<String> PARTICLE_ENDINGS = java.util.Set.of("아", "어", "여", "아서", "어서", "여서");

  /**
   * Whether a word is the verb of a compound particle (요금제에 따라, 조치를 통해): a stem of
   * {@link Grammar.Section#PARTICLE_VERB} and a plain connective ending, right after a word that ends
   * in an adverbial or object particle.
   */
  boolean particleVerb(Word w) {
    List<Morpheme> ms = morphemesOf(w);
    if (ms.size() < 2 || ms.size() > 3 || !PARTICLE_ENDINGS.contains(ms.getLast().surface())
        || ms.getLast().tag() != POS.Tag.EC) {
      return false;
    }
    boolean derived = ms.size() == 3; // 비롯/XR 하/XSA 아/EC
    if (derived && ms.get(1).tag() != POS.Tag.XSV && ms.get(1).tag() != POS.Tag.XSA
        || !Grammar.standard().is(Grammar.Section.PARTICLE_VERB, ms.getFirst().surface() + (derived ? ms.get(1).surface() : ""))) {
      return false;
    }
    int i = wordIndexAt(w.start());
    if (i < 1) {
      return false;
    }
    List<Morpheme> before = morphemesOf(words.get(i - 1));
    if (before.isEmpty()) {
      return false;
    }
    POS.Tag last = before.getLast().tag();
    return last == POS.Tag.JKB || last == POS.Tag.JKO;
  }

  /**
   * The first word of the phrase that the compound particle's verb at word {@code verb} closes
   * ({@link #particleVerb}): the noun with its particle, and the bare nouns, genitives, conjunctions
   * and nouns joined by 와/과 written before it (전자광학 및 적외선 카메라를 통해, 경찰과 소방 당국에
   * 의해, '서울의 봄'을 통해).
   */
  int particlePhraseStart(int verb) {
    int i = verb - 1;
    while (i >= 1 && phraseGoesOn(words.get(i - 1), words.get(i))) {
      i--;
    }
    return i;
  }

  private boolean phraseGoesOn(Word w, Word next) {
    if (adverb(w)) {
      return has(w, POS.Tag.MAJ);
    }
    return (w.role() == Role.BARE || w.role() == Role.WITH || w.role() == Role.GENITIVE) && endsInNoun(w)
        && !listedApart(w, next.start());
  }

  /** 공개하지 않았다, 출시하지 못했다: whether the word at {@code i} or the next one negates it. */
  boolean negated(int i, Grammar grammar) {
    int end = Math.min(words.size(), i + 2);
    for (int k = i; k < end; k++) {
      if (negates(words.get(k), grammar)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word holds a negation of grammar.txt's NEGATION, an auxiliary or an adverb (않, 못),
   * by its start: Nori reads the auxiliary of 받지 못했다 as one morpheme, 못하.
   */
  boolean negates(Word w, Grammar grammar) {
    return morphemesOf(w).stream().anyMatch(m -> (m.tag() == POS.Tag.VX || m.tag() == POS.Tag.MAG)
        && grammar.words(Grammar.Section.NEGATION).stream().anyMatch(m.surface()::startsWith));
  }

  /** Whether a word is an adnominal or copular form (동력인, 늘어난): it modifies the next noun. */
  boolean adnominal(Word w) {
    return has(w, POS.Tag.ETM) || has(w, POS.Tag.VCP);
  }

  private static final Pattern RANGE_BEFORE = Pattern.compile("\\d\\s*[일월]?\\s*[~∼～]\\s*$");
  private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*[~∼～]\\s*\\d");

  /** Whether a time is one end of a range (7~9일, 10일~15일, 3분기(7~9월)): a stretch, not a day. */
  boolean rangeEnd(TimeMention t) {
    return RANGE_BEFORE.matcher(text.substring(Math.max(0, t.start() - 12), t.start())).find()
        || RANGE_AFTER.matcher(text.substring(t.end(), Math.min(text.length(), t.end() + 6))).find();
  }

  /** Whether a time whose year is known ends at or before offset {@code p}: one a later relative time may count from. */
  boolean knownYearBefore(int p) {
    for (TimeMention before : times) {
      if (before.end() <= p && before.value() != null && before.value().yearKnown()) {
        return true;
      }
    }
    return false;
  }

  /** Whether offset {@code p} is inside parentheses: more opened than closed before it. */
  boolean inParentheses(int p) {
    return p > 0 && p <= text.length() && parenDepth[p] > 0;
  }

  /** The indices of the last {@code limit} topic words (은/는) before word {@code before}, in text order. */
  List<Integer> topicsBefore(int before, int limit) {
    int k = java.util.Arrays.binarySearch(topicWords, before);
    int end = k >= 0 ? k : -k - 1; // topic words before index 'before'
    List<Integer> out = new ArrayList<>(Math.min(limit, end));
    for (int j = Math.max(0, end - limit); j < end; j++) {
      out.add(topicWords[j]);
    }
    return out;
  }

  /** How far after an offset {@link #after} reads: what follows a figure or a time is read from its start. */
  private static final int AFTER_WINDOW = 64;

  /**
   * The text from offset {@code p}, at most {@value #AFTER_WINDOW} characters: every reading of what
   * follows a figure or time looks at its start, and a copy of the whole rest per figure would make
   * a long sentence quadratic.
   */
  String after(int p) {
    return text.substring(p, Math.min(text.length(), p + AFTER_WINDOW));
  }

  /** Whether a list separator (a comma or a middle dot) stands between a word's stem and offset {@code p}: 구조, 177명 lists two items. */
  boolean listedApart(Word w, int p) {
    // 성장률(속보치·전분기 대비)이 1.3%: a bracket closed before the figure lists its own words;
    // one the figure stands in (모델(70억개, 130억개)) lists the figures
    boolean inBracket = inParentheses(p);
    int depth = 0;
    for (int i = w.stemEnd(); i < p && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if ((depth == 0 || inBracket) && (c == ',' || c == '·' || c == '、' || c == '，')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word begins with a time expression (지난해, 4분기에, “오늘 after an opening quote); a
   * time inside a gloss does not count.
   */
  boolean beginsWithTime(Word w) {
    int s = w.start();
    while (s < w.end() - 1 && OPENING.indexOf(text.charAt(s)) >= 0) {
      s++;
    }
    int first = s;
    return times.stream().anyMatch(t -> t.start() <= first && first < t.end());
  }

  /** Quotes that may open a word before its first letter (a bracket opens a gloss, which does not count). */
  private static final String OPENING = "“‘\"'「『";

  /** Whether a word's stem ends in a noun, a foreign word or a noun suffix. */
  boolean endsInNoun(Word w) {
    Morpheme last = null;
    Morpheme beforeLast = null;
    int end = w.start();
    while (end < w.stemEnd() && text.charAt(end) != '(') {
      end++; // 총선(66.2%)과: the aside is no part of the stem
    }
    for (Morpheme m : morphemesIn(w.start(), end)) {
      if (!m.isSymbol() && !m.isParticle()) {
        beforeLast = last;
        last = m; // a particle within the stem is one words() gave back to it (기여도는: 기여/도)
      }
    }
    if (last != null && last.tag() == POS.Tag.IC && beforeLast != null && beforeLast.isNoun()) {
      last = beforeLast; // no interjection ends a word after a noun: Nori's reading of the 아 of 출생아
    }
    if (last != null && last.tag() == POS.Tag.XPN && beforeLast != null && beforeLast.isNoun()) {
      last = beforeLast; // no prefix ends a word: Nori's reading of the 대 of 경북대 (a university) as one
    }
    if (last != null && last.tag() == POS.Tag.NNB && Grammar.standard().is(Grammar.Section.GENERIC_COUNT, last.surface())) {
      return true; // 응시자 수는: Nori's reading of 수 after a suffix as a bound noun, "the number of" still
    }
    return last != null && (last.isNoun() || last.tag() == POS.Tag.SL || last.tag() == POS.Tag.XSN
        || last.tag() == POS.Tag.SH);
  }

  /** Whether a figure stands within sentence offsets [from, to). */
  boolean figureBetween(int from, int to) {
    return quantities.stream().anyMatch(q -> q.start() >= from && q.end() <= to);
  }

  /**
   * Whether a word from index {@code from} up to {@code to} (exclusive) is a verb made adnominal
   * (시작된, 닥쳤던) of a relative clause; not one made a noun with 것 or 지 (인구가 증가한 것은),
   * whose subject is the sentence's.
   */
  boolean relativeBetween(int from, int to) {
    for (int k = Math.max(0, from); k < to && k < words.size(); k++) {
      if (relativeVerb(k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether word {@code k} is a verb made adnominal of a relative clause, as {@link #relativeBetween} reads one. */
  boolean relativeVerb(int k) {
    String next = k + 1 < words.size() ? words.get(k + 1).stem() : "";
    return adnominal(words.get(k)) && !next.equals("것") && !next.equals("지");
  }

  /** The morphemes within sentence offsets {@code [from, to)}, in order. */
  List<Morpheme> morphemesIn(int from, int to) {
    return morphemes.within(base + from, base + to);
  }

  /** The index of the word containing offset {@code p}, or -1 (words are in order and apart: a binary search). */
  int wordIndexAt(int p) {
    int w = firstWordFrom(p + 1) - 1; // the last word starting at or before p
    return w >= 0 && p < words.get(w).end() ? w : -1;
  }

  /**
   * Whether two figures, in either order, are items of one written list: a comma stands between
   * them (414만대, 308만대), or a bullet does and the first has its own bullet (▲가 10명 ▲나 20명;
   * not the whole before them, 30명을 ▲10명 ▲20명으로).
   */
  boolean listedTogether(QuantityMention x, QuantityMention y) {
    QuantityMention a = x.start() < y.start() ? x : y;
    QuantityMention b = a == x ? y : x;
    if (any(commas, a.end(), b.start())) {
      return true;
    }
    if (!any(bullets, a.end(), b.start())) {
      return false;
    }
    int before = quantityIndexFrom(a.start()) - 1;
    return any(bullets, before < 0 ? 0 : quantities.get(before).end(), a.start());
  }

  /** Whether one of the sorted positions is from {@code from} (inclusive) to {@code to} (exclusive). */
  private static boolean any(int[] positions, int from, int to) {
    int i = java.util.Arrays.binarySearch(positions, from);
    int at = i >= 0 ? i : -i - 1;
    return at < positions.length && positions[at] < to;
  }

  private static int[] positionsOf(String text, String chars) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        n++;
      }
    }
    int[] out = new int[n];
    for (int i = 0, k = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        out[k++] = i;
      }
    }
    return out;
  }

  /** The index of the first quantity starting at or after offset {@code p} (a binary search: quantities are in order and apart). */
  int quantityIndexFrom(int p) {
    int lo = 0;
    int hi = quantities.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (quantities.get(mid).start() < p) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The quantity right before {@code q}, or null. */
  QuantityMention quantityBefore(QuantityMention q) {
    int i = quantityIndexFrom(q.start());
    return i > 0 ? quantities.get(i - 1) : null;
  }

  /** The quantity written right after {@code q}, or null. */
  QuantityMention quantityAfter(QuantityMention q) {
    int i = quantityIndexFrom(q.start());
    return i + 1 < quantities.size() ? quantities.get(i + 1) : null;
  }

  /** A series number of one item (대, 회, 차, 기): 16대 of △16대 57.2%. */
  private static final java.util.regex.Pattern EDITION = java.util.regex.Pattern.compile("^제?\\d{1,3}\\s*[대회차기]$");

  /** A tens with 대 (20대, 60대): an age group as often as an edition. */
  private static final java.util.regex.Pattern TENS = java.util.regex.Pattern.compile(".*\\d0\\s*대");

  /**
   * The edition written right before a figure, whose figure it is (△16대 57.2%; not 20대
   * 총선(58.0%), where a noun stands between): the ordinal's text, or empty.
   */
  String editionBefore(QuantityMention q) {
    QuantityMention o = quantityBefore(q);
    String e = o == null ? "" : o.text().strip();
    if (!EDITION.matcher(e).matches() || TENS.matcher(e).matches() && !inSeries(o)) {
      return ""; // 60대(39명): a tens with 대 is an age group as often as an edition
    }
    return text.substring(o.end(), q.start()).isBlank() ? e : "";
  }

  /**
   * Whether a tens edition ends a series of editions written before it, one of them no tens
   * (△19대 54.2% △20대 58.0%; not 60대 120명, 40대 95명, a series of age groups).
   */
  private boolean inSeries(QuantityMention edition) {
    QuantityMention at = edition;
    for (int n = 0; n < SERIES_REACH; n++) {
      QuantityMention figure = quantityBefore(at);
      QuantityMention earlier = figure == null ? null : quantityBefore(figure);
      if (earlier == null || !EDITION.matcher(earlier.text().strip()).matches()
          || !text.substring(earlier.end(), figure.start()).isBlank()) {
        return false;
      }
      if (!TENS.matcher(earlier.text().strip()).matches()) {
        return true;
      }
      at = earlier;
    }
    return false;
  }

  /** How many items of a series of editions are looked back over. */
  private static final int SERIES_REACH = 8;

  /** Whether {@code q} is the edition of the figure right after it (the 16대 of △16대 57.2%). */
  boolean editionOfNext(QuantityMention q) {
    int i = quantityIndexFrom(q.start());
    if (i + 1 >= quantities.size() || !EDITION.matcher(q.text().strip()).matches()) {
      return false;
    }
    QuantityMention next = quantities.get(i + 1);
    return text.substring(q.end(), next.start()).isBlank();
  }

  /**
   * The figure whose parentheses {@code q} stands in, when they open right after it (the 108석 of
   * 108석(지역구 90석, 비례 18석), the 26만8699명 of 26만8699명(51.4%)); null when none.
   */
  QuantityMention wholeInBrackets(QuantityMention q) {
    int open = q.start() - 1;
    int reach = Math.max(0, q.start() - BRACKET_REACH); // a bounded look back: a run-on text stays linear
    while (open >= reach && text.charAt(open) != '(' && text.charAt(open) != ')') {
      open--;
    }
    if (open <= 0 || open < reach || text.charAt(open) != '(') {
      return null;
    }
    int i = quantityIndexFrom(open) - 1;
    QuantityMention whole = i >= 0 ? quantities.get(i) : null;
    return whole != null && whole.end() == open && whole.quantity().unit() == q.quantity().unit() ? whole : null;
  }

  /** Whether a word starts with a figure (the 173명 of 한국인이 173명, its next word). */
  boolean startsFigure(Word w) {
    int i = quantityIndexFrom(w.start());
    return i < quantities.size() && quantities.get(i).start() == w.start();
  }

  /** How far back the parentheses a figure stands in may open. */
  private static final int BRACKET_REACH = 80;

  /** The offset of the bracket that offset {@code p} stands in, opened at most {@link #BRACKET_REACH} before it, or -1. */
  int bracketOpening(int p) {
    int d = p > 0 && p <= text.length() ? parenDepth[p] : 0;
    for (int k = p - 1; d > 0 && k >= 0 && k >= p - BRACKET_REACH; k--) {
      if (text.charAt(k) == '(' && parenDepth[k] == d - 1) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether {@code q} stands in parentheses opened right after a figure, after words of its own (the
   * 135대 and 23대 of 158대(여객기 135대·화물기 23대), not the -9.8% of 2507건(-9.8%)): a labelled
   * part of that figure, an aside to a list it is an item of.
   */
  boolean labelledInBracketAfterFigure(QuantityMention q) {
    int open = bracketOpening(q.start());
    if (open <= 0 || text.substring(open + 1, q.start()).chars().noneMatch(Hangul::isSyllable)) {
      return false;
    }
    int before = quantityIndexFrom(open) - 1;
    return before >= 0 && text.substring(quantities.get(before).end(), open).isBlank();
  }

  /** Whether {@code q} stands in parentheses right after the quantity before it (26만8699명(51.4%)). */
  boolean inParenthesesAfterFigure(QuantityMention q) {
    QuantityMention o = quantityBefore(q);
    return o != null && text.substring(o.end(), q.start()).strip().equals("(");
  }

  /** Whether a quantity overlaps {@code [s, e)}: the one ending first after {@code s} starts before {@code e}. */
  boolean inQuantity(int s, int e) {
    int lo = 0;
    int hi = quantities.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (quantities.get(mid).end() <= s) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < quantities.size() && quantities.get(lo).start() < e;
  }

  /**
   * Whether a figure is part of a name (갤럭시 S24) or a time, by look-ups rather than scans: not
   * when it stands in the name's parentheses (서울(69.3%): a mention's span takes in its gloss).
   */
  boolean inNameOrTime(QuantityMention q) {
    if (inTime(q.start()) || inTime(q.end() - 1)) {
      return true;
    }
    int w = wordIndexAt(q.start());
    return w >= 0 && mentionOf(words.get(w)).filter(m -> m.start() < q.end() && q.start() < m.end()
        && (m.start() >= q.start() || text.substring(m.start(), q.start()).indexOf('(') < 0)).isPresent();
  }

  /** 81㎏ 이상급, 1000cc급: a figure that names a class (급) measures nothing. */
  boolean classNamed(QuantityMention q) {
    return q.end() < text.length() && text.charAt(q.end()) == '급';
  }

  /** The index of the first word starting at or after {@code p}, or -1. */
  int wordIndexFrom(int p) {
    int w = firstWordFrom(p);
    return w < words.size() ? w : -1;
  }

  /** The index of the first word starting at or after {@code p}, or the number of words. */
  private int firstWordFrom(int p) {
    return p <= 0 ? 0 : p >= firstWordByOffset.length ? words.size() : firstWordByOffset[p];
  }

  /**
   * {@code out[p]}: the index of the first word starting at or after offset {@code p}, for every
   * offset of the text and the one after it: the frames ask which word holds an offset again and
   * again, and a look-up is cheaper than a binary search.
   */
  private static int[] firstWordByOffset(List<Word> words, int length) {
    int[] out = new int[length + 1];
    int w = 0;
    for (int p = 0; p <= length; p++) {
      while (w < words.size() && words.get(w).start() < p) {
        w++;
      }
      out[p] = w;
    }
    return out;
  }

  /** The name a word ends in (its head), if any: {@code 재단 오픈AI를} gives 오픈AI. */
  Optional<EntityMention> mentionOf(Word w) {
    if (mentionsInStartOrder) {
      // the last in list order among those starting before the word's end that reach into it;
      // none further back once no earlier mention ends after the word's start
      for (int k = lowerBound(mentionStarts, w.end()) - 1; k >= 0 && mentionEndsSoFar[k] > w.start(); k--) {
        if (mentions.get(k).end() > w.start()) {
          return Optional.of(mentions.get(k));
        }
      }
      return Optional.empty();
    }
    EntityMention found = null;
    for (EntityMention m : mentions) {
      if (m.start() < w.end() && m.end() > w.start()) {
        found = m;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The mention closest before {@code p} whose role satisfies the test, not before {@code from}. */
  Optional<EntityMention> lastMentionBefore(int from, int p, java.util.function.Predicate<EntityMention> test) {
    if (mentionsInStartOrder) {
      // walk back from the last mention starting before p: the first that fits is the last in list order
      for (int k = lowerBound(mentionStarts, p) - 1; k >= 0 && mentionStarts[k] >= from; k--) {
        EntityMention m = mentions.get(k);
        if (m.end() <= p && test.test(m)) {
          return Optional.of(m);
        }
      }
      return Optional.empty();
    }
    EntityMention found = null;
    for (EntityMention m : mentions) {
      if (m.start() >= from && m.end() <= p && test.test(m)) {
        found = m;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Whether any word between {@code from} and {@code p} has an actor role (은/는, 이/가). */
  boolean hasActorWord(int from, int p) {
    // words are in order and apart, so those within [from, p] are a run: count its actors
    int first = firstWordFrom(from);
    int last = firstWordEndingAfter(p); // exclusive
    return last > first && actorsBefore[last] - actorsBefore[first] > 0;
  }

  /** The index of the first word ending after {@code p}, or the number of words. */
  private int firstWordEndingAfter(int p) {
    int lo = 0;
    int hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).end() <= p) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** {@code actorsBefore[w]}: the number of words before word {@code w} with an actor role. */
  private static int[] actorsBefore(List<Word> words) {
    int[] out = new int[words.size() + 1];
    for (int w = 0; w < words.size(); w++) {
      out[w + 1] = out[w] + (words.get(w).role().isActor() ? 1 : 0);
    }
    return out;
  }

  /**
   * Whether a word of {@code notPeriod} follows a time (전년 대비, 2000년 이후, 이날과 비슷한): the
   * time is a base or a reference, neither a figure's period nor an event's day.
   */
  boolean comparedTime(TimeMention t, Grammar grammar) {
    return grammar.startsWith(Grammar.Section.NOT_PERIOD, after(t.end()).stripLeading());
  }

  /**
   * Whether a time dates the noun a figure is compared with (지난해 공시가 대비 30.71% 하락): no
   * period of the figure, though a day of an event it may still be (산사태가 발생한 2011년 7월
   * 때보다).
   */
  boolean timeOfComparedNoun(TimeMention t, Grammar grammar) {
    return baseNounAfter(after(t.end()).stripLeading(), grammar);
  }

  /**
   * Whether a figure is written in brackets after the one noun that follows a time (지난해
   * 판매량(723만대)보다): it is that time's figure, though the time is a comparison's base.
   */
  boolean bracketedAfterTime(TimeMention t, int figureStart) {
    int open = bracketOpening(figureStart);
    String between = open > t.end() ? text.substring(t.end(), open).strip() : "";
    return !between.isEmpty() && between.chars().allMatch(Hangul::isSyllable);
  }

  /**
   * Whether a text starts with a noun and then a word of grammar.txt's BASE_OF_NOUN, the noun's
   * own figure in brackets aside (지난해 공시가 대비, 지난해 판매량(723만대)보다, 작년 실적에 비해):
   * the time before that noun is the base's, not the figure's.
   */
  private static boolean baseNounAfter(String rest, Grammar grammar) {
    int n = 0;
    while (n < rest.length() && Hangul.isSyllable(rest.charAt(n))) {
      n++;
    }
    if (n == 0) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      if (grammar.startsWith(Grammar.Section.BASE_OF_NOUN, rest.substring(i))) {
        return true; // 판매량보다, 실적에 비해
      }
    }
    int k = n;
    if (k < rest.length() && rest.charAt(k) == '(') {
      int close = rest.indexOf(')', k);
      if (close < 0) {
        return false;
      }
      k = close + 1;
    }
    // 여름에 대비해 prepares for it
    return !(k == n && rest.charAt(n - 1) == '에')
        && grammar.startsWith(Grammar.Section.BASE_OF_NOUN, rest.substring(k).stripLeading());
  }

  /**
   * Whether the time ending at {@code timeEnd} is that of the base a figure is compared with: a
   * figure right after it, then a word of {@code notPeriod} (2023년 798만대 대비, 2020년 3조원보다):
   * no period of the figures after it.
   */
  boolean timeOfComparedFigure(int timeEnd, Grammar grammar) {
    int next = quantityIndexFrom(timeEnd);
    if (next >= quantities.size()) {
      return false;
    }
    QuantityMention q = quantities.get(next);
    // 전분기(2분기) 1895조원보다: the time's own aside closes before the figure
    return text.substring(timeEnd, q.start()).replace(")", "").isBlank()
        && grammar.startsWith(Grammar.Section.NOT_PERIOD, MeasureFrames.skipAside(after(q.end())));
  }
}
