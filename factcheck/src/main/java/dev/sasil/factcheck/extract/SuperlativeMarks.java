package dev.sasil.factcheck.extract;

import dev.sasil.core.Morpheme;
import dev.sasil.factcheck.entity.Role;
import dev.sasil.factcheck.time.TimeMention;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ko.POS;

/**
 * Where a sentence writes a record or a first: an EVER word of grammar.txt (역대, 사상, 헌정사상)
 * and, within a few words of its clause, a record word (RECORD_HIGH … RECORD_FIRST: 최대, 가장 높은,
 * 처음); or, with no word of history, a first among a group (아시아인 최초로, 세계 최초의, 손흥민이
 * 처음이다). The frames of records ({@link SuperlativeFrames}) and of firsts ({@link FirstFrames})
 * read what each mark is of. Stateless apart from the grammar; thread-safe.
 */
final class SuperlativeMarks {

  /** How many words after the EVER word the record word may stand (역대 대통령 탄핵 심판 선고 중 가장 높은). */
  private static final int REACH = 6;
  /** The record sections with the kind each names. */
  private static final List<Grammar.Section> KINDS = List.of(Grammar.Section.RECORD_HIGH,
      Grammar.Section.RECORD_LOW, Grammar.Section.RECORD_LONG, Grammar.Section.RECORD_SHORT, Grammar.Section.RECORD_WORST,
      Grammar.Section.RECORD_OLDEST, Grammar.Section.RECORD_YOUNGEST, Grammar.Section.RECORD_FIRST);

  private final Grammar grammar;

  SuperlativeMarks(Grammar grammar) {
    this.grammar = grammar;
  }

  /**
   * A record word found: the kind it names, where its claim's text starts (at the EVER word or the
   * group: 역대 최대, 아시아인 최초), where the record word starts and ends in the sentence, in which
   * word it ends, whether a word of history stands before it, and at which word it was found (the
   * word of history's, or the first's own).
   */
  record Mark(String kind, int textStart, int start, int end, int word, boolean ever, int from) {}

  /** The marks of a sentence, in the order of the words they are found at (found once, read by both frames). */
  List<Mark> find(SentenceContext ctx) {
    List<Mark> found = new ArrayList<>();
    for (int i = 0; i < ctx.words.size(); i++) {
      Mark m = at(ctx, i);
      if (m != null) {
        found.add(m);
      }
    }
    return found;
  }

  /**
   * The mark that starts at word {@code i} of the sentence: a word of history and its record word,
   * or a first among a group; null if none. A first that is negated (처음이 아니다) is none.
   */
  private Mark at(SentenceContext ctx, int i) {
    SentenceContext.Word w = ctx.words.get(i);
    int start = everStart(ctx, w);
    if (start < 0) {
      return firstAt(ctx, i);
    }
    Mark mark = markAfter(ctx, i, start, start + everWordAt(ctx, start).length());
    return mark == null || first(mark) && negated(ctx, mark.word()) ? null : mark;
  }

  /** Whether a mark is of a first (처음, 최초), not of a record of a measure. */
  boolean first(Mark mark) {
    return mark.kind().equals(grammar.first(Grammar.Section.RECORD_FIRST));
  }

  /**
   * Where the EVER word of a word starts (역대, 헌정사상, 역대최대: at 역대), as an offset into the
   * sentence; -1 when the word has none. The word's stem ends in it, or a record word follows it within.
   */
  private int everStart(SentenceContext ctx, SentenceContext.Word w) {
    String stem = w.stem();
    for (String e : grammar.words(Grammar.Section.EVER)) {
      int at = stem.endsWith(e) ? stem.length() - e.length() : stem.indexOf(e);
      if (at >= 0 && (at + e.length() == stem.length() || recordWordAt(stem.substring(at + e.length())) != null)) {
        int p = ctx.text.indexOf(stem.substring(at), w.start());
        return p < 0 || p >= w.stemEnd() ? -1 : p;
      }
    }
    return -1;
  }

