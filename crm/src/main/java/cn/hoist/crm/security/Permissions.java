package cn.hoist.crm.security;

/**
 * Who may do what, as Spring Security expressions for {@code @PreAuthorize} on the services (the
 * server-side check that counts; pages only hide what a role cannot use). Technicians and the
 * warehouse read customers and vehicles, masked; they change nothing and reveal nothing.
 */
public final class Permissions {

    /** Every staff role: read customers and vehicles (personal data masked). */
    public static final String READ_CUSTOMERS = "hasAnyRole('ADMIN','MANAGER','SERVICE_ADVISOR','FRONT_DESK',"
            + "'TECHNICIAN','WAREHOUSE')";
    /** Register and change customers, vehicles, consent, odometer readings. */
    public static final String EDIT_CUSTOMERS = "hasAnyRole('ADMIN','MANAGER','SERVICE_ADVISOR','FRONT_DESK')";
    /** See a mobile number or address in clear (each reveal is audit-logged). */
    public static final String REVEAL_CONTACT = "hasAnyRole('ADMIN','MANAGER','SERVICE_ADVISOR','FRONT_DESK')";
    /** See an ID number in clear: sensitive personal data under PIPL, so managers only. */
    public static final String REVEAL_ID_NUMBER = "hasAnyRole('ADMIN','MANAGER')";
    /** Bulk operations on personal data: import, export, merge and its undo, delete. */
    public static final String MANAGE_CUSTOMERS = "hasAnyRole('ADMIN','MANAGER')";
    public static final String READ_AUDIT = "hasAnyRole('ADMIN','MANAGER')";
    public static final String MANAGE_STAFF = "hasRole('ADMIN')";

    private Permissions() {
    }
}
