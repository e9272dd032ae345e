package dev.sasil.factcheck.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.morph.NoriAnalyzer;
import dev.sasil.factcheck.extract.GenericNouns;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EntityMatcherTest {

  private static final NoriAnalyzer NORI = NoriAnalyzer.withBundledDictionary();
  private final EntityMatcher matcher =
      new EntityMatcher(AliasTable.standard(), Particles.standard(), GenericNouns.standard().notNameKeys());

  private List<EntityMention> find(String text) {
    return matcher.find(text, NORI.analyze(text, 0), 0);
  }

  private List<String> names(String text) {
    return find(text).stream().map(m -> m.entity().canonical()).toList();
  }

  @Test
  void versionsAreDifferentEntities() {
    assertThat(names("메타는 라마 3.2를 공개했다")).containsExactly("메타", "라마 3.2");
    assertThat(names("9월 25일는 멀티모달 AI 모델 ‘라마(Llama) 3.2’를 공개했다.")).contains("라마 3.2");
    assertThat(names("올해 4월 라마의 세 번째 모델 ‘라마 3’를 공개한 후")).containsExactly("라마", "라마 3");
    assertThat(names("메타는 LLM ‘라마2’를 오픈소스 형태로 공개했다.")).contains("라마 2");
    assertThat(names("하이퍼클로바X와 하이퍼클로바는 다르다")).containsExactly("하이퍼클로바X", "하이퍼클로바");
    assertThat(names("엑사원 2.0과 엑사원 3.0")).containsExactly("엑사원 2", "엑사원 3");
  }

  /** Names with an unknown family learnt from elsewhere (as the extractor learns quoted names). */
  private List<EntityMention> findLearnt(String text, String... families) {
    java.util.Map<String, Entity> extra = new java.util.TreeMap<>();
    for (String f : families) {
      extra.put(AliasTable.standard().reading().key(f), new Entity(f, "", EntityType.UNKNOWN, false, " "));
    }
    return matcher.find(text, NORI.analyze(text, 0), 0, extra);
  }

  private List<String> namesLearnt(String text, String... families) {
    return findLearnt(text, families).stream().map(m -> m.entity().canonical()).toList();
  }

  @Test
  void modelCodesMakeDistinctEntities() {
    assertThat(namesLearnt("삼성전자는 한빛폰 X12 시리즈를 공개했다", "한빛폰")).containsExactly("삼성전자", "한빛폰 X12");
    assertThat(namesLearnt("한빛폰 X12와 한빛폰 X11은 다르다", "한빛폰")).containsExactly("한빛폰 X12", "한빛폰 X11");
    assertThat(namesLearnt("한빛폰 Q 플렉스3과 한빛폰 Q플렉스3", "한빛폰")).containsExactly("한빛폰 Q 플렉스3", "한빛폰 Q 플렉스3");
    assertThat(names("‘한빛폰 Q 플렉스3’을 공개했다")).containsExactly("한빛폰 Q 플렉스3");
    assertThat(names("‘한빛폰X12’를 공개했다")).containsExactly("한빛폰 X12");
    assertThat(names("GPT-4o와 GPT-4는 다르다")).containsExactly("GPT-4o", "GPT-4");
    assertThat(names("클로드 3.5 소네트를 내놨다")).containsExactly("클로드 3.5 소네트");
    assertThat(namesLearnt("다온패드 15와 다온패드 15 프로", "다온패드")).containsExactly("다온패드 15", "다온패드 15 프로");
  }

  @Test
  void aCodeTakesEditionsAndDropsGenericWords() {
    List<EntityMention> m = findLearnt("다온패드 15 Pro Max 모델을 공개했다", "다온패드");
    assertThat(m).extracting(x -> x.entity().canonical()).containsExactly("다온패드 15 프로 맥스");
    assertThat(m.get(0).role()).isEqualTo(Role.OBJECT);
  }

  @Test
  void modelCodesNeverThrowOnRandomText() {
    Random r = new Random(11);
    String alphabet = "갤럭시폰드플립 SZX0123456789-+.프로맥스Pro시리즈를은의 ‘’";
    ModelCode codes = ModelCode.standard();
    for (int n = 0; n < 2000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(20); k > 0; k--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String t = b.toString();
      for (int p = 0; p <= t.length(); p++) {
        codes.at(t, p, true).ifPresent(m -> assertThat(m.end()).isBetween(0, t.length()));
      }
      find(t);
    }
  }

  @Test
  void organizationsAreFoundByTheirEnding() {
    assertThat(find("고용노동부는 2010년 출범했다")).singleElement()
        .satisfies(m -> assertThat(m.entity().type()).isEqualTo(EntityType.ORG));
    assertThat(names("정부는 발표했다")).isEmpty();
    assertThat(names("책임연구원은 말했다")).isEmpty();
  }

  @Test
  void aDivisionWrittenApartFromWhatItMakesIsOneName() {
    assertThat(names("주방가전 사업본부는 매출이 늘었다고 밝혔다")).containsExactly("주방가전사업본부");
    assertThat(names("모바일 사업부문은 흑자를 냈다")).containsExactly("모바일사업부문");
    assertThat(names("새 사업본부는 다음 달 출범한다")).as("one syllable before is no product line").isEmpty();
    assertThat(names("삼성전자 사업본부는 매출이 늘었다고 밝혔다")).as("a known name keeps its own span")
        .containsExactly("삼성전자");
  }

  @Test
  void aLittleKnownCompanyIsFoundByItsEndingButACommonCompoundIsNot() {
    assertThat(names("한솔제약은 지난해 매출이 늘었다고 밝혔다")).containsExactly("한솔제약");
    assertThat(names("한울모빌리티는 새 서비스를 내놓았다")).containsExactly("한울모빌리티");
    assertThat(names("신재생에너지 발전 비중이 커졌다")).isEmpty();
  }

  @Test
  void organizationsTakeNoLetterCodes() {
    assertThat(names("삼성전자 X12를 봤다")).doesNotContain("삼성전자 X12");
  }

  @Test
  void editionsAfterAVersionAreDifferentEntities() {
    assertThat(names("구글은 제미나이 1.5 프로를 공개했다")).contains("제미나이 1.5 프로");
    assertThat(names("제미나이 1.5 Flash와 GPT-4 터보")).containsExactly("제미나이 1.5 플래시", "GPT-4 터보");
    assertThat(names("‘제미나이 1.5 프로’를 앞섰다")).containsExactly("제미나이 1.5 프로");
    assertThat(names("라마 3 모델을 공개했다")).containsExactly("라마 3");
  }

  @Test
  void aFamilysFirstVersionIsTheFamily() {
    assertThat(names("공개한 모델(라마1)보다")).containsExactly("라마");
    assertThat(names("엑사원 1.0을 공개했다")).containsExactly("엑사원");
  }

  @Test
  void aCountAfterANameIsNotAVersion() {
    assertThat(names("라마2 70억개 모델")).containsExactly("라마 2");
    assertThat(names("라마 3가지 모델")).doesNotContain("라마 3");
  }

  @Test
  void glossesAndReadingsResolve() {
    assertThat(names("오픈에이아이(OpenAI)의 챗지피티(ChatGPT) 공개 이후")).containsExactly("오픈AI", "챗GPT");
    assertThat(names("지난 3월 공개한 지피티4은")).containsExactly("GPT-4");
  }

  @Test
  void aTypoIsFoundAsTheKnownName() {
    List<EntityMention> m = find("저커버크가 이 조언을 따랐다");
    assertThat(m).extracting(x -> x.entity().canonical()).containsExactly("마크 저커버그");
    assertThat(m.get(0).how()).isEqualTo(EntityMention.Source.FUZZY);
    assertThat(m.get(0).role()).isEqualTo(Role.SUBJECT);
  }

  @Test
  void rolesComeFromParticles() {
    List<EntityMention> m = find("머스크는 오픈AI를 세웠다");
    assertThat(m).extracting(EntityMention::role).containsExactly(Role.TOPIC, Role.OBJECT);
  }

  @Test
  void namesInsideLongerWordsAreNotNames() {
    assertThat(names("메타버스 시장이 커졌다")).doesNotContain("메타");
  }

  @Test
  void unknownNamesAreFoundFromQuotesAndProperNouns() {
    assertThat(names("앤트로픽은 새로운 AI 모델 ‘클로드 3.5 소네트’를 공개했다.")).contains("클로드 3.5 소네트");
    assertThat(names("샌프란시스코 고등법원에 소송을 냈다")).contains("샌프란시스코");
  }

  @Test
  void aQuotedAmountIsNoName() {
    assertThat(names("세 학교의 정원은 '150명'으로 늘어난다.")).doesNotContain("150명");
    assertThat(names("신작 ‘7번방’이 개봉했다.")).contains("7번방");
  }

  @Test
  void namesLearntElsewhereMatchTheirMisspellings() {
    Entity nova = new Entity("노바랩스", "", EntityType.UNKNOWN, false, " ");
    java.util.Map<String, Entity> learnt = java.util.Map.of(LatinReading.standard().key("노바랩스"), nova);
    String text = "노바렙스는 2018년 설립됐다.";
    assertThat(matcher.find(text, NORI.analyze(text, 0), 0, learnt))
        .extracting(m -> m.entity().canonical()).containsExactly("노바랩스");
    String plain = "노바랩스가 공개했다.";
    assertThat(matcher.find(plain, NORI.analyze(plain, 0), 0, learnt))
        .extracting(m -> m.entity().canonical()).containsExactly("노바랩스");
  }

  @Test
  void randomTextNeverThrows() {
    Random r = new Random(7);
    String pieces = "라마 3.2‘’()오픈AI를는 (Llama) 지피티4 ,.\"“”2023년 저커버크 xAI 챗GPT";
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < r.nextInt(40); k++) {
        b.append(r.nextInt(4) == 0 ? (char) (0xAC00 + r.nextInt(11172)) : pieces.charAt(r.nextInt(pieces.length())));
      }
      String s = b.toString();
      for (EntityMention m : find(s)) {
        assertThat(m.end()).isLessThanOrEqualTo(s.length());
      }
    }
  }

  @Test
  void aSentenceThatMayTeachNoNameHasNoLearnableMention() {
    List<String> texts = List.of("삼성전자는 한빛폰 X12 시리즈를 공개했다", "‘노바랩스’는 지난해 설립됐다",
        "노바랩스는 지난해 설립됐다", "고용노동부는 1981년 노동부로 출범했다", "매출은 16조원으로 늘었다",
        "저커버크는 말했다", "이 회사는 올해 상장했다", "\"오픈 소스\"로 공개했다");
    for (String t : texts) {
      List<dev.sasil.core.Morpheme> ms = NORI.analyze(t, 0);
      if (!matcher.mayTeach(t, ms)) {
        assertThat(matcher.find(t, ms, 0)).as(t).noneMatch(matcher::learnable);
      }
    }
    assertThat(matcher.mayTeach("‘노바랩스’는 지난해 설립됐다", NORI.analyze("‘노바랩스’는 지난해 설립됐다", 0))).isTrue();
    assertThat(matcher.mayTeach("매출은 16조원으로 늘었다", NORI.analyze("매출은 16조원으로 늘었다", 0))).isFalse();
  }

  @Test
  void aNameFollowedByAGlossTakesItsRoleFromTheParticleAfterTheGloss() {
    List<EntityMention> m = find("나래시 도시계획위원회(도계위)가 심의를 마쳤다.");
    assertThat(m).filteredOn(x -> x.entity().canonical().equals("도시계획위원회"))
        .singleElement().extracting(EntityMention::role).isEqualTo(Role.SUBJECT);
    assertThat(find("국내총생산(GDP)은 늘었다.")).first().extracting(EntityMention::role).isEqualTo(Role.TOPIC);
  }
}