  /** The longest EVER word at offset {@code p} of the sentence. */
  private String everWordAt(SentenceContext ctx, int p) {
    String found = "";
    for (String e : grammar.words(Grammar.Section.EVER)) {
      if (ctx.text.startsWith(e, p) && e.length() > found.length()) {
        found = e;
      }
    }
    return found;
  }

  /** A record word a text starts with, and the kind it names. */
  private record RecordWord(String word, String kind) {}

  /** The longest record word {@code text} starts with (최고령 before 최고), or null. */
  private RecordWord recordWordAt(String text) {
    RecordWord found = null;
    for (Grammar.Section s : KINDS) {
      for (String r : grammar.words(s)) {
        if (text.startsWith(r) && (found == null || r.length() > found.word().length())) {
          found = new RecordWord(r, grammar.first(s));
        }
      }
    }
    return found;
  }

  /**
   * The record word after the EVER word of word {@code i}, from {@code start} to {@code ever}: in the same word
   * (역대최대), or within {@value #REACH} words of its clause (역대 대통령 탄핵 심판 중 최다); null if none.
   */
  private Mark markAfter(SentenceContext ctx, int i, int start, int ever) {
    SentenceContext.Word w = ctx.words.get(i);
    if (ever < w.stemEnd()) {
      String rest = ctx.text.substring(ever, w.stemEnd());
      RecordWord r = recordWordAt(rest);
      return r == null ? null : new Mark(r.kind(), start, ever, ever + r.word().length(), i, true, i);
    }
    if (ctx.endsClauseOrCopula(w)) {
      return null; // 역대다: the clause ends with the word of history
    }
    for (int j = i + 1; j < ctx.words.size() && j <= i + REACH; j++) {
      SentenceContext.Word x = ctx.words.get(j);
      String text = ctx.text.substring(x.start());
      RecordWord r = recordWordAt(text);
      if (r != null) {
        int end = x.start() + r.word().length();
        if (r.word().contains(" ")) {
          j = ctx.wordIndexAt(end - 1); // 가장 높은: the adjective's word
        }
        return new Mark(r.kind(), start, x.start(), end, j, true, i);
      }
      if (ctx.endsClauseOrCopula(x)
          || x.role() != Role.BARE && x.role() != Role.GENITIVE && !grammar.is(Grammar.Section.UNINFORMATIVE, x.stem())) {
        return null; // 역대 정부가 … 가장: the record word is another clause's; not 헌정사상 이번이 처음이다
      }
    }
    return null;
  }

  /**
   * A first written without a word of history at word {@code i}: 최초 with a particle or the
   * copula (아시아인 최초로, 최초의, 손흥민이 최초다) or after a noun naming the group (세계 최초
   * 환경 위성), and 처음 as the copula's complement (오른 것은 손흥민이 처음이다), not after a span or a
   * time counted from (4년 만에 처음이다: a record since); null if none, or when negated.
   */
  private Mark firstAt(SentenceContext ctx, int i) {
    SentenceContext.Word w = ctx.words.get(i);
    String word = ctx.text.substring(w.start(), w.end());
    String alone = grammar.after(Grammar.Section.FIRST_ALONE, word);
    String complement = alone == null ? grammar.after(Grammar.Section.FIRST_COMPLEMENT, word) : null;
    String rest = alone != null ? alone : complement;
    if (rest == null || negated(ctx, i)) {
      return null;
    }
    boolean copula = ctx.endsClauseOrCopula(w) && !rest.isEmpty();
    SentenceContext.Word before = i > 0 ? ctx.words.get(i - 1) : null;
    if (complement != null) {
      if (!copula || before != null && (grammar.endsWith(Grammar.Section.SINCE, before.stem())
          || spanBefore(ctx, before, w) || grammar.startsWith(Grammar.Section.FIRST_WITHIN, before.stem()))) {
        return null; // 처음으로 공개했다, 4년 만에 처음이다, 올해 들어 처음이다
      }
    } else if (w.role() == Role.BY || w.role() == Role.GENITIVE) {
      if (before != null && !ctx.beginsWithTime(before) && (before.role() != Role.BARE && before.role() != Role.BY
          || !ctx.endsInNoun(before) || grammar.endsWith(Grammar.Section.PARTNER, ctx.text.substring(before.start(), before.end())))) {
        return null; // 지상국과 최초로 교신한다, 궤도에 도달하는 최초의 궤도: the first contact and orbit, no record
      }
    } else if (!copula && !(before != null && grammar.is(Grammar.Section.FIRST_SCOPE, before.stem()))
        && !(i + 1 < ctx.words.size() && recordNoun(ctx.words.get(i + 1).stem()))) {
      return null; // 최초 신고는 오전 7시, 최초 발화 지점: the first report and the origin, no record
    }
    int end = w.start() + word.length() - rest.length();
    return new Mark(grammar.first(Grammar.Section.RECORD_FIRST), groupStart(ctx, i), w.start(), end, i, false, i);
  }

