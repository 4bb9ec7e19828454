/**
 * Inspections (监督检查), tiered supervision (分级监管) and targeted enforcement (精准执法): each enterprise's
 * supervision tier and inspection frequency from admin-editable rules over its risk colour and
 * major-hazard level; a monthly inspection plan of the enterprises due; inspections answering the
 * checklists of the three places and three enterprises (三场所三企业), whose failed items become hazards
 * in the hazard loop, with the violations found and penalties imposed; and an enforcement list
 * ranked by a risk score whose contributing reasons are shown. The same is offered to API clients
 * under {@code /api/v1/inspections} and on the one map (a layer of overdue, due and found-wanting
 * inspections). Other modules use it only through the ports it implements (open inspection findings
 * for the enterprise safety code, the map layer) and its demo hook; it follows the risk module's
 * {@code EnterpriseRiskChanged} to keep tiers current between monthly plans.
 */
package org.shuzhi.inspection;
