package cn.hoist.crm.home;

import java.time.LocalDate;
import java.util.List;

/**
 * One part of the shop's day on the home page. The page lays out every {@link Slot} and fills each from the beans of
 * this type for it; a slot nobody fills yet (appointments and work orders before those features exist) says honestly
 * that there is nothing today. A section reads its feature's API from this module, so the features below need not
 * know the home page (docs/architecture.md: composition modules on top, nothing depends on them).
 */
public interface HomeSection {

    Slot slot();

    /** What the section shows for this day of the shop's clock, already in the reader's language; empty for none. */
    List<Item> items(LocalDate today);

    /** The parts of the day, in the order the page shows them. */
    enum Slot {
        APPOINTMENTS, ARRIVALS, IN_SHOP, REMINDERS
    }

    /**
     * One line of a section: {@code group} gathers lines under a heading (the stage of a car in the shop), {@code when}
     * is a time or date as people read it, {@code href} the page it opens; any of these may be null.
     */
    record Item(String group, String when, String title, String detail, String href) {
    }
}
