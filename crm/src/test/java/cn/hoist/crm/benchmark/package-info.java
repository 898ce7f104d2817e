/** The search benchmark (run on demand, not part of the build): see docs/benchmarks.md. */
package cn.hoist.crm.benchmark;
