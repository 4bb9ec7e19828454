/**
 * Risk (风险分级管控): the risk census registry of risk objects, the hazardous-chemicals catalogue
 * (versioned: drafts, one active version, activation re-grades every site) and GB 18218-2018
 * major-hazard identification and grading, risk points assessed by LEC / LS with the four risk
 * colours (红橙黄蓝), and (later) the enterprise safety code.
 */
package org.shuzhi.risk;
