package io.juesuan.core.report;

import java.util.Optional;

/** Department-level counts (团组, 人次, 辆, 台套) the narrative cites. */
public enum Count implements Keyed {
  ABROAD_GROUPS("threePublic.abroadGroups", "因公出国（境）团组数", "个"),
  ABROAD_PERSONS("threePublic.abroadPersons", "因公出国（境）人次", "人次"),
  VEHICLES_PURCHASED("threePublic.vehiclesPurchased", "购置（更新）公务用车数", "辆"),
  VEHICLES_HELD("threePublic.vehiclesHeld", "财政拨款开支的公务用车保有量", "辆"),
  RECEPTION_BATCHES("threePublic.receptionBatches", "国内公务接待批次", "个"),
  RECEPTION_PERSONS("threePublic.receptionPersons", "国内公务接待人次", "人次"),
  FOREIGN_RECEPTION_BATCHES("threePublic.foreignReceptionBatches", "外宾接待批次", "个"),
  FOREIGN_RECEPTION_PERSONS("threePublic.foreignReceptionPersons", "外宾接待人次", "人次"),
  VEHICLES_TOTAL("assets.vehicles", "车辆总数", "辆"),
  EQUIPMENT_OVER_MILLION("assets.equipmentOverMillion", "单价100万元（含）以上设备", "台（套）"),
  PROJECTS_EVALUATED("performance.projectsEvaluated", "开展绩效自评的项目个数", "个");

  private final String key;
  private final String label;
  private final String measureWord;

  Count(String key, String label, String measureWord) {
    this.key = key;
    this.label = label;
    this.measureWord = measureWord;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public String label() {
    return label;
  }

  /** 量词 printed after the number: 个, 辆, 人次. */
  public String measureWord() {
    return measureWord;
  }

  public static Optional<Count> ofKey(String key) {
    return Keyed.byKey(Count.class, key);
  }
}
