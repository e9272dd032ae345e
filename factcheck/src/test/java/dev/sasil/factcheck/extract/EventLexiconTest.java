package dev.sasil.factcheck.extract;

import org.apache.lucene.analysis.ko.POS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.entity.EntityType;
import org.junit.jupiter.api.Test;

class EventLexiconTest {

  private final EventLexicon lexicon = EventLexicon.standard();

  @Test
  void theIssuesTriggersAreThere() {
    for (String noun : new String[] {"공개", "출시", "개방", "설립", "창업", "출범", "사임", "해임", "합류", "복귀", "영입",
        "소송", "투자", "유치", "공모", "발표"}) {
      assertThat(lexicon.trigger(noun, POS.Tag.NNG)).as(noun).isPresent();
    }
    for (String verb : new String[] {"선보이", "내놓", "세우", "떠나", "물러나", "밝히"}) {
      assertThat(lexicon.trigger(verb, POS.Tag.VV)).as(verb).isPresent();
    }
  }

  @Test
  void entriesCarryThemeAndOptions() {
    EventEntry found = lexicon.trigger("세우", POS.Tag.VV).orElseThrow();
    assertThat(found.attribute()).isEqualTo("founded");
    assertThat(found.theme()).isEqualTo(EventEntry.Theme.OBJECT);
    assertThat(found.orgObject()).isTrue();
    assertThat(found.head()).isEqualTo(EntityType.ORG);
    EventEntry left = lexicon.trigger("떠나", POS.Tag.VV).orElseThrow();
    assertThat(left.theme()).isEqualTo(EventEntry.Theme.ACTOR);
    assertThat(left.relation()).isEqualTo("from");
    assertThat(lexicon.trigger("소송", POS.Tag.NNG).orElseThrow().with()).isEqualTo("제기");
  }

  @Test
  void aNounTriggerIsNotAVerbTrigger() {
    assertThat(lexicon.trigger("공개", POS.Tag.VV)).isEmpty();
    assertThat(lexicon.trigger("공개", POS.Tag.JKS)).isEmpty();
  }
}
