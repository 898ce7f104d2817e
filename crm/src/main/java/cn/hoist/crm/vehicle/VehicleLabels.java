package cn.hoist.crm.vehicle;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How staff name a car, in the reader's language: its plate, else the VIN's last six with a "no plate" mark ("无牌 ·
 * 616662"). In templates as {@code ${@vehicleLabels.of(v)}}.
 */
@Component
public class VehicleLabels {

    private final MessageSource messages;

    VehicleLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Vehicle vehicle) {
        return vehicle.plate() == null && vehicle.vin() == null ? vehicle.id().toString()
                : of(vehicle.plate(), vehicle.vin());
    }

    public String of(String plate, String vin) {
        if (plate != null) {
            return plate;
        }
        String tail = vinTail(vin);
        return tail == null ? "" : messages.getMessage("vehicle.noPlate", new Object[] {tail},
                LocaleContextHolder.getLocale());
    }

    static String vinTail(String vin) {
        return vin == null ? null : vin.substring(Math.max(0, vin.length() - 6));
    }
}
