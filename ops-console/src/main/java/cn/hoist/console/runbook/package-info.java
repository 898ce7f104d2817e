/**
 * Runbooks: what an on-call engineer does for each kind of alert or event. The Markdown files of
 * the repository's {@code runbooks/} directory, packaged with the console, rendered as pages, and
 * linked from every event and check status they cover.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Runbooks")
package cn.hoist.console.runbook;
