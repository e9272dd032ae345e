package dev.sasil.factcheck.testing;

/** Texts for tests of stories. */
public final class TwoEvents {

  // Made-up events (no real town, firm or article): two reports of one factory fire, written apart,
  // and two of one river flood.
  public static final String FIRE_1 = """
      한솔시 산업단지의 도료 공장에서 12일 오후 불이 나 작업자 3명이 숨졌다.
      소방당국은 공장 2층 건조실에서 시작된 불이 인화성 도료에 옮겨붙으며 크게 번졌다고 밝혔다.
      불은 공장 건물 두 동을 태우고 4시간 만에 꺼졌다.
      경찰은 공장 관계자를 불러 건조실 설비의 안전 점검 기록을 조사하고 있다.""";
  public static final String FIRE_2 = """
      12일 한솔시 도료 공장 화재로 작업자 3명이 목숨을 잃었다.
      건조실에서 난 불은 도료 창고로 번져 소방관 80여명이 진화에 나섰다.
      공장 측은 설비 점검을 지난달 마쳤다고 해명했지만 경찰은 점검 기록을 확보해 들여다보고 있다.
      산업단지 입주 기업들은 화재 예방 교육을 늘리기로 했다.""";
  public static final String FLOOD_1 = """
      다온군에 이틀 동안 300mm가 넘는 비가 내려 강둑이 무너지고 마을 세 곳이 물에 잠겼다.
      군은 주민 400여명을 초등학교 체육관으로 대피시켰다고 밝혔다.
      침수된 농경지는 논과 비닐하우스를 합쳐 120헥타르에 이른다.
      기상청은 주말까지 비가 더 이어질 것으로 내다봤다.""";
  public static final String FLOOD_2 = """
      폭우로 강둑이 무너진 다온군 마을 주민들이 체육관에서 이틀째 밤을 보냈다.
      군은 무너진 강둑을 임시로 막는 공사를 시작했고 침수 농경지 피해를 조사하고 있다.
      대피 주민들은 물이 빠지는 대로 집으로 돌아갈 예정이다.
      기상청은 비구름이 물러나는 주말 이후에야 비가 그칠 것으로 봤다.""";

  private TwoEvents() {}
}
