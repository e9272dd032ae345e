package dev.sasil.summarizer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoiseLinesTest {

  private static final NoiseLines NOISE = NoiseLines.standard();

  @Test
  void bylinesAloneAreNoise() {
    assertThat(NOISE.isNoise("[테크월드뉴스=양승갑 기자]")).isTrue();
    assertThat(NOISE.isNoise("(서울=연합뉴스) 홍길동 기자")).isTrue();
    assertThat(NOISE.isNoise("양승갑 기자 starry9@hani.co.kr")).isTrue();
    assertThat(NOISE.isNoise("starry9@hani.co.kr")).isTrue();
    assertThat(NOISE.isNoise("김철수 특파원")).isTrue();
  }

  @Test
  void captionsAreNoise() {
    assertThat(NOISE.isNoise("구글의 대규모언어모델 '팜2'는 정보가 제한적으로 공개됐다 [사진=구글 리서치 유튜브 갈무리]")).isTrue();
    assertThat(NOISE.isNoise("일론 머스크 테슬라 최고경영자. (사진=연합뉴스)")).isTrue();
    assertThat(NOISE.isNoise("착공식에 참석한 내빈들이 기념 촬영을 하고 있다. /뉴스1")).isTrue();
  }

  @Test
  void copyrightAndCommentDebrisAreNoise() {
    assertThat(NOISE.isNoise("저작권자 © 테크월드뉴스 무단전재 및 재배포 금지")).isTrue();
    assertThat(NOISE.isNoise("ⓒ 한겨레신문사")).isTrue();
    assertThat(NOISE.isNoise("회원가입 후 이용바랍니다.")).isTrue();
    assertThat(NOISE.isNoise("댓글 정렬")).isTrue();
    assertThat(NOISE.isNoise("입력 2023.11.20 09:12")).isTrue();
  }

  @Test
  void newsSentencesAreNotNoise() {
    assertThat(NOISE.isNoise("오픈AI는 챗GPT에 사용되는 GPT 모델을 고도화하면서 관련 서비스를 혁신하고 있다.")).isFalse();
    assertThat(NOISE.isNoise("머스크는 2015년 올트먼과 함께 오픈AI를 세웠다고 기자들에게 말했다.")).isFalse();
    assertThat(NOISE.isNoise("회사는 사진 공유 서비스를 새로 출시했다.")).isFalse();
    assertThat(NOISE.isNoise("[테크월드뉴스=양승갑 기자] 오픈AI는 챗GPT에 사용되는 GPT 모델을 고도화하고 있다.")).isFalse();
  }
}
