package dev.sasil.factcheck.entity;

import org.apache.lucene.analysis.ko.POS;
import dev.sasil.core.Morpheme;
import dev.sasil.core.morph.MorphemeIndex;
import dev.sasil.core.text.Hangul;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the entity names of a sentence: quoted names, names of the alias table (with versions
 * and parenthesized glosses: {@code 라마(Llama) 3.2}, {@code 오픈에이아이(OpenAI)}), misspellings of
 * table names, and proper nouns or Latin words the table does not know (from Nori's {@code NNP}
 * and {@code SL} tags). Immutable and thread-safe.
 *
 * <p>Known weakness: unknown names of several words are found only when quoted.
 */
public final class EntityMatcher {

  private static final Pattern GLOSS = Pattern.compile("\\([^()]{1,40}\\)");
  private static final Pattern TRAILING_VERSION = Pattern.compile("^(.*\\S)\\s+(\\d{1,3}(?:\\.\\d{1,2})?)$");

  private final AliasTable table;
  private final Particles particles;
  private final Set<String> notNames;
  private final ModelCode codes;
  private final OrgSuffixes orgs = OrgSuffixes.standard();

  /**
   * @param table the known entities
   * @param particles particle roles
   * @param notNames keys ({@link LatinReading#key}) of words that are never entity names on their
   *     own (common nouns written as Latin or proper-noun-like words: AI, LLM, CEO …)
   */
  public EntityMatcher(AliasTable table, Particles particles, Set<String> notNames) {
    this(table, particles, notNames, Editions.standard());
  }

  /** As above, with the edition words that may follow a version. */
  public EntityMatcher(AliasTable table, Particles particles, Set<String> notNames, Editions editions) {
    this.codes = new ModelCode(editions, particles, ModelCode.standard().seriesWords());
    this.table = table;
    this.particles = particles;
    this.notNames = Set.copyOf(notNames);
  }

  /**
   * The mentions of {@code text}, ordered by position, none overlapping.
   *
   * @param text the sentence
   * @param morphemes its morphemes, offsets into the article
   * @param base the article offset of the sentence's first character
   */
  public List<EntityMention> find(String text, List<Morpheme> morphemes, int base) {
    return find(text, morphemes, base, Map.of());
  }

  /**
   * The mentions of {@code text}, also matching {@code extra} names (by {@link LatinReading#key}):
   * names learnt from other sentences, such as a company quoted once (‘노바랩스’) and written
   * without quotes elsewhere.
   */
  public List<EntityMention> find(String text, List<Morpheme> morphemes, int base, Map<String, Entity> extra) {
    return find(text, morphemes, base, LearntNames.of(extra));
  }

  /**
   * As above, with the learnt names indexed once ({@link LearntNames}) for all the sentences of a
   * set of articles.
   */
  public List<EntityMention> find(String text, List<Morpheme> morphemes, int base, LearntNames learnt) {
    return find(text, MorphemeIndex.of(morphemes), base, learnt);
  }

  /** As above, with the sentence's morphemes already indexed. */
  public List<EntityMention> find(String text, MorphemeIndex index, int base, LearntNames learnt) {
    Taken out = new Taken();
    quoted(text, index, base, out, learnt);
    fromTable(text, out, learnt);
    words(text, index, base, out, learnt);
    List<EntityMention> all = new ArrayList<>(out.mentions);
    all.sort(Comparator.comparingInt(EntityMention::start));
    all.replaceAll(m -> roleAfterGloss(text, m));
    return List.copyOf(all);
  }

  /** How far a gloss in brackets right after a name may reach. */
  private static final int GLOSS_REACH = 40;

