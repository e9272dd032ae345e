package dev.sasil.factcheck.extract;

import dev.sasil.core.Article;
import dev.sasil.core.Morpheme;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.entity.Role;
import dev.sasil.factcheck.time.Since;
import dev.sasil.factcheck.time.TimeMention;
import dev.sasil.factcheck.time.TimeValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.POS;

/**
 * Records as claims: what a record counts from. {@code 물가 상승률은 1998년 11월 이후 가장 높았다}
 * is 물가상승률 record.since 1998-11; {@code 선수단은 48년 만에 가장 적은 규모다}, written in 2024,
 * is since about 1976 ({@link Since#reckoned}); {@code 1994년 대회 이후 24년 만이다} counts from
 * 1994 with no superlative. A record needs a time counted from (a time, then 이후 or 이래: MILESTONE
 * in grammar.txt) or a span of years or months (N년 만에), followed by a record word (RECORD,
 * SUPERLATIVE); its subject is the nearest topic or subject before the time. Records of one story
 * may count from different times (a rate since 1998, one of its items since 1997), so they agree
 * but never contradict. Stateless apart from its collaborators; thread-safe.
 */
final class RecordFrames {

  static final String ATTRIBUTE = "record.since";

  /** The most characters between a time and the 이후 or 이래 that counts from it (2005년 관련 제도 도입 이후). */
  private static final int SINCE_REACH = 36;
  /** A span's 만 as the copula's complement (24년 만이다, 37년 만이며). */
  private static final Pattern COPULA = Pattern.compile("만\\s*(이다|이며|이고)");
  /** A bracket of a figure's own (6.8%), skipped when reading what follows a time. */
  private static final Pattern BRACKET = Pattern.compile("\\([^()]*\\)");
  /** A word of Hangul letters, or what ends one (관련 제도 도입 이후: 관련, 제도, 도입, 이후). */
  private static final Pattern WORD = Pattern.compile("(?<![가-힣])[가-힣]+(?![가-힣])");
  /** Ends a clause: what lies beyond it is not what the time is counted to. */
  private static final Pattern CLAUSE_END = Pattern.compile("[;!?…]|[.,](?!\\d)");
  /** How many words after 이후 or a span may stand before the record word (1994년 데뷔 이래 '서울의 봄'으로 최초로). */
  private static final int MARKER_REACH = 3;

  private final Grammar grammar;
  private final SpanFrames spans;

  RecordFrames(Grammar grammar, SpanFrames spans) {
    this.grammar = grammar;
    this.spans = spans;
  }

  /**
   * Adds the records of one sentence to {@code out}; a span is reckoned back from the time of the
   * record its sentence states, else, in a sentence with no topic or subject before the span,
   * from {@code periodBefore}, the period of the last figure the sentence before read (1월 취업자는
   * 38만명 늘었다. 10개월 만에 최대다: from 2024-01), else from {@code published} (null: none).
   */
  void read(Article article, SentenceContext ctx, LocalDate published, Optional<TimeValue> periodBefore, List<ExtractedClaim> out) {
    int sinceEnd = -1;
    for (TimeMention t : ctx.times) {
      if (t.start() < sinceEnd) {
        continue; // the span of 1998년 11월 이후 23년 8개월 만에 belongs to the record read from its time
      }
      Since since = null;
      int to;
      if (t.duration() == null && t.value() != null && !ctx.rangeEnd(t)) {
        to = countedFrom(ctx, t.end());
        if (to < 0) {
          continue;
        }
        TimeMention span = spanAt(ctx, to);
        if (span != null) {
          to = span.end();
        }
        if (!(span != null && copula(ctx, span)) && !marked(ctx, to)) {
          continue; // 2020년 이후 매년 늘었다: a trend since, not a record
        }
        since = new Since(t.value(), false);
        sinceEnd = to;
      } else if (t.duration() != null && t.eventRelative()) {
        if (!countedTo(t) || !marked(ctx, t.end())) {
          continue; // 5년 만에 복귀했다: a span to an event, read by SpanFrames
        }
        int at = ctx.wordIndexAt(t.start());
        if (at < 0) {
          at = ctx.wordIndexFrom(t.start());
        }
        boolean named = SpanFrames.actorBefore(ctx, at < 0 ? ctx.words.size() : at);
        TimeValue reference = reference(ctx, t, named ? Optional.empty() : periodBefore, published);
        since = reference == null ? null : Since.reckoned(t.duration(), reference);
      }
      if (since == null) {
        continue;
      }
      String subject = spans.subjectBefore(ctx, t.start(), true);
      Evidence evidence = new Evidence(article.id(), ctx.sentence.index(), ctx.text,
          ctx.base + t.start(), ctx.base + t.end(), t.text());
      out.add(new ExtractedClaim(new Claim(subject, ATTRIBUTE, since, List.of(), evidence, ""), !subject.isEmpty(), ""));
    }
  }

