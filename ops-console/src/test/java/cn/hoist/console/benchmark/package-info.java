/** On-demand measurements (not part of {@code ./mvnw verify}); see docs/benchmarks.md. */
package cn.hoist.console.benchmark;
