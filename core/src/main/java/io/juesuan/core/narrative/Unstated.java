package io.juesuan.core.narrative;

/**
 * What the text does with a figure or text the data does not have (a 年初预算数 never entered, a reason
 * not written).
 */
public enum Unstated {
  /** Print 【待填写：…】 where it belongs, so the filer sees what to supply (a draft). */
  ASK,
  /**
   * Write the sentence in its form without it (the wording's {@code key.unstated} template), or
   * leave the sentence out when that form is empty, and list what was left out ({@link
   * ReportText#leftOut()}): a report rebuilt from a published one invents nothing and leaves no
   * placeholder for its readers. Where the wording has no such form, the placeholder stays.
   */
  LEAVE_OUT
}