  /**
   * A bare mention followed at once by a gloss in brackets takes its role from the particles after
   * the gloss (금융통화위원회(금통위)가: the subject; 국내총생산(GDP)은: the topic).
   */
  private EntityMention roleAfterGloss(String text, EntityMention m) {
    if (m.role() != Role.BARE || m.end() >= text.length() || text.charAt(m.end()) != '(') {
      return m;
    }
    for (int j = m.end() + 1; j < text.length() && j <= m.end() + GLOSS_REACH; j++) {
      char c = text.charAt(j);
      if (c == '(') {
        return m;
      }
      if (c == ')') {
        Optional<Role> role = particles.role(suffix(text, skipCloseQuote(text, j + 1)));
        return role.isPresent() && role.get() != Role.BARE
            ? new EntityMention(m.entity(), m.start(), m.end(), role.get(), m.how()) : m;
      }
    }
    return m;
  }

  /**
   * The mentions found so far. Quoted and table names never overlap one another (each is added
   * only where none is), so they are also kept by start for a binary search of what a span
   * overlaps: a scan of all of them per word is quadratic on a long text.
   */
  private static final class Taken {
    final List<EntityMention> mentions = new ArrayList<>();
    /** The start and end of every mention added with {@link #addApart}; disjoint, so ends ascend with starts. */
    private final TreeMap<Integer, Integer> apart = new TreeMap<>();

    /** Adds a mention that overlaps none added before. */
    void addApart(EntityMention m) {
      if (overlaps(m.start(), m.end())) {
        throw new IllegalStateException("overlapping mention " + m);
      }
      mentions.add(m);
      apart.put(m.start(), m.end());
    }

    /** Adds mentions whatever they overlap; they are not looked up again. */
    void addAll(List<EntityMention> found) {
      mentions.addAll(found);
    }

    /** Whether a mention added apart covers offset {@code i}. */
    boolean covers(int i) {
      Map.Entry<Integer, Integer> m = apart.floorEntry(i);
      return m != null && i < m.getValue();
    }

    /** Whether a mention added apart overlaps {@code [s, e)}: the last one starting before {@code e} ends after {@code s}. */
    boolean overlaps(int s, int e) {
      Map.Entry<Integer, Integer> m = apart.lowerEntry(e);
      return m != null && s < m.getValue();
    }
  }

  /**
   * Whether an unknown name found in quotes or as a proper noun may be learnt as a name for other
   * sentences: one word, or several with a digit or Latin letter in them (‘AI 동맹’, ‘클로드 3.5’);
   * quoted common phrases of several Korean words (‘오픈 소스’) are not.
   */
  public boolean learnable(EntityMention m) {
    if (m.entity().known() || m.entity().type() != EntityType.UNKNOWN) {
      return false;
    }
    String name = m.entity().canonical();
    if (name.length() < 2 || notNames.contains(table.reading().key(name))) {
      return false;
    }
    return !name.contains(" ") || name.chars().anyMatch(c -> Character.isDigit(c) || (c < 128 && Character.isLetter(c)));
  }

