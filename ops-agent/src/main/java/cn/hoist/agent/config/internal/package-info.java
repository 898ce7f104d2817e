/** The YAML parser behind {@link cn.hoist.agent.config.MonitoringConfig}: SnakeYAML Engine nodes with their marks. */
package cn.hoist.agent.config.internal;
