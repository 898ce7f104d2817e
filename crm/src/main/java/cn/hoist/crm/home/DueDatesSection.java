package cn.hoist.crm.home;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.hoist.crm.vehicle.DueDate;
import cn.hoist.crm.vehicle.VehicleLabels;
import cn.hoist.crm.vehicle.VehicleService;

/**
 * Due reminders the CRM already knows: cars whose annual inspection or insurance falls due within
 * {@value #AHEAD_DAYS} days, or fell due in the last {@value #BEHIND_DAYS} days and may not have been done.
 */
@Component
class DueDatesSection implements HomeSection {

    static final int AHEAD_DAYS = 30;
    static final int BEHIND_DAYS = 30;
    private static final int MAX = 30;

    private final VehicleService vehicles;
    private final VehicleLabels labels;
    private final MessageSource messages;

    DueDatesSection(VehicleService vehicles, VehicleLabels labels, MessageSource messages) {
        this.vehicles = vehicles;
        this.labels = labels;
        this.messages = messages;
    }

    @Override
    public Slot slot() {
        return Slot.REMINDERS;
    }

    @Override
    public List<Item> items(LocalDate today) {
        return vehicles.due(today.minusDays(BEHIND_DAYS), today.plusDays(AHEAD_DAYS), MAX).stream()
                .map(due -> new Item(null, when(today, due.date()), labels.of(due.vehicle()),
                        message("home.due." + due.what(), due.date()), "/vehicles/" + due.vehicle().id()))
                .toList();
    }

    private String when(LocalDate today, LocalDate date) {
        long days = ChronoUnit.DAYS.between(today, date);
        return days == 0 ? message("home.due.today") : days > 0 ? message("home.due.inDays", days)
                : message("home.due.overdue", -days);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