  /**
   * Whether {@link #find} without learnt names may give a {@link #learnable} mention in a sentence:
   * only a quoted name or a word with a proper noun or Latin word in it (Nori's {@code NNP}, {@code
   * SL}) is an unknown one, so a sentence with neither teaches no name, and a reader of the names
   * of many sentences skips it instead of reading all its names.
   */
  public boolean mayTeach(String text, List<Morpheme> morphemes) {
    for (int i = 0; i < text.length(); i++) {
      if (Quotes.opens(text.charAt(i))) {
        return true;
      }
    }
    for (Morpheme m : morphemes) {
      if (m.tag() == POS.Tag.NNP || m.tag() == POS.Tag.SL) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word is an amount in a unit (100km, 5GB): a figure, never a name. */
  private static boolean amount(String stem) {
    if (!Character.isDigit(stem.charAt(0))) {
      return false;
    }
    List<dev.sasil.factcheck.quantity.QuantityMention> q = dev.sasil.factcheck.quantity.QuantityNormalizer.standard().find(stem);
    return q.size() == 1 && q.get(0).start() == 0 && q.get(0).end() == stem.length()
        && q.get(0).quantity().unit() != dev.sasil.factcheck.quantity.QuantityUnit.NUMBER;
  }

  /** The key under which a learnt name is matched. */
  public String key(Entity e) {
    return table.reading().key(e.canonical());
  }

  /** Resolves one name as written ({@code 라마 3.2}, {@code 챗지피티}, {@code ‘그록’}); empty when not a known name. */
  public Optional<Entity> resolve(String name) {
    String inner = stripGlosses(name.strip());
    return parseKnown(inner).or(() -> table.fuzzy(inner));
  }

  private void quoted(String text, MorphemeIndex morphemes, int base, Taken out, LearntNames learnt) {
    for (int i = 0; i < text.length(); i++) {
      if (!Quotes.opens(text.charAt(i))) {
        continue;
      }
      int close = -1;
      for (int j = i + 1; j < text.length() && j <= i + 31; j++) {
        if (Quotes.closes(text.charAt(j))) {
          close = j;
          break;
        }
        if (Quotes.opens(text.charAt(j)) && text.charAt(j) != '\'' && text.charAt(j) != '"') {
          break;
        }
      }
      if (close < 0 || close == i + 1) {
        continue;
      }
      String inner = text.substring(i + 1, close);
      if (!nameLike(inner, morphemes, base + i + 1, base + close)) {
        continue;
      }
      Optional<Role> role = particles.role(suffix(text, close + 1));
      if (role.isEmpty()) {
        continue;
      }
      String clean = stripGlosses(inner).strip().replaceAll("\\s+", " ");
      if (clean.isEmpty() || notNames.contains(table.reading().key(clean))) {
        continue;
      }
      Entity e = parseKnown(clean).orElseGet(() -> {
        Entity known = learnt.get(table.reading().key(clean));
        return known != null ? known : unknown(clean);
      });
      out.addApart(new EntityMention(e, i, close + 1, role.get(), EntityMention.Source.QUOTED));
      i = close;
    }
  }

  /**
   * Quoted text that reads as a name: short, few words, no verb or ending inside, and not only an
   * amount (정원 '200명' quotes a figure, not a name).
   */
  private static boolean nameLike(String inner, MorphemeIndex morphemes, int from, int to) {
    if (inner.length() > 30 || inner.strip().split("\\s+").length > 4) {
      return false;
    }
    boolean amountOnly = true;
    for (Morpheme m : morphemes.within(from, to)) {
      if (m.isEnding() || m.tag() == POS.Tag.VV || m.tag() == POS.Tag.VA || m.tag() == POS.Tag.VX
          || m.tag() == POS.Tag.VCP) {
        return false;
      }
      amountOnly &= m.tag() == POS.Tag.SN || m.tag() == POS.Tag.NNBC || m.tag() == POS.Tag.NR
          || m.tag() == POS.Tag.SC || m.tag() == POS.Tag.SY || m.tag() == POS.Tag.SF;
    }
    return !amountOnly;
  }

  private Entity unknown(String clean) {
    Matcher m = TRAILING_VERSION.matcher(clean);
    if (m.matches()) {
      return new Entity(m.group(1), m.group(2), EntityType.UNKNOWN, false, " ");
    }
    // ‘갤럭시 S24’, ‘갤럭시 Z 폴드6’, 갤럭시S24: a family and a code
    for (int sp = 1; sp < clean.length(); sp++) {
      char c = clean.charAt(sp);
      boolean glued = c >= 'A' && c <= 'Z' && Character.UnicodeScript.of(clean.charAt(sp - 1)) == Character.UnicodeScript.HANGUL;
      if (c != ' ' && !glued) {
        continue;
      }
      Optional<ModelCode.Match> code = codes.at(clean, sp, true);
      if (code.isPresent() && code.get().end() == clean.length()) {
        return new Entity(clean.substring(0, sp).strip(), code.get().version(), EntityType.UNKNOWN, false, " ");
      }
    }
    return new Entity(clean, "", EntityType.UNKNOWN, false, " ");
  }

  /** A table family, optionally followed by a version, and nothing else. */
  private Optional<Entity> parseKnown(String clean) {
    LatinReading reading = table.reading();
    StringBuilder key = new StringBuilder();
    Entity best = null;
    String bestVersion = null;
    for (int j = 0; j < clean.length(); j++) {
      reading.appendKey(key, clean.charAt(j));
      if (key.length() > table.maxKeyLength()) {
        break;
      }
      Optional<Entity> e = table.byKey(key.toString());
      if (e.isEmpty()) {
        continue;
      }
      String rest = clean.substring(j + 1);
      if (rest.isBlank()) {
        best = e.get();
        bestVersion = "";
        continue;
      }
      Optional<ModelCode.Match> code = codes.at(rest, 0, lettered(e.get()));
      if (code.isPresent() && code.get().end() == rest.length()) {
        best = e.get();
        bestVersion = code.get().version();
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.withVersion(bestVersion));
  }

  /** Marks of a figure's unit that a letter after them belongs to (%p, %pt): no name starts there. */
  private static final String UNIT_MARKS = "%％‰";

  private void fromTable(String text, Taken out, LearntNames learnt) {
    LatinReading reading = table.reading();
    int maxKey = Math.max(table.maxKeyLength(), learnt.maxKeyLength());
    KeyTrie tableKeys = table.trie();
    KeyTrie learntKeys = learnt.trie();
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (!Character.isLetterOrDigit(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        continue;
      }
      if (i > 0 && UNIT_MARKS.indexOf(text.charAt(i - 1)) >= 0) {
        continue; // 17.15%p 차이: the p of a unit, not the 피 of a name (피차이)
      }
      if (out.covers(i)) {
        continue;
      }
      // the key from i grows by the key of each character (LatinReading.appendKey), walked in
      // both tries at once: a node of each, NONE once no key of that trie starts so
      int inTable = KeyTrie.ROOT;
      int inLearnt = KeyTrie.ROOT;
      int keyLength = 0;
      EntityMention best = null;
      for (int j = i; j < n && j - i < 40; j++) {
        char c = text.charAt(j);
        boolean letterOrDigit = Character.isLetterOrDigit(c);
        String latin = reading.latin(c);
        if (latin != null) {
          inTable = tableKeys.walk(inTable, latin);
          inLearnt = learntKeys.walk(inLearnt, latin);
          keyLength += latin.length();
        } else if (letterOrDigit) {
          inTable = tableKeys.step(inTable, c);
          inLearnt = learntKeys.step(inLearnt, c);
          keyLength++;
        }
        if (keyLength > maxKey) {
          break;
        }
        if (!letterOrDigit) {
          continue;
        }
        if (inTable == KeyTrie.NONE && inLearnt == KeyTrie.NONE) {
          break; // keys only grow: no name starts here
        }
        Entity e = tableKeys.value(inTable);
        if (e == null) {
          e = learntKeys.value(inLearnt);
        }
        if (e != null) {
          EntityMention m = withTail(text, i, j + 1, e, EntityMention.Source.TABLE);
          if (m != null && (best == null || m.end() >= best.end())) {
            best = m; // the longest name, or a shorter one whose code reaches further (갤럭시 + S24 울트라)
          }
        }
      }
      if (best != null && !out.overlaps(best.start(), best.end())) {
        out.addApart(best);
        i = best.end() - 1;
      }
    }
  }

  /** The mention from {@code start} to a name ending at {@code end}, with its gloss, version and role; null when the word goes on. */
  private EntityMention withTail(String text, int start, int end, Entity e, EntityMention.Source how) {
    int p = end;
    Matcher g = GLOSS.matcher(text).region(p, text.length());
    if (g.lookingAt()) {
      p = g.end();
    }
    // 강릉 33.5도: a region is followed by its figures, never by a model number
    Optional<ModelCode.Match> code = Regions.standard().of(e.canonical()).isPresent() ? Optional.empty()
        : codes.at(text, p, lettered(e));
    if (code.isPresent()) {
      int ve = code.get().end();
      int afterVersion = skipCloseQuote(text, ve);
      Optional<Role> role = particles.role(suffix(text, afterVersion));
      boolean digitAfter = afterVersion < text.length() && Character.isDigit(text.charAt(afterVersion));
      if (role.isPresent() && !digitAfter) {
        return new EntityMention(e.withVersion(code.get().version()), start, ve, role.get(), how);
      }
    }
    if (p < text.length() && Character.isDigit(text.charAt(p)) && p == end) {
      return null;
    }
    int nameEnd = p;
    Optional<Role> role = particles.role(suffix(text, skipCloseQuote(text, nameEnd)));
    return role.map(r -> new EntityMention(e, start, nameEnd, r, how)).orElse(null);
  }

  /** Latin and line codes follow products and unknown names, not organizations, people or places. */
  private static boolean lettered(Entity e) {
    return e.type() == EntityType.PRODUCT || e.type() == EntityType.UNKNOWN;
  }

  private static int skipCloseQuote(String text, int p) {
    while (p < text.length() && (Quotes.closes(text.charAt(p)) || text.charAt(p) == ')')) {
      p++;
    }
    return p;
  }

  /** The rest of the word from {@code p}: up to a space or punctuation. */
  static String suffix(String text, int p) {
    int e = p;
    while (e < text.length()) {
      char c = text.charAt(e);
      if (Character.isWhitespace(c) || ",.·;:!?()[]{}…/".indexOf(c) >= 0
          || Quotes.opens(c) || Quotes.closes(c)) {
        break;
      }
      e++;
    }
    return text.substring(p, e);
  }

  /** Words not yet covered: misspelt table names and unknown proper nouns. */
  private void words(String text, MorphemeIndex morphemes, int base, Taken out, LearntNames learnt) {
    int i = 0;
    int n = text.length();
    List<EntityMention> found = new ArrayList<>();
    int lastStart = -1; // the word before, which may name with this one: 주방가전 of 주방가전 사업본부는
    int lastEnd = -1;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int beforeStart = lastStart;
      int beforeEnd = lastEnd;
      int s = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '-')) {
        i++;
      }
      lastStart = s;
      lastEnd = i;
      if (i <= s || out.overlaps(s, i)) {
        continue;
      }
      List<Morpheme> ms = morphemes.within(base + s, base + i);
      int k = ms.size();
      while (k > 0 && isTrailing(ms.get(k - 1))) {
        k--;
      }
      if (k == 0) {
        continue;
      }
      int stemEnd = ms.get(k - 1).end() - base;
      if (stemEnd <= s || stemEnd > i) {
        continue;
      }
      String stem = text.substring(s, stemEnd);
      Optional<Role> role = particles.role(text.substring(stemEnd, i));
      if (role.isEmpty()) {
        continue;
      }
      String stemKey = table.reading().key(stem);
      if (notNames.contains(stemKey)) {
        continue;
      }
      boolean predicate = false;
      boolean proper = false;
      for (int x = 0; x < k; x++) {
        POS.Tag t = ms.get(x).tag();
        predicate |= t == POS.Tag.VV || t == POS.Tag.VA || t == POS.Tag.VX || ms.get(x).isEnding();
        proper |= t == POS.Tag.NNP || t == POS.Tag.SL;
      }
      if (predicate) {
        // Nori may misread an unseen name as a verb (노바렙스는 = 노바 렙 슬 는): try learnt names on the text
        learntByText(text, s, i, learnt).ifPresent(found::add);
        continue;
      }
      Optional<Entity> fuzzy = table.fuzzyByKey(stemKey);
      Entity known = learnt.get(stemKey);
      if (fuzzy.isPresent()) {
        found.add(new EntityMention(fuzzy.get(), s, stemEnd, role.get(), EntityMention.Source.FUZZY));
      } else if (known != null) {
        found.add(new EntityMention(known, s, stemEnd, role.get(), EntityMention.Source.UNKNOWN));
      } else {
        Optional<Entity> variant = learnt.variant(stem);
        if (variant.isPresent()) {
          found.add(new EntityMention(variant.get(), s, stemEnd, role.get(), EntityMention.Source.FUZZY));
        } else if (!proper && orgs.isSuffixWord(stem) && allNouns(ms, k)
            && nounsApart(text, morphemes, base, beforeStart, beforeEnd, s) && !out.overlaps(beforeStart, beforeEnd)
            && orgs.isOrgName(text.substring(beforeStart, beforeEnd) + stem)
            && !notNames.contains(table.reading().key(text.substring(beforeStart, beforeEnd) + stem))) {
          // 주방가전 사업본부는: a division written apart from what it makes is one name
          found.removeIf(m -> m.start() == beforeStart);
          found.add(new EntityMention(new Entity(text.substring(beforeStart, beforeEnd) + stem, "", EntityType.ORG, false,
              " "), beforeStart, stemEnd, role.get(), EntityMention.Source.UNKNOWN));
        } else if (!proper && orgs.isOrgName(stem) && allNouns(ms, k)) {
          // 고용노동부는, 금융위원회가: Nori reads such names as common nouns
          found.add(new EntityMention(new Entity(stem, "", EntityType.ORG, false, " "), s, stemEnd, role.get(),
              EntityMention.Source.UNKNOWN));
        } else if (proper && stem.length() >= 2 && !stem.chars().allMatch(Character::isDigit) && !amount(stem)) {
          EntityMention coded = role.get() == Role.BARE && stemEnd == i
              ? withTail(text, s, stemEnd, unknown(stem), EntityMention.Source.UNKNOWN) : null;
          if (coded != null && !coded.entity().version().isEmpty()) {
            found.add(coded); // 갤럭시 S24 시리즈가: an unknown family and its model code
            i = coded.end();
          } else {
            found.add(new EntityMention(unknown(stem), s, stemEnd, role.get(), EntityMention.Source.UNKNOWN));
          }
        }
      }
    }
    out.addAll(found);
  }

