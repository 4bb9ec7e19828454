package org.shuzhi.command;

/** Shelter tiers of DB33/T 2158 (避灾安置场所): 县(市、区) / 乡镇(街道) / 村(社区). */
public enum ShelterTier {
  DISTRICT,
  TOWN,
  VILLAGE
}
