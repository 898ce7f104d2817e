package cn.hoist.platform.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * {@link StrictInput}'s rules for page forms: a date field takes an ISO date in the accepted years, a text field
 * no NUL or unpaired surrogate; anything else is the field's "invalid value" error on the form, as a mistyped
 * number is. Empty fields stay empty (null).
 */
@ControllerAdvice
public class StrictFormBinding {

    @InitBinder
    void strictValues(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null || text.isBlank() ? null : StrictInput.date(text.strip()));
            }

            @Override
            public String getAsText() {
                return getValue() == null ? "" : getValue().toString();
            }
        });
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text != null && !StrictInput.isCleanText(text)) {
                    throw new IllegalArgumentException("NUL or an unpaired surrogate");
                }
                setValue(text);
            }
        });
    }
}