  private Optional<EntityMention> learntByText(String text, int s, int e, LearntNames learnt) {
    if (learnt.isEmpty()) {
      return Optional.empty();
    }
    for (int k = e - 1; k > s + 1; k--) {
      Optional<Role> role = particles.role(text.substring(k, e));
      if (role.isEmpty()) {
        continue;
      }
      String stem = text.substring(s, k);
      Entity exact = learnt.get(table.reading().key(stem));
      Optional<Entity> found = exact != null ? Optional.of(exact) : learnt.variant(stem);
      if (found.isPresent()) {
        return Optional.of(new EntityMention(found.get(), s, k, role.get(), EntityMention.Source.FUZZY));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the word from {@code start} to {@code end} is Hangul nouns only, with no particle,
   * and only spaces stand between it and {@code next}.
   */
  private boolean nounsApart(String text, MorphemeIndex morphemes, int base, int start, int end, int next) {
    if (start < 0 || end >= next || !text.substring(end, next).isBlank()
        || text.substring(start, end).chars().anyMatch(c -> !Hangul.isSyllable((char) c))) {
      return false;
    }
    List<Morpheme> ms = morphemes.within(base + start, base + end);
    return !ms.isEmpty() && ms.get(ms.size() - 1).end() - base == end && allNouns(ms, ms.size());
  }

  private static boolean allNouns(List<Morpheme> ms, int k) {
    for (int x = 0; x < k; x++) {
      POS.Tag t = ms.get(x).tag();
      if (t != POS.Tag.NNG && t != POS.Tag.NNP && t != POS.Tag.XSN && t != POS.Tag.XPN) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTrailing(Morpheme m) {
    return m.isParticle() || m.isEnding() || m.isSymbol() || m.tag() == POS.Tag.VCP || m.tag() == POS.Tag.XSN;
  }

  static String stripGlosses(String s) {
    String prev;
    String cur = s;
    do {
      prev = cur;
      cur = GLOSS.matcher(cur).replaceAll("");
    } while (!cur.equals(prev));
    return cur;
  }
}
