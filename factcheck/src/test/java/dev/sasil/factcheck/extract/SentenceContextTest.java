package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.sasil.core.Morpheme;
import dev.sasil.core.Sentence;
import dev.sasil.core.SentenceKind;
import dev.sasil.core.morph.NoriAnalyzer;
import dev.sasil.factcheck.entity.EntityMention;
import dev.sasil.factcheck.entity.Particles;
import dev.sasil.factcheck.entity.Role;
import dev.sasil.factcheck.quantity.QuantityNormalizer;
import dev.sasil.factcheck.time.TimeAnchor;
import dev.sasil.factcheck.time.TimeMention;
import dev.sasil.factcheck.time.TimeNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.POS;
import org.junit.jupiter.api.Test;

class SentenceContextTest {

  private static final NoriAnalyzer NORI = NoriAnalyzer.withBundledDictionary();
  private static final String PIECES = "오픈AI는 메타가 라마를 지난해 2월 3일 공개했다 세웠지만 회사를 떠났다 "
      + "“새 모델은 빠르다”고 말했다 매출 1조2억원(약 10억달러)은 ‘그록’의 올트먼 CEO는 ";

  private static SentenceContext context(String text, int base) {
    Sentence s = new Sentence(0, text, base, base + text.length(), SentenceKind.BODY, NORI.analyze(text, base));
    ClaimExtractor x = ClaimExtractor.standard();
    return new SentenceContext(s, Particles.standard(), GenericNouns.standard(),
        x.matcher().find(text, s.morphemes(), base),
        TimeNormalizer.standard().find(text, TimeAnchor.parse("2024-03-13")),
        QuantityNormalizer.standard().find(text));
  }

  private static String randomText(Random r) {
    StringBuilder b = new StringBuilder();
    for (int k = r.nextInt(120); k > 0; k--) {
      b.append(r.nextInt(8) == 0 ? (char) (0xAC00 + r.nextInt(11172)) : PIECES.charAt(r.nextInt(PIECES.length())));
    }
    return b.toString();
  }

  @Test
  void wordsTakeTheirRoleFromTrailingParticles() {
    SentenceContext ctx = context("메타는 ‘라마(Llama)’를 공개했다.", 0);
    assertThat(ctx.words).extracting(SentenceContext.Word::stem, SentenceContext.Word::role)
        .containsExactly(tuple("메타", Role.TOPIC), tuple("라마", Role.OBJECT), tuple("공개했다", Role.BARE));
    assertThat(ctx.wordIndexAt(4)).isEqualTo(1);
    assertThat(ctx.wordIndexAt(3)).as("a space is in no word").isEqualTo(-1);
    assertThat(ctx.wordIndexFrom(4)).isEqualTo(1);
    assertThat(ctx.hasActorWord(0, 3)).isTrue();
    assertThat(ctx.hasActorWord(1, 30)).isFalse();
  }

  @Test
  void lookupsAgreeWithAPassOverAllWordsTimesAndMentions() {
    Random r = new Random(19);
    for (int n = 0; n < 300; n++) {
      String text = randomText(r);
      SentenceContext ctx = context(text, r.nextInt(50));
      List<SentenceContext.Word> words = ctx.words;
      for (int p = -1; p <= text.length() + 1; p++) {
        int at = -1;
        int from = -1;
        for (int w = words.size() - 1; w >= 0; w--) {
          at = p >= words.get(w).start() && p < words.get(w).end() ? w : at;
          from = words.get(w).start() >= p ? w : from;
        }
        int q = p;
        assertThat(ctx.wordIndexAt(p)).as("wordIndexAt(%d) in '%s'", p, text).isEqualTo(at);
        assertThat(ctx.wordIndexFrom(p)).as("wordIndexFrom(%d) in '%s'", p, text).isEqualTo(from);
        assertThat(ctx.inTime(p)).as("inTime(%d) in '%s'", p, text)
            .isEqualTo(ctx.times.stream().anyMatch(t -> q >= t.start() && q < t.end()));
        int e = p + r.nextInt(12);
        assertThat(ctx.hasActorWord(p, e)).as("hasActorWord(%d, %d) in '%s'", p, e, text)
            .isEqualTo(words.stream().anyMatch(w -> w.start() >= q && w.end() <= e && w.role().isActor()));
        assertThat(ctx.mentionOverlaps(p, e)).as("mentionOverlaps(%d, %d) in '%s'", p, e, text)
            .isEqualTo(ctx.mentions.stream().anyMatch(m -> m.overlaps(q, e)));
        Predicate<EntityMention> test = switch (r.nextInt(3)) {
          case 0 -> m -> true;
          case 1 -> m -> m.role().isActor();
          default -> m -> m.role() == Role.BARE || m.role() == Role.GENITIVE;
        };
        EntityMention last = null;
        for (EntityMention m : ctx.mentions) {
          last = m.start() >= q && m.end() <= e && test.test(m) ? m : last;
        }
        assertThat(ctx.lastMentionBefore(p, e, test)).as("lastMentionBefore(%d, %d) in '%s'", p, e, text)
            .isEqualTo(Optional.ofNullable(last));
      }
      for (SentenceContext.Word w : words) {
        EntityMention last = null;
        for (EntityMention m : ctx.mentions) {
          last = m.start() < w.end() && m.end() > w.start() ? m : last;
        }
        assertThat(ctx.mentionOf(w)).as("mentionOf(%s) in '%s'", w, text).isEqualTo(Optional.ofNullable(last));
      }
    }
  }

