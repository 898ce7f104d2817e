package cn.hoist.platform.web;

import org.springframework.beans.BeansException;
import org.springframework.validation.BindingResult;

/**
 * Shows a {@link ProblemException} on a page form: next to its field when the problem names one
 * of the form's fields (a {@code field} property), else at the top of the form.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult errors, ProblemException problem) {
        Object field = problem.properties().get("field");
        if (field != null) {
            try {
                errors.rejectValue(field.toString(), problem.messageKey(), problem.arguments(), problem.messageKey());
                return;
            } catch (BeansException notAFieldOfTheForm) {
                // fall through: shown with the form's general errors
            }
        }
        errors.reject(problem.messageKey(), problem.arguments(), problem.messageKey());
    }
}
