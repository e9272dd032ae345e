package dev.sasil.bench;

import dev.sasil.core.DateSource;
import dev.sasil.core.Published;
import dev.sasil.core.read.RawDocument;
import dev.sasil.core.time.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean news-like text made from our own templates, for benchmarks that need more or longer text
 * than the seeds: the same seed gives the same text. Names mix table names, their misspellings
 * (one jamo off, as the fuzzy lookup sees them in real articles) and names the table does not know.
 */
final class SyntheticNews {

  private static final String[] ORGS = {"오픈AI", "메타", "구글", "삼성전자", "네이버", "카카오", "엔비디아",
      "앤트로픽", "마이크로소프트", "업스테이지", "데이터브릭스", "퍼플렉시티", "금융위원회", "기획재정부"};
  /** Table names written one jamo off, and names the table does not know. */
  private static final String[] OTHER_ORGS = {"엔비디야", "앤트로픽크", "데이타브릭스", "퍼플랙시티", "노바랩스",
      "한빛소프트웨어", "미래에너지솔루션", "세종바이오"};
  private static final String[] PEOPLE = {"샘 올트먼", "마크 저커버그", "젠슨 황", "일론 머스크", "사티아 나델라",
      "순다르 피차이", "마크 저커버크", "샘 올트만", "김민준", "이서연"};
  private static final String[] PRODUCTS = {"챗GPT", "라마 3", "제미나이", "클로드 3.5", "하이퍼클로바X", "갤럭시 S24",
      "엑사원 3.0", "코파일럿", "‘오로라’", "‘스텔라 2’"};
  /** {@code 은/는}, {@code 이/가} …: the particle is chosen by the final consonant of the word before it. */
  private static final String[] TEMPLATES = {
      "{org}은/는 {year}년 {month}월 {product}을/를 공개했다.",
      "{org}이/가 {year}년 {month}월 {day}일 {product}을/를 국내에 출시했다고 밝혔다.",
      "{person} {org} 최고경영자(CEO)는 {year}년 {org2}을/를 떠나 {org}에 합류했다.",
      "업계에 따르면 {org}의 월간 이용자 수는 {n}만 명으로 집계됐다.",
      "{org}은/는 {year}년 {n}억 원 규모의 투자를 유치하며 기업가치 {n2}조 원을 인정받았다.",
      "{org2}은/는 지난해 매출 {n}조{n2}억 원, 영업이익 {n3}억 원을 기록했다고 {day}일 발표했다.",
      "{person}은/는 “{product}은/는 지금까지 나온 어떤 모델보다 빠르다”고 말했다.",
      "{org}은/는 {year}년 설립된 회사로, 직원 수는 약 {n}명이다.",
      "이번 발표는 {org2}와/과 {org}의 경쟁이 본격화됐다는 신호로 읽힌다.",
      "{product}은/는 출시 {n3}일 만에 누적 다운로드 {n}만 건을 넘어섰다.",
      "전문가들은 {org}이/가 내년 상반기 후속 모델을 내놓을 것으로 내다봤다.",
      "{org}의 {product} 사전 판매량은 {n}만 대로 전작보다 {n3}% 늘었다.",
  };

  private static final Pattern PARTICLE_CHOICE = Pattern.compile("은/는|이/가|을/를|와/과");

  private final Random random;

  SyntheticNews(long seed) {
    this.random = new Random(seed);
  }

