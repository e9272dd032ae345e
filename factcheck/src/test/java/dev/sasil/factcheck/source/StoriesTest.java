package dev.sasil.factcheck.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import dev.sasil.factcheck.testing.Articles;
import dev.sasil.factcheck.testing.TwoEvents;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoriesTest {

  private static List<Article> fourReports() {
    return List.of(Articles.of("fire-1", "2031-05-12", TwoEvents.FIRE_1), Articles.of("flood-1", "2031-05-12", TwoEvents.FLOOD_1),
        Articles.of("fire-2", "2031-05-13", TwoEvents.FIRE_2), Articles.of("flood-2", "2031-05-13", TwoEvents.FLOOD_2));
  }

  @Test
  void reportsOfOneEventAreOneStoryAndOtherEventsAnother() {
    Stories s = Stories.find(fourReports());
    assertThat(s.many()).isTrue();
    assertThat(s.storyOf("fire-2")).isEqualTo("fire-1");
    assertThat(s.storyOf("flood-2")).isEqualTo("flood-1");
    assertThat(s.sameStory("fire-1", "flood-1")).isFalse();
  }

  @Test
  void aRunOfOneEventIsOneStoryAndKeysStayAsTheyWere() {
    List<Article> fire = List.of(Articles.of("a", "2031-05-12", TwoEvents.FIRE_1), Articles.of("b", "2031-05-13", TwoEvents.FIRE_2));
    assertThat(Stories.find(fire)).isEqualTo(Stories.one());
    assertThat(Stories.one().storyOf("a")).isEmpty();
    assertThat(Stories.find(fire.subList(0, 1))).isEqualTo(Stories.one());
    assertThat(Stories.find(List.of())).isEqualTo(Stories.one());
  }

  @Test
  void reportsWithTheSameWordsMonthsApartAreTwoStoriesUnlessADateIsUnknown() {
    // next year's fire at the same plant is another event, written with the same nouns
    List<Article> apart = List.of(Articles.of("a", "2031-05-12", TwoEvents.FIRE_1),
        Articles.of("b", "2031-12-20", TwoEvents.FIRE_2));
    assertThat(Stories.find(apart).sameStory("a", "b")).isFalse();
    List<Article> undated = List.of(Articles.of("a", "2031-05-12", TwoEvents.FIRE_1),
        Articles.of("b", null, TwoEvents.FIRE_2));
    assertThat(Stories.find(undated).sameStory("a", "b")).isTrue();
  }

  @Test
  void anArticleWithoutNounsIsAStoryOfItsOwn() {
    List<Article> run = new ArrayList<>(fourReports());
    run.add(Articles.of("digits", "2031-05-12", "12 34 56."));
    assertThat(Stories.find(run).storyOf("digits")).isEqualTo("digits");
  }

  @Test
  void theStoriesDoNotDependOnTheInputOrderBeyondTheirNames() {
    // random runs of made-up texts drawn from two vocabularies: the partition must be the same
    // however the run is ordered
    Random random = new Random(20261130);
    String[][] vocabularies = {
        {"공장", "화재", "소방", "도료", "건조실", "작업자", "진화", "설비", "점검", "창고"},
        {"폭우", "강둑", "침수", "대피", "주민", "농경지", "체육관", "기상청", "마을", "하천"}};
    for (int round = 0; round < 20; round++) {
      List<StoryTerms> run = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String[] v = vocabularies[random.nextInt(2)];
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 30; w++) {
          text.append(v[random.nextInt(v.length)]).append(w % 6 == 5 ? "이 있었다. " : "과 ");
        }
        run.add(StoryTerms.of(Articles.of("r" + i, "2031-05-12", text.toString())));
      }
      Set<Set<String>> expected = partition(run, Stories.findAmong(run));
      for (int shuffle = 0; shuffle < 3; shuffle++) {
        List<StoryTerms> shuffled = new ArrayList<>(run);
        Collections.shuffle(shuffled, random);
        Stories s = Stories.findAmong(shuffled);
        assertThat(partition(shuffled, s)).isEqualTo(expected);
        assertThat(Stories.findAmong(shuffled)).as("deterministic").isEqualTo(s);
      }
    }
  }

  private static Set<Set<String>> partition(List<StoryTerms> run, Stories s) {
    Map<String, Set<String>> by = new HashMap<>();
    run.forEach(t -> by.computeIfAbsent(s.storyOf(t.id()), k -> new HashSet<>()).add(t.id()));
    return new HashSet<>(by.values());
  }
}
