package cn.hoist.crm.audit;

import java.util.List;
import java.util.Optional;

/**
 * Who the staff behind the usernames in the log are (and which stores the ids in it name), so a manager reads
 * "前台 小李" rather than {@code li}. The staff module implements it: staff changes are audited, so the audit module
 * cannot ask the staff module directly. Without an implementation the log shows usernames.
 */
public interface AuditPeople {

    Optional<Person> person(String username);

    /** The name of a store by its id (customers and staff belong to one), if there is such a store. */
    Optional<String> storeName(String storeId);

    /** Everyone who may appear in the log, for the filter by person. */
    List<Person> all();

    /** A member of staff as the log names them; {@code roles} are role codes such as {@code FRONT_DESK}. */
    record Person(String username, String displayName, List<String> roles) {
    }
}
