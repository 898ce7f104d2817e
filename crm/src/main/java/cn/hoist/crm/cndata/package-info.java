/** Mainland China data rules: plates, VINs, mobiles, ID numbers and credit codes, normalised and validated. */
@org.springframework.modulith.ApplicationModule(displayName = "China data rules")
package cn.hoist.crm.cndata;
