package cn.hoist.console.admin;

import java.util.Locale;

/** A CRM instance's status as Spring Boot Admin sees it. */
public enum CrmStatus {
    UP,
    /** It answers, and says it is not well (a failed health indicator). */
    DOWN,
    /** It does not answer. */
    OFFLINE,
    OUT_OF_SERVICE,
    RESTRICTED,
    /** Not checked yet, or a status Spring Boot Admin does not know. */
    UNKNOWN;

    /** The status of a Spring Boot Admin status name; UNKNOWN for any other name. */
    public static CrmStatus of(String status) {
        if (status == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException other) {
            return UNKNOWN;
        }
    }
}
