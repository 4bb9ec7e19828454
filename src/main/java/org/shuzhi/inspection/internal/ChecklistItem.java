package org.shuzhi.inspection.internal;

/**
 * One item of a checklist.
 *
 * @param major failing it is a 重大事故隐患 under 《工贸企业重大事故隐患判定标准》 (应急管理部令第10号)
 */
record ChecklistItem(long id, String checklistCode, int position, String text, boolean major) {}
