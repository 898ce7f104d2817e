/** The shop's operations agent: a Picocli CLI and a long-running Spring Boot service. Each direct sub-package is an application module. */
package cn.hoist.agent;
