package cn.hoist.crm.security;

import java.util.List;

/** The CRM's staff roles (stored without the {@code ROLE_} prefix). */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String MANAGER = "MANAGER";
    public static final String SERVICE_ADVISOR = "SERVICE_ADVISOR";
    public static final String FRONT_DESK = "FRONT_DESK";
    public static final String TECHNICIAN = "TECHNICIAN";
    public static final String WAREHOUSE = "WAREHOUSE";

    /** Every role a person can have; service accounts (metrics, monitor) have none of these. */
    public static final List<String> STAFF = List.of(ADMIN, MANAGER, SERVICE_ADVISOR, FRONT_DESK, TECHNICIAN, WAREHOUSE);

    private Roles() {
    }
}