  /**
   * What a span is counted back from: the time of the record the sentence states before it (지난해
   * 경제가 1.4% 성장해 3년 만에 가장 낮은: 2023; 7월 물가 상승률이 23년 8개월 만에: 2022-07), a time
   * not counted from itself; else {@code periodBefore}; else the day the article was published;
   * null for none.
   */
  private TimeValue reference(SentenceContext ctx, TimeMention span, Optional<TimeValue> periodBefore, LocalDate published) {
    TimeValue found = null;
    for (TimeMention t : ctx.times) {
      if (t.start() >= span.start()) {
        break;
      }
      if (t.duration() == null && t.value() != null && t.value().year() != null && !sinceBetween(ctx, t.end(), span.start())
          && !grammar.startsWith(Grammar.Section.STRETCH_FROM, ctx.after(t.end()).stripLeading())
          && !grammar.startsWith(Grammar.Section.STRETCH_TO, ctx.after(t.end()).stripLeading())) {
        found = t.value();
      }
    }
    return found != null ? found : periodBefore.orElse(published == null ? null : TimeValue.of(published));
  }

  /** Whether a word that counts from a time (이후, 후) stands between two offsets. */
  private boolean sinceBetween(SentenceContext ctx, int from, int to) {
    Matcher word = WORD.matcher(ctx.text.substring(from, to));
    while (word.find()) {
      if (grammar.is(Grammar.Section.SINCE, word.group())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a span ends its clause as the copula's complement (24년 만이다): the first time in that long. */
  private static boolean copula(SentenceContext ctx, TimeMention span) {
    return COPULA.matcher(ctx.text).region(span.start(), Math.min(ctx.text.length(), span.end() + 4)).find();
  }

  /** Whether a time mention is a span counted to what follows it (23년 8개월 만에, 37년 만의). */
  static boolean countedTo(TimeMention t) {
    return t.duration() != null && t.eventRelative() && t.text().contains("만");
  }

  /** The span counted to the record that starts at {@code p}, after spaces (이후 23년 8개월 만에), or null. */
  private static TimeMention spanAt(SentenceContext ctx, int p) {
    for (TimeMention t : ctx.times) {
      if (t.start() >= p) {
        return countedTo(t) && ctx.text.substring(p, t.start()).isBlank() ? t : null;
      }
    }
    return null;
  }

  /**
   * The offset right after the 이후 or 이래 that counts from a time ending at {@code end} (1998년
   * 11월(6.8%) 이후, 2005년 관련 제도 도입 이후), or -1.
   */
  private int countedFrom(SentenceContext ctx, int end) {
    String rest = ctx.text.substring(end, Math.min(ctx.text.length(), end + SINCE_REACH));
    String plain = BRACKET.matcher(rest).replaceAll(m -> " ".repeat(m.group().length()));
    Matcher clause = CLAUSE_END.matcher(plain);
    int limit = Math.min(clause.find() ? clause.start() : plain.length(), SINCE_REACH);
    for (TimeMention next : ctx.times) {
      if (next.start() >= end) {
        limit = Math.min(limit, next.start() - end); // 8일 신규 확진자는 지난 9월 이후: the nearer time is counted from
        break;
      }
    }
    Matcher word = WORD.matcher(plain);
    while (word.find() && word.end() <= limit) {
      if (grammar.is(Grammar.Section.SINCE, word.group()) && !argumentBetween(ctx, end, end + word.start())) {
        return end + word.end();
      }
    }
    return -1;
  }

  /**
   * Whether a topic, a subject or the end of a clause (판매하며, 올라) stands between two offsets: the
   * time and the 이후 are then in different clauses (기아는 지난해 … 판매하며 창사 이래 최대).
   */
  private static boolean argumentBetween(SentenceContext ctx, int from, int to) {
    for (SentenceContext.Word w : ctx.words) {
      if (w.start() >= from && w.end() <= to) {
        List<Morpheme> ms = ctx.morphemesOf(w);
        boolean connective = !ms.isEmpty() && ms.getLast().tag() == POS.Tag.EC;
        if (w.role() == Role.TOPIC || w.role() == Role.SUBJECT || connective) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a record word (가장, 최고, 처음) stands among the few words from {@code p}, in its clause. */
  private boolean marked(SentenceContext ctx, int p) {
    int from = ctx.wordIndexFrom(p);
    if (from < 0) {
      return false;
    }
    for (int i = from; i < ctx.words.size() && i < from + MARKER_REACH; i++) {
      SentenceContext.Word w = ctx.words.get(i);
      List<Morpheme> ms = ctx.morphemesOf(w);
      for (int k = 0; k < ms.size(); k++) {
        Morpheme m = ms.get(k);
        boolean verbNoun = k + 1 < ms.size() && (ms.get(k + 1).tag() == POS.Tag.XSV || ms.get(k + 1).tag() == POS.Tag.XSA);
        if (grammar.is(Grammar.Section.SUPERLATIVE, m.surface())
            || grammar.is(Grammar.Section.RECORD, m.surface()) && !verbNoun) {
          return true; // not 기록했다: the noun of a verb
        }
      }
      if (CLAUSE_END.matcher(ctx.text.substring(w.start(), w.end())).find()) {
        return false;
      }
    }
    return false;
  }
}
