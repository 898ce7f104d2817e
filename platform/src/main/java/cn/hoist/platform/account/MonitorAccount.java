package cn.hoist.platform.account;

/** The service account Spring Boot Admin reads a program's actuator endpoints with (role MONITOR). */
public record MonitorAccount(String password) {

    public static final String USERNAME = "monitor";

    public String username() {
        return USERNAME;
    }

    @Override
    public String toString() {
        return "MonitorAccount[username=monitor, password=***]";
    }
}