  /** {@code count} articles of {@code sentences} sentences each, dated in 2024. */
  List<RawDocument> articles(int count, int sentences) {
    List<RawDocument> out = new ArrayList<>();
    for (int a = 0; a < count; a++) {
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < sentences; s++) {
        text.append(sentence()).append(s % 5 == 4 ? "\n" : " ");
      }
      String id = String.format(Locale.ROOT, "synthetic-%03d", a);
      Published published = Published.of(PartialDate.ofDay(2024, 1 + random.nextInt(12), 1 + random.nextInt(28)),
          DateSource.OPTION);
      out.add(new RawDocument(id, id, null, null, published, text.toString().strip(), false));
    }
    return out;
  }

  /** One sentence from a random template. */
  String sentence() {
    String t = TEMPLATES[random.nextInt(TEMPLATES.length)];
    String filled = t.replace("{org2}", org())
        .replace("{org}", org())
        .replace("{person}", pick(event != null ? event.people() : PEOPLE))
        .replace("{product}", pick(event != null ? event.products() : PRODUCTS))
        .replace("{year}", Integer.toString(2015 + random.nextInt(10)))
        .replace("{month}", Integer.toString(1 + random.nextInt(12)))
        .replace("{day}", Integer.toString(1 + random.nextInt(28)))
        .replace("{n3}", Integer.toString(2 + random.nextInt(98)))
        .replace("{n2}", Integer.toString(1 + random.nextInt(9)))
        .replace("{n}", Integer.toString(10 + random.nextInt(990)));
    return particles(filled);
  }

  /** Resolves {@code 은/는} and its kin after the word before them (a closing quote is looked through). */
  private static String particles(String s) {
    Matcher m = PARTICLE_CHOICE.matcher(s);
    StringBuilder b = new StringBuilder(s.length());
    while (m.find()) {
      m.appendReplacement(b, "");
      String[] forms = m.group().split("/");
      boolean consonant = hasFinalConsonant(b);
      // 와/과 lists the form after a vowel first
      boolean consonantFirst = !m.group().equals("와/과");
      b.append(consonant == consonantFirst ? forms[0] : forms[1]);
    }
    m.appendTail(b);
    return b.toString();
  }

  private static boolean hasFinalConsonant(CharSequence before) {
    int p = before.length() - 1;
    if (p < 0) {
      return false;
    }
    while (p > 0 && "’”'\"".indexOf(before.charAt(p)) >= 0) {
      p--;
    }
    char c = before.charAt(p);
    return isHangul(c) && (c - 0xAC00) % 28 != 0;
  }

  private static boolean isHangul(char c) {
    return c >= 0xAC00 && c <= 0xD7A3;
  }

  /**
   * One long text without punctuation or line breaks, {@code words} words long: {@code hangul},
   * random words of two to four common syllables, some with a particle; {@code amounts},
   * "1조2억3천만원" repeated; {@code news}, the template sentences without full stops, commas and
   * quotes (an article whose punctuation was lost).
   */
  String unpunctuated(String kind, int words) {
    StringBuilder b = new StringBuilder();
    int w = 0;
    while (w < words) {
      if (w > 0) {
        b.append(' ');
      }
      switch (kind) {
        case "amounts" -> b.append("1조2억3천만원");
        case "hangul" -> b.append(hangulWord());
        case "news" -> {
          // a template sentence without its full stop, commas and quotes, cut at the word count
          String[] ws = sentence().replaceAll("[.,“”‘’]", "").split(" ");
          int take = Math.min(ws.length, words - w);
          b.append(String.join(" ", java.util.Arrays.copyOf(ws, take)));
          w += take - 1;
        }
        default -> throw new IllegalArgumentException("unknown kind of long text: " + kind);
      }
      w++;
    }
    return b.toString();
  }

  private static final String SYLLABLES = "가나다라마바사아자차카타파하이기지시리미비고도로모보소오조구누두루무부수우주"
      + "한국대정부회사업시장기술경제발표출시개국민인공능력세계전자금융투자연구원";
  private static final String[] PARTICLES = {"", "", "은/는", "이/가", "을/를", "의", "에서", "와/과", "로"};

  private String hangulWord() {
    int n = 2 + random.nextInt(3);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(SYLLABLES.charAt(random.nextInt(SYLLABLES.length())));
    }
    return particles(b.append(pick(PARTICLES)).toString());
  }

  private String org() {
    if (event != null) {
      return pick(event.orgs());
    }
    return random.nextInt(4) == 0 ? pick(OTHER_ORGS) : pick(ORGS);
  }

  /** The names one event's articles share, made up for it: a corpus of many events, as real news is. */
  private record Event(String[] orgs, String[] people, String[] products) {}

  /** The names of the event being written, or null for the shared tables. */
  private Event event;

  private static final String NAME_SYLLABLES = "가나다라마바사아자차카타파하노도로모보소오조주누루미비지";
  private static final String[] ORG_ENDINGS = {"전자", "바이오", "소프트", "에너지", "랩스", "모빌리티", "제약", "증권"};
  private static final String[] SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"};

  /**
   * {@code count} articles of {@code sentences} sentences each, dated in 2024, in events of
   * {@code perEvent} articles published within four days of each other: each event has organizations, people and products of its own
   * (made-up names), so that claims group as in a corpus of many stories, not all on the same
   * dozen names.
   */
  List<RawDocument> events(int count, int sentences, int perEvent) {
    List<RawDocument> out = new ArrayList<>();
    for (int a = 0; a < count; a += perEvent) {
      event = new Event(names(3, () -> made(2 + random.nextInt(2)) + pick(ORG_ENDINGS)),
          names(3, () -> pick(SURNAMES) + made(2)), names(3, () -> made(2) + " " + (1 + random.nextInt(9))));
      // an event's reports come out within days of each other, as real coverage does
      java.time.LocalDate day = java.time.LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366));
      for (RawDocument d : articles(Math.min(perEvent, count - a), sentences)) {
        String id = String.format(Locale.ROOT, "synthetic-%06d", a + Integer.parseInt(d.id().substring("synthetic-".length())));
        Published published = Published.of(PartialDate.of(day.plusDays(random.nextInt(4))), DateSource.OPTION);
        out.add(new RawDocument(id, id, d.title(), d.url(), published, d.content(), false));
      }
    }
    event = null;
    return out;
  }

  private static String[] names(int n, java.util.function.Supplier<String> name) {
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = name.get();
    }
    return out;
  }

  private String made(int syllables) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      b.append(NAME_SYLLABLES.charAt(random.nextInt(NAME_SYLLABLES.length())));
    }
    return b.toString();
  }

  private String pick(String[] from) {
    return from[random.nextInt(from.length)];
  }
}
