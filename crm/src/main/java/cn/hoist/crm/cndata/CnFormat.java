package cn.hoist.crm.cndata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Bean validation for the mainland formats. Empty values pass (combine with {@code @NotBlank} where
 * a value is required); the message is {@code cndata.<rule>.invalid} in the user's language.
 */
@Documented
@Constraint(validatedBy = CnFormat.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface CnFormat {

    Rule value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Which rule of cn-data-rules.md applies. */
    enum Rule {
        MOBILE, LANDLINE, PLATE, VIN, CREDIT_CODE, ID_NUMBER;

        public boolean accepts(String value) {
            return switch (this) {
                case MOBILE -> Mobiles.isValid(value);
                case LANDLINE -> Landlines.isValid(value);
                case PLATE -> Plates.isValid(Plates.normalize(value));
                case VIN -> Vins.isValid(Vins.normalize(value));
                case CREDIT_CODE -> CreditCodes.isValid(CreditCodes.normalize(value));
                case ID_NUMBER -> IdNumbers.isValid(IdNumbers.normalize(value));
            };
        }

        public String messageKey() {
            return "cndata." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "-") + ".invalid";
        }
    }

    /** Checks one value against its rule. */
    class Validator implements ConstraintValidator<CnFormat, String> {

        private Rule rule;
        private String message;

        @Override
        public void initialize(CnFormat annotation) {
            rule = annotation.value();
            message = annotation.message().isEmpty() ? "{" + rule.messageKey() + "}" : annotation.message();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank() || rule.accepts(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            return false;
        }
    }
}
