/** Running the agent as a service: the {@code run} command and a record of each run. */
@org.springframework.modulith.ApplicationModule(displayName = "Run")
package cn.hoist.agent.run;