  /** Whether a span counted to what follows it (RecordFrames#countedTo: 4년 만에) ends in the word before a first: a record since. */
  private static boolean spanBefore(SentenceContext ctx, SentenceContext.Word before, SentenceContext.Word w) {
    for (TimeMention t : ctx.times) {
      if (RecordFrames.countedTo(t) && t.end() > before.start() && t.end() <= w.start()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word at {@code i} is negated: by a verb (않았다) or by the copula's negative (처음이 아니다). */
  private boolean negated(SentenceContext ctx, int i) {
    if (ctx.negated(i, grammar)) {
      return true;
    }
    if (i + 1 >= ctx.words.size()) {
      return false;
    }
    List<Morpheme> next = ctx.morphemesOf(ctx.words.get(i + 1));
    return !next.isEmpty() && next.getFirst().tag() == POS.Tag.VCN;
  }

  /** Whether a word names the group a first is among (세계, 아시아인으로는, 한국 작가로): a noun, bare or in 로. */
  private boolean group(SentenceContext ctx, SentenceContext.Word w) {
    return w != null && ctx.endsInNoun(w) && (w.role() == Role.BARE || w.role() == Role.BY)
        && !ctx.beginsWithTime(w) && !grammar.is(Grammar.Section.UNINFORMATIVE, w.stem());
  }

  /** Where a first's text starts: at the group before it (아시아인 최초), or at its own word. */
  private int groupStart(SentenceContext ctx, int i) {
    SentenceContext.Word before = i > 0 ? ctx.words.get(i - 1) : null;
    return group(ctx, before) ? before.start() : ctx.words.get(i).start();
  }

  /** Whether a word is a noun that names the record itself (규모, 실적, 기록), not what it is of. */
  boolean recordNoun(String word) {
    return grammar.is(Grammar.Section.RECORD_NOUN, word.strip());
  }

  /**
   * Whether the predicate of a mark's clause says it is expected (최대를 기록할 것으로 전망된다, 처음으로
   * 넘을 전망이다): a FORECAST word in the clause's last two words, not one before them (목표한 궤도에
   * 진입했다), and none measured against it (시장 예상을 넘어섰다), as FigureReader reads a figure's.
   */
  boolean forecast(SentenceContext ctx, Mark mark) {
    int last = ctx.words.size() - 1;
    for (int j = mark.word(); j < ctx.words.size(); j++) {
      if (ctx.endsClause(ctx.words.get(j))) {
        last = j;
        break;
      }
    }
    int from = Math.max(mark.word() + 1, last - 1);
    if (from > last) {
      return false;
    }
    String predicate = ctx.text.substring(ctx.words.get(from).start(), ctx.words.get(last).end());
    return grammar.contains(Grammar.Section.FORECAST, predicate) && !grammar.contains(Grammar.Section.AGAINST_FORECAST, predicate);
  }

  /** Whether a word holds a word of history or a record word (사상최고금액): it names a record, no measure. */
  boolean namesRecord(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (recordWordAt(word.substring(k)) != null) {
        return true;
      }
    }
    for (String e : grammar.words(Grammar.Section.EVER)) {
      if (word.contains(e)) {
        return true;
      }
    }
    return false;
  }
}
