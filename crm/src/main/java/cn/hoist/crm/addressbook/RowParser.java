package cn.hoist.crm.addressbook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.hoist.crm.cndata.CreditCodes;
import cn.hoist.crm.cndata.Vins;
import cn.hoist.crm.customer.CustomerForm;
import cn.hoist.crm.customer.CustomerKind;
import cn.hoist.crm.customer.SourceChannel;
import cn.hoist.crm.vehicle.CarModel;
import cn.hoist.crm.vehicle.ModelLibrary;
import cn.hoist.crm.vehicle.VehicleForm;

/**
 * Turns one row of cells into the customer and vehicle it describes, with every problem found:
 * the same bean validation as the desk, except that a VIN whose check digit does not match is
 * only a warning (old paper records are full of them).
 */
@Component
class RowParser {

    private final Validator validator;
    private final ModelLibrary library;
    private final MessageSource messages;

    RowParser(Validator validator, ModelLibrary library, MessageSource messages) {
        this.validator = validator;
        this.library = library;
        this.messages = messages;
    }

    /** A row's values by column; blank cells are absent. */
    static Map<Column, String> values(List<Column> columns, List<String> cells) {
        Map<Column, String> values = new EnumMap<>(Column.class);
        for (int i = 0; i < columns.size() && i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i).strip();
            if (columns.get(i) != null && !cell.isEmpty()) {
                values.put(columns.get(i), cell);
            }
        }
        return values;
    }

    /** The model library keyed by make (Chinese or English) and model, lower case: one query per import. */
    Map<String, Integer> modelIndex() {
        Map<String, Integer> index = new java.util.HashMap<>();
        for (CarModel m : library.models()) {
            index.put(key(m.makeZh(), m.name()), m.id());
            index.put(key(m.makeEn(), m.name()), m.id());
        }
        return index;
    }

    private static String key(String make, String model) {
        return make.strip().toLowerCase(java.util.Locale.ROOT) + "/" + model.strip().toLowerCase(java.util.Locale.ROOT);
    }

    Parsed parse(Map<Column, String> v, Map<String, Integer> models) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        CustomerKind kind = field(v, Column.KIND, Values::kind, errors);
        if (kind == null) {
            kind = v.containsKey(Column.CREDIT_CODE) ? CustomerKind.COMPANY : CustomerKind.PERSON;
        }
        SourceChannel source = field(v, Column.SOURCE, Values::source, errors);
        CustomerForm customer = new CustomerForm(kind, v.get(Column.NAME), field(v, Column.GENDER, Values::gender, errors),
                field(v, Column.BIRTHDAY, Values::date, errors), v.get(Column.MOBILE), v.get(Column.ID_NUMBER),
                v.get(Column.CREDIT_CODE), v.get(Column.LANDLINE), v.get(Column.EMAIL), v.get(Column.ADDRESS),
                source == null ? SourceChannel.WALK_IN : source, null, null);
        check(validator.validate(customer), errors, warnings);
        if (kind == CustomerKind.COMPANY && customer.creditCode() == null) {
            errors.add(message("customer.creditCodeRequired"));
        } else if (customer.creditCode() != null && !CreditCodes.isValid(CreditCodes.normalize(customer.creditCode()))) {
            errors.add(message("cndata.credit-code.invalid"));
        }
        VehicleForm vehicle = vehicle(v, models, errors);
        if (vehicle != null) {
            check(validator.validate(vehicle), errors, warnings);
        }
        return new Parsed(customer, vehicle, errors, warnings);
    }

    private VehicleForm vehicle(Map<Column, String> v, Map<String, Integer> models, List<String> errors) {
        if (!v.containsKey(Column.PLATE) && !v.containsKey(Column.VIN)) {
            return null;
        }
        String make = v.get(Column.MAKE);
        String model = v.get(Column.MODEL);
        Integer modelId = make == null || model == null ? null : models.get(key(make, model));
        return new VehicleForm(v.get(Column.VIN), v.get(Column.PLATE), modelId, make, model,
                field(v, Column.MODEL_YEAR, Values::number, errors), null, v.get(Column.ENGINE_NO),
                field(v, Column.ENERGY, Values::energy, errors), field(v, Column.PURCHASE_DATE, Values::date, errors),
                field(v, Column.REGISTRATION_DATE, Values::date, errors), v.get(Column.INSURER),
                field(v, Column.INSURANCE_EXPIRY, Values::date, errors),
                field(v, Column.INSPECTION_DUE, Values::date, errors), field(v, Column.ODOMETER, Values::number, errors));
    }

    private <T> T field(Map<Column, String> v, Column column, Function<String, T> parse, List<String> errors) {
        try {
            return parse.apply(v.get(column));
        } catch (IllegalArgumentException e) {
            errors.add(message("import.badValue", column.heading(), v.get(column)));
            return null;
        }
    }

    private <T> void check(java.util.Set<ConstraintViolation<T>> violations, List<String> errors,
            List<String> warnings) {
        for (ConstraintViolation<T> violation : violations) {
            String path = violation.getPropertyPath().toString();
            if (path.equals("vin") && violation.getInvalidValue() instanceof String vin
                    && Vins.isWellFormed(Vins.normalize(vin))) {
                warnings.add(message("import.vinCheckDigit", vin, Vins.checkDigit(Vins.normalize(vin))));
            } else {
                errors.add(heading(path) + "：" + violation.getMessage());
            }
        }
    }

    /** The column of a form's property: {@code idNumber} is 身份证号's, {@code odometerKm} 里程's. */
    static Optional<Column> column(String property) {
        String constant = property.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
        try {
            return Optional.of(Column.valueOf(constant.equals("ODOMETER_KM") ? Column.ODOMETER.name() : constant));
        } catch (IllegalArgumentException notAColumn) {
            return Optional.empty();
        }
    }

    static String heading(String property) {
        return column(property).map(Column::heading).orElse(property);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** A row understood: the forms, and what is wrong (errors) or doubtful (warnings). */
    record Parsed(CustomerForm customer, VehicleForm vehicle, List<String> errors, List<String> warnings) {
    }
}