  /** Glosses, quotes and brackets a stem drops (as {@code SentenceContext} did with one pass over the morphemes). */
  private static final Pattern STEM_NOISE = Pattern.compile("\\([^()]*\\)|[‘’'“”\"「」『』<>◇■▲△·\\[\\]]");

  @Test
  void wordsAreThoseOfAPassOverAllMorphemesPerWord() {
    Random r = new Random(23);
    for (int n = 0; n < 300; n++) {
      String text = randomText(r);
      int base = r.nextInt(50);
      SentenceContext ctx = context(text, base);
      assertThat(ctx.words).as("words of '%s'", text).isEqualTo(scanWords(text, base, NORI.analyze(text, base)));
    }
  }

  private static List<SentenceContext.Word> scanWords(String text, int base, List<Morpheme> morphemes) {
    List<SentenceContext.Word> out = new ArrayList<>();
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
      int particleStart = -1;
      for (Morpheme m : morphemes) {
        int ms = m.start() - base;
        if (ms < s || m.end() - base > e) {
          continue;
        }
        if (m.isParticle() || m.tag() == POS.Tag.VCP) {
          if (particleStart < 0) {
            particleStart = ms;
          }
        } else if (!m.isEnding()) {
          particleStart = -1;
        }
      }
      int stemEnd = particleStart >= 0 ? particleStart : e;
      Role role = particleStart < 0 ? Role.BARE
          : Particles.standard().role(text.substring(particleStart, e)).orElse(Role.OTHER);
      String stem = STEM_NOISE.matcher(text.substring(s, Math.max(s, stemEnd))).replaceAll("").strip();
      out.add(new SentenceContext.Word(s, i, stem, stemEnd, role));
    }
    SentenceContext.particlesAfterBrackets(text, out); // a pass of its own, tested below
    return out;
  }

  @Test
  void aParticleAfterABracketOfSeveralWordsIsTheWordsBeforeTheBracket() {
    SentenceContext ctx = context("영업이익(연결 기준)은 늘었고 매출(3조원)은 줄었다.", 0);
    assertThat(ctx.words).extracting(SentenceContext.Word::stem, SentenceContext.Word::role)
        .startsWith(tuple("영업이익", Role.TOPIC), tuple("기준", Role.BARE), tuple("늘었고", Role.BARE),
            tuple("매출", Role.TOPIC));
    SentenceContext inside = context("매출(연결 기준)분은 늘었다.", 0);
    assertThat(inside.words.get(0).role()).as("no particle right after the bracket").isEqualTo(Role.BARE);
  }

  @Test
  void timesInQuotedSpeechAreLeftOutWhileItsNamesStayToOwnItsFigures() {
    String text = "그는 “메타가 지난 2월 라마를 공개할 것”이라고 말했다";
    SentenceContext ctx = context(text, 0);
    assertThat(ctx.mentions).extracting(m -> m.entity().canonical()).containsExactly("메타", "라마");
    assertThat(ctx.times).isEmpty();
    assertThat(ctx.inTime(text.indexOf("2월"))).isFalse();
    assertThat(ctx.speechFloor(text.indexOf("2월"))).isEqualTo(text.indexOf("메타"));
    assertThat(ctx.speechFloor(text.indexOf("그는"))).isZero();
  }

  @Test
  void aQuotationReportingWhatHappenedInThePastTenseIsReadAsTheSentencesOwn() {
    String text = "소방본부는 “오전 7시 35분에 불이 났고 9시 29분에 큰불이 잡혔다”고 밝혔다";
    SentenceContext ctx = context(text, 0);
    assertThat(ctx.times).extracting(TimeMention::text).contains("오전 7시 35분", "9시 29분");
    assertThat(ctx.inSpeech(text.indexOf("큰불"))).isFalse();
    assertThat(ctx.words).filteredOn(w -> w.stem().equals("소방본부")).extracting(SentenceContext.Word::role)
        .as("the speaker is no party to what the quotation reports").containsExactly(Role.OTHER);
    SentenceContext noTime = context("소방본부는 “주불 진화를 완료했다”고 밝혔다", 0);
    assertThat(noTime.inSpeech(noTime.text.indexOf("진화"))).as("a report without a time stays speech").isTrue();
  }
}
