package dev.sasil.factcheck.extract;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.entity.Role;
import dev.sasil.factcheck.quantity.Superlative;
import java.util.ArrayList;
import java.util.List;

/**
 * Firsts as claims: who or what a sentence says is the first (손가람은 아시아인으로는 최초로
 * 득점왕에 올랐다 and 득점왕에 오른 건 손가람이 최초다: 손가람 · first · 최초; 세계 최초의 환경 위성인
 * '가람 1호'가). Who is first is the name written as the topic or subject of its clause, or, for a
 * first that modifies a noun (최초의, 최초 수상자), the name that heads the phrase after it. A first
 * of what happened, with no name (예산안이 야당 단독으로 통과된 것은 헌정 사상 처음이다), is
 * qualified {@link #EVENT} and meets the other such firsts of its story; one whose clause writes no
 * topic or subject at all (사상 처음으로 환경탑재체를 갖췄다) is the story's own subject's and may
 * join its named firsts. Firsts are many (attributes.txt): they agree, never contradict. Stateless
 * apart from its collaborators; thread-safe.
 */
final class FirstFrames {

  static final String ATTRIBUTE = "first";
  /**
   * The qualifier of a first of what happened (예산안이 통과된 것은 헌정 사상 처음이다): such firsts
   * meet within their story, and never join the firsts of a name.
   */
  static final String EVENT = "event";

  private final SuperlativeMarks marks;
  private final ClauseNames names;

  FirstFrames(SuperlativeMarks marks, ClauseNames names) {
    this.marks = marks;
    this.names = names;
  }

  /** Adds the firsts among the marks of one sentence ({@link SuperlativeMarks#find}) to {@code out}. */
  void read(Article article, SentenceContext ctx, List<SuperlativeMarks.Mark> found, List<ExtractedClaim> out) {
    int read = -1;
    for (SuperlativeMarks.Mark mark : found) {
      if (mark.from() > read && marks.first(mark)) {
        out.add(first(article, ctx, mark));
        read = mark.word(); // the words of the first are read
      }
    }
  }

  /**
   * The claim of a first marked at {@code mark}: who or what is first
   * is the name written as the topic or subject of its clause, before it or else after it (세계
   * 최초의 환경 위성인 '천리안 2B호'가), or empty for an event (예산안이 통과된 것은 헌정 사상
   * 처음이다), which meets the other firsts of its story.
   */
  private ExtractedClaim first(Article article, SentenceContext ctx, SuperlativeMarks.Mark mark) {
    int start = mark.textStart();
    int w = ctx.wordIndexAt(start);
    Role role = ctx.words.get(mark.word()).role();
    boolean modifies = role == Role.BARE || role == Role.GENITIVE; // 최초의 달 궤도선 '가람'이: the noun after
    String who;
    if (modifies) {
      who = names.nameAfter(ctx, mark.word()); // 한국인 최초 문학상 수상자 한가람: the name of what is first
    } else {
      who = names.ownerBefore(ctx, w);
      if (who.isEmpty()) {
        who = names.ownerAfter(ctx, mark.word()); // 최초로 수상한 배우 이가람이
      }
    }
    boolean written = names.actorIn(ctx, mark.word()); // 세계 최초 환경 위성이다: no topic, the story's subject
    List<String> qualifiers = new ArrayList<>();
    if (who.isEmpty() && written) {
      qualifiers.add(EVENT); // 예산안이 통과된 것은 헌정 사상 처음이다: the first is what happened
    }
    if (marks.forecast(ctx, mark)) {
      qualifiers.add("forecast");
    }
    String text = ctx.text.substring(start, mark.end());
    Evidence evidence = new Evidence(article.id(), ctx.sentence.index(), ctx.text, ctx.base + start,
        ctx.base + mark.end(), text);
    return new ExtractedClaim(new Claim(who, ATTRIBUTE, new Superlative(mark.kind(), text), qualifiers, evidence, ""),
        !who.isEmpty(), "");
  }

}
